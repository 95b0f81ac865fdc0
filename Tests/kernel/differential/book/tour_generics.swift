// A Swift Tour: generic functions and types, and a where clause on a generic function.
func makeArray<Item>(repeating item: Item, numberOfTimes: Int) -> [Item] {
    var result: [Item] = []
    for _ in 0..<numberOfTimes {
        result.append(item)
    }
    return result
}
print(makeArray(repeating: "knock", numberOfTimes: 4))
print(makeArray(repeating: 1.5, numberOfTimes: 2))

enum OptionalValue<Wrapped> {
    case none
    case some(Wrapped)

    func describe() -> String {
        switch self {
        case .none: return "nothing"
        case .some(let value): return "something: \(value)"
        }
    }
}
var possibleInteger: OptionalValue<Int> = .none
print(possibleInteger.describe())
possibleInteger = .some(100)
print(possibleInteger.describe())

func anyCommonElements<T: Sequence, U: Sequence>(_ lhs: T, _ rhs: U) -> Bool
    where T.Element: Equatable, T.Element == U.Element
{
    for lhsItem in lhs {
        for rhsItem in rhs where lhsItem == rhsItem {
            return true
        }
    }
    return false
}
print(anyCommonElements([1, 2, 3], [3]))
print(anyCommonElements("abc", "xyz"))

func commonElements<T: Sequence, U: Sequence>(_ lhs: T, _ rhs: U) -> [T.Element]
    where T.Element: Hashable & Comparable, T.Element == U.Element
{
    Set(lhs).intersection(Set(rhs)).sorted()
}
print(commonElements([5, 1, 9, 3], [3, 9, 4]))
print(String(commonElements("swift", "taylor")))

struct Pair<First, Second> {
    var first: First
    var second: Second
    func swapped() -> Pair<Second, First> { Pair<Second, First>(first: second, second: first) }
}
let p = Pair(first: "one", second: 1).swapped()
print(p.first, p.second)
