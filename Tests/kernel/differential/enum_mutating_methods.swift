// An enumeration whose mutating method cycles through its cases, and a static factory.
enum TriStateSwitch {
    case off, low, high

    mutating func next() {
        switch self {
        case .off: self = .low
        case .low: self = .high
        case .high: self = .off
        }
    }

    static var brightest: TriStateSwitch { .high }
}

var ovenLight = TriStateSwitch.low
ovenLight.next()
print(ovenLight)

ovenLight.next()
print(ovenLight)

var states: [TriStateSwitch] = []
var light = TriStateSwitch.off
for _ in 0..<5 {
    states.append(light)
    light.next()
}
print(states.map { "\($0)" })

print(light == .brightest)

enum TrafficLight: String {
    case red, yellow, green
    var next: TrafficLight {
        switch self {
        case .red: return .green
        case .green: return .yellow
        case .yellow: return .red
        }
    }
}

var signal = TrafficLight.red
for _ in 0..<4 {
    print(signal.rawValue, terminator: " ")
    signal = signal.next
}
print()
