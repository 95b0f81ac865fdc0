// A top-level Task inherits the main actor; it runs once the top-level code awaits it.
@MainActor
func announce(_ message: String) {
    MainActor.assertIsolated()
    print("announcement: \(message)")
}

await Task { announce("hello from a main-actor task") }.value

@MainActor
final class Scoreboard {
    var entries: [String] = []
    func record(_ entry: String) {
        entries.append(entry)
    }
}

let board = Scoreboard()
board.record("first")

let worker = Task {
    MainActor.assertIsolated()
    board.record("from a task")
    print("task on the main actor sees \(board.entries.count) entries")
}
await worker.value

board.record("last")
print(board.entries)

Task {
    print("a task that nobody awaits, started by the last cell")
}
await Task.yield()
print("done")
