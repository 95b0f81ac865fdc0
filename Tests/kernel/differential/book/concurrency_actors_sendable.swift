// Concurrency: actors with isolated state, nonisolated members, Sendable value types, and @MainActor functions.
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
        if measurement > max { max = measurement }
    }

    nonisolated var summaryTitle: String { "Logger \(label)" }
}

let logger = TemperatureLogger(label: "Outdoors", measurement: 25)
print(logger.summaryTitle)
print(await logger.max)
await logger.update(with: 31)
await logger.update(with: 28)
print(await logger.max, await logger.measurements)

struct TemperatureReading: Sendable {
    var measurement: Int
}

extension TemperatureLogger {
    func addReading(from reading: TemperatureReading) {
        update(with: reading.measurement)
    }
}

let reading = TemperatureReading(measurement: 45)
await logger.addReading(from: reading)
print(await logger.max)

actor Counter {
    private var value = 0
    func increment() -> Int {
        value += 1
        return value
    }
}

let counter = Counter()
await withTaskGroup(of: Void.self) { group in
    for _ in 0..<100 {
        group.addTask { _ = await counter.increment() }
    }
}
print("counter after 100 concurrent increments:", await counter.increment() - 1)

@MainActor
final class Scoreboard {
    var scores: [String: Int] = [:]
    func record(_ name: String, _ points: Int) {
        scores[name, default: 0] += points
    }
    var table: String {
        scores.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }
}

@MainActor
func playGame() -> String {
    let board = Scoreboard()
    board.record("ann", 3)
    board.record("bob", 5)
    board.record("ann", 4)
    return board.table
}
print(await playGame())

final class Config: Sendable {
    let name: String
    init(name: String) { self.name = name }
}
let config = Config(name: "shared")
let echoed = await Task.detached { config.name.uppercased() }.value
print(echoed)
