// Conditional conformance: a generic wrapper is Equatable and describable only when its contents are.
protocol Describable {
    func describe() -> String
}

struct Pair<First, Second> {
    var first: First
    var second: Second
}

extension Pair: Equatable where First: Equatable, Second: Equatable {}

extension Pair: Describable where First: Describable, Second: Describable {
    func describe() -> String {
        "(\(first.describe()), \(second.describe()))"
    }
}

extension Int: Describable {
    func describe() -> String { "#\(self)" }
}

extension Bool: Describable {
    func describe() -> String { self ? "yes" : "no" }
}

let a = Pair(first: 1, second: true)
let b = Pair(first: 1, second: true)
print(a == b)

print(a.describe())

let nested = Pair(first: a, second: 7)
print(nested.describe())

extension Optional: Describable where Wrapped: Describable {
    func describe() -> String {
        map { $0.describe() } ?? "nothing"
    }
}

let maybe: Int? = nil
print(Pair(first: maybe, second: Optional(3)).describe())
