// map, filter, reduce, compactMap, flatMap and functions that take and return functions.
let prices = [12.5, 3.0, 47.25, 8.0]
let names = ["ana", "bo", "cyrille"]

print(prices.map { $0 * 2 })

print(prices.filter { $0 > 10 })

print(prices.reduce(0, +))

print(["1", "two", "3", "4.5"].compactMap { Int($0) })

print([[1, 2], [3], []].flatMap { $0 })

print(names.map(\.count).reduce(into: [:]) { counts, length in counts[length, default: 0] += 1 }.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })

func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C {
    { g(f($0)) }
}

let capitalizedLength = compose({ (s: String) in s.prefix(1).uppercased() + s.dropFirst() }, { "\($0) (\($0.count))" })
print(names.map(capitalizedLength))

func applyTwice<T>(_ f: (T) -> T, to value: T) -> T {
    f(f(value))
}

print(applyTwice({ $0 * 3 }, to: 7), applyTwice({ $0 + "!" }, to: "hey"))

let sortedByLength = names.sorted { $0.count > $1.count }
print(sortedByLength.first!, names.allSatisfy { $0.count > 1 }, names.contains { $0.hasPrefix("c") })

print(Array(zip(names, prices)).map { "\($0)=\($1)" })
