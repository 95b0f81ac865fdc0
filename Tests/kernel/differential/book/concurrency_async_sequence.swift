// Concurrency: a custom AsyncSequence, AsyncStream with a continuation, for await loops and async sequence algorithms.
struct Countdown: AsyncSequence {
    typealias Element = Int
    let start: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var current: Int
        mutating func next() async -> Int? {
            guard current >= 0 else { return nil }
            defer { current -= 1 }
            return current
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(current: start)
    }
}

for await n in Countdown(start: 3) {
    print("\(n)...")
}
print("liftoff")

let evens = Countdown(start: 10).filter { $0 % 2 == 0 }.map { $0 * $0 }
var collected: [Int] = []
for await value in evens {
    collected.append(value)
}
print(collected)

let firstBig = await Countdown(start: 50).first { $0 % 7 == 0 }
print(firstBig ?? -1)
let sum = await Countdown(start: 4).reduce(0, +)
print(sum)
print(await Countdown(start: 5).contains(3), await Countdown(start: 2).contains(9))

func makeLines(_ text: String) -> AsyncStream<String> {
    AsyncStream { continuation in
        for line in text.split(separator: "\n") {
            continuation.yield(String(line))
        }
        continuation.finish()
    }
}

var lineNumber = 0
for await line in makeLines("alpha\nbeta\ngamma") {
    lineNumber += 1
    print(lineNumber, line)
}

struct Failing: Error {}
let throwing = AsyncThrowingStream<Int, Error> { continuation in
    continuation.yield(1)
    continuation.yield(2)
    continuation.finish(throwing: Failing())
}
do {
    for try await v in throwing {
        print("got", v)
    }
} catch {
    print("stream failed with", type(of: error))
}

let prefixed = Countdown(start: 100).prefix(3)
var iterator = prefixed.makeAsyncIterator()
while let v = await iterator.next() {
    print("prefix", v)
}
