// async let bindings run child tasks; an AsyncStream is consumed with for await.
func downloadSize(of name: String) async -> Int {
    await Task.yield()
    return name.utf8.count * 1024
}

func totalSize() async -> Int {
    async let first = downloadSize(of: "photo.png")
    async let second = downloadSize(of: "notes.txt")
    async let third = downloadSize(of: "a.out")
    return await first + second + third
}

print(await totalSize())

func countdown(from start: Int) -> AsyncStream<Int> {
    AsyncStream { continuation in
        for value in stride(from: start, through: 0, by: -1) {
            continuation.yield(value)
        }
        continuation.finish()
    }
}

for await value in countdown(from: 3) {
    print("T-minus \(value)")
}

var collected: [Int] = []
for await value in countdown(from: 5) where value % 2 == 0 {
    collected.append(value)
}
print(collected)
