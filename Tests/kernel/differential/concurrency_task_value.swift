// Tasks started at top level; awaiting their values makes the order of the output deterministic.
func sumOfSquares(upTo n: Int) async -> Int {
    (1...n).map { $0 * $0 }.reduce(0, +)
}

let task = Task {
    await sumOfSquares(upTo: 10)
}
print("sum of squares: \(await task.value)")

let detached = Task.detached(priority: .low) { () -> String in
    let partial = await sumOfSquares(upTo: 3)
    return "detached computed \(partial)"
}
print(await detached.value)

let results = await withTaskGroup(of: (Int, Int).self) { group in
    for n in 1...5 {
        group.addTask { (n, await sumOfSquares(upTo: n)) }
    }
    var collected: [Int: Int] = [:]
    for await (n, value) in group {
        collected[n] = value
    }
    return collected
}
print(results.keys.sorted().map { "\($0): \(results[$0]!)" }.joined(separator: ", "))

let failing = Task { () throws -> Int in
    throw CancellationError()
}
do {
    _ = try await failing.value
} catch {
    print("task failed with CancellationError: \(error is CancellationError)")
}
