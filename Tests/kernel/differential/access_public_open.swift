// public and open declarations; an open class subclassed in a later cell.
public struct Coordinate {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

open class Sensor {
    public let identifier: String
    open var unit: String { "" }

    public init(identifier: String) {
        self.identifier = identifier
    }

    open func read() -> Double {
        0
    }

    public final func report() -> String {
        "\(identifier): \(read())\(unit)"
    }
}

public func distanceInDegrees(_ a: Coordinate, _ b: Coordinate) -> Double {
    abs(a.latitude - b.latitude) + abs(a.longitude - b.longitude)
}

class Thermometer: Sensor {
    override var unit: String { " °C" }
    override func read() -> Double { 21.5 }
}

internal class Barometer: Sensor {
    override var unit: String { " hPa" }
    override func read() -> Double { 1013.25 }
}

let sensors: [Sensor] = [Sensor(identifier: "s0"), Thermometer(identifier: "t1"), Barometer(identifier: "b1")]
for sensor in sensors {
    print(sensor.report())
}

let home = Coordinate(latitude: 48.5, longitude: 2.25)
print(distanceInDegrees(home, Coordinate(latitude: 50, longitude: 3)))
