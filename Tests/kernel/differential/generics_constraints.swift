// Generic functions with type constraints and where clauses.
func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() {
        if value == valueToFind {
            return index
        }
    }
    return nil
}

func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}

func largest<T: Comparable>(_ values: [T]) -> T? {
    guard var best = values.first else { return nil }
    for value in values.dropFirst() where value > best {
        best = value
    }
    return best
}

func commonElements<S1: Sequence, S2: Sequence>(_ lhs: S1, _ rhs: S2) -> [S1.Element]
    where S1.Element: Hashable, S1.Element == S2.Element {
    let other = Set(rhs)
    return lhs.filter { other.contains($0) }
}

print(findIndex(of: 9.3, in: [3.14159, 0.1, 0.25]) ?? -1)

print(findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"]) ?? -1)

var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someString, anotherString)

print(largest([3, 17, 8]) ?? 0, largest(["pear", "apple", "zucchini"]) ?? "")

print(largest([Double]()) == nil)

print(commonElements([1, 2, 3, 4, 5], [5, 3, 9]))
