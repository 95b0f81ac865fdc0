// where clauses in for-in loops, switch cases, catch clauses, extensions and generic functions.
let scores = [72, 95, 58, 88, 100, 43]

for score in scores where score >= 90 {
    print("excellent: \(score)")
}

func classify(_ point: (Int, Int)) -> String {
    switch point {
    case let (x, y) where x == y:
        return "on the line x == y"
    case let (x, y) where x == -y:
        return "on the line x == -y"
    case let (x, _) where x > 0:
        return "right half"
    default:
        return "somewhere else"
    }
}

print([(1, 1), (1, -1), (3, 7), (-2, 5)].map(classify))

extension Array where Element: Numeric {
    var total: Element { reduce(0, +) }
}

extension Sequence where Element == String {
    func shout() -> [String] { map { $0.uppercased() + "!" } }
}

print(scores.total, [1.5, 2.5].total)

print(["hi", "hey"].shout())

func pairs<K, V>(_ dictionary: [K: V]) -> [String] where K: Comparable, V: CustomStringConvertible {
    dictionary.keys.sorted().map { "\($0)=\(dictionary[$0]!.description)" }
}

print(pairs(["b": 2, "a": 1, "c": 3]))

enum Failure: Error {
    case code(Int)
}

for code in [404, 500] {
    do {
        throw Failure.code(code)
    } catch Failure.code(let value) where value >= 500 {
        print("server error \(value)")
    } catch {
        print("client error \(error)")
    }
}
