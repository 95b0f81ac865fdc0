// known gap: a top-level `async let` belongs to its cell; awaiting it from a later cell is not supported.
// Concurrency: async functions, async let bindings awaited together, task groups with results sorted for determinism.
func downloadPhoto(named name: String) async -> String {
    await Task.yield()
    return "<\(name).jpg>"
}

func listPhotos(inGallery name: String) async -> [String] {
    switch name {
    case "Summer Vacation": return ["IMG001", "IMG99", "IMG0404"]
    default: return ["IMG7"]
    }
}

let photoNames = await listPhotos(inGallery: "Summer Vacation")
let sortedNames = photoNames.sorted()
print(sortedNames)

async let firstPhoto = downloadPhoto(named: sortedNames[0])
async let secondPhoto = downloadPhoto(named: sortedNames[1])
async let thirdPhoto = downloadPhoto(named: sortedNames[2])
let photos = await [firstPhoto, secondPhoto, thirdPhoto]
print(photos)

func square(_ n: Int) async -> Int {
    await Task.yield()
    return n * n
}

let squares = await withTaskGroup(of: (Int, Int).self) { group in
    for n in 1...6 {
        group.addTask { (n, await square(n)) }
    }
    var collected: [(Int, Int)] = []
    for await pair in group {
        collected.append(pair)
    }
    return collected.sorted { $0.0 < $1.0 }
}
print(squares.map { "\($0.0)^2=\($0.1)" }.joined(separator: " "))

struct TooBig: Error { let n: Int }
func checked(_ n: Int) async throws -> Int {
    if n > 3 { throw TooBig(n: n) }
    return n * 100
}
do {
    let total = try await withThrowingTaskGroup(of: Int.self) { group in
        for n in [1, 2, 3] { group.addTask { try await checked(n) } }
        return try await group.reduce(0, +)
    }
    print("total", total)
    _ = try await checked(5)
} catch let error as TooBig {
    print("too big:", error.n)
}

func fetchSizes() async -> (Int, Int) {
    async let a = square(7)
    async let b = square(8)
    return await (a, b)
}
let sizes = await fetchSizes()
print(sizes.0 + sizes.1)

let handle = Task { await listPhotos(inGallery: "Other") }
print(await handle.value)
