// Private members are visible to extensions of the same type in the same file, written later.
class Thermostat {
    private var target = 20.0
    private var log: [String] = []

    private func record(_ entry: String) {
        log.append(entry)
    }

    func set(_ value: Double) {
        target = value
        record("set \(value)")
    }
}

extension Thermostat {
    func nudge(by delta: Double) {
        target += delta
        record("nudge \(delta)")
    }

    var summary: String {
        "target \(target) after \(log.count) changes: \(log.joined(separator: ", "))"
    }
}

extension Thermostat: CustomStringConvertible {
    var description: String { "Thermostat(\(target))" }
}

let thermostat = Thermostat()
thermostat.set(21)
thermostat.nudge(by: 0.5)
thermostat.nudge(by: -1)

print(thermostat.summary)

print(thermostat)
