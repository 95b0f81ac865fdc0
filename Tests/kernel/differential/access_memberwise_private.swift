// A fileprivate stored property makes the memberwise initializer fileprivate: still usable in the file.
struct Fibonacci {
    var limit: Int
    fileprivate var cache: [Int: Int] = [0: 0, 1: 1]

    mutating func value(at n: Int) -> Int {
        if let known = cache[n] { return known }
        let result = value(at: n - 1) + value(at: n - 2)
        cache[n] = result
        return result
    }

    mutating func sequence() -> [Int] {
        (0..<limit).map { value(at: $0) }
    }

    var cachedCount: Int { cache.count }
}

var fib = Fibonacci(limit: 12)
print(fib.sequence())

print(fib.cachedCount)

fileprivate struct Token {
    fileprivate let text: String
    fileprivate let position: Int

    var summary: String { "\(text)@\(position)" }
}

fileprivate let tokens = "let x = 42".split(separator: " ").enumerated().map { Token(text: String($1), position: $0) }
print(tokens.map(\.summary))
