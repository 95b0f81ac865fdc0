// Top-level await: async functions called directly from the notebook's top level.
func fetchUserID(for name: String) async -> Int {
    await Task.yield()
    return name.count * 100
}

func fetchScore(for id: Int) async throws -> Int {
    if id == 0 {
        throw CancellationError()
    }
    return id / 10 + 7
}

let id = await fetchUserID(for: "Taylor")
print("id \(id)")

let score = try await fetchScore(for: id)
print("score \(score)")

do {
    _ = try await fetchScore(for: 0)
} catch {
    print("no score: \(error is CancellationError)")
}

var total = 0
for name in ["Ann", "Bo", "Cyd"] {
    total += await fetchUserID(for: name)
}
print("total \(total)")
