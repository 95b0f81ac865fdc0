// An actor protects its state; callers outside it await each access.
actor TemperatureLogger {
    let label: String
    var measurements: [Int]
    private(set) var max: Int

    init(label: String, measurement: Int) {
        self.label = label
        self.measurements = [measurement]
        self.max = measurement
    }

    func update(with measurement: Int) {
        measurements.append(measurement)
        if measurement > max {
            max = measurement
        }
    }
}

extension TemperatureLogger {
    func average() -> Double {
        Double(measurements.reduce(0, +)) / Double(measurements.count)
    }
}

let logger = TemperatureLogger(label: "Outdoors", measurement: 25)
print(await logger.max)

for reading in [21, 30, 27] {
    await logger.update(with: reading)
}
print(await logger.max, await logger.measurements)

print(await logger.average())

print(logger.label)
