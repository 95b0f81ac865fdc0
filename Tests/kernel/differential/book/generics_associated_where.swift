// Generics: associated types, constraints on them, generic where clauses, contextual where clauses, generic subscripts.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct IntStack: Container {
    var items: [Int] = []
    mutating func push(_ item: Int) { items.append(item) }
    mutating func append(_ item: Int) { push(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Int { items[i] }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element { items.removeLast() }
    mutating func append(_ item: Element) { push(item) }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}

extension Array: Container {}

func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count { return false }
    for i in 0..<someContainer.count where someContainer[i] != anotherContainer[i] {
        return false
    }
    return true
}

var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
let arrayOfStrings = ["uno", "dos", "tres"]
print(allItemsMatch(stackOfStrings, arrayOfStrings) ? "All items match." : "Not all items match.")
var ints = IntStack()
ints.append(1)
print(allItemsMatch(ints, [1]), allItemsMatch(ints, [2, 3]))

extension Stack where Element: Equatable {
    func isTop(_ item: Element) -> Bool {
        guard let topItem = items.last else { return false }
        return topItem == item
    }
}
print(stackOfStrings.isTop("tres"), stackOfStrings.isTop("uno"))

extension Container where Item == Double {
    func average() -> Double {
        var sum = 0.0
        for index in 0..<count { sum += self[index] }
        return sum / Double(count)
    }
}
print([1260.0, 1200.0, 98.6, 37.0].average())

extension Container {
    func average() -> Double where Item == Int {
        var sum = 0.0
        for index in 0..<count { sum += Double(self[index]) }
        return sum / Double(count)
    }
    func endsWith(_ item: Item) -> Bool where Item: Equatable {
        count >= 1 && self[count - 1] == item
    }
}
let numbers = [1260, 1200, 98, 37]
print(numbers.average(), numbers.endsWith(37), ints.endsWith(2))

extension Container {
    subscript<Indices: Sequence>(indices: Indices) -> [Item] where Indices.Element == Int {
        var result: [Item] = []
        for index in indices { result.append(self[index]) }
        return result
    }
}
print(stackOfStrings[[2, 0]], numbers[0..<2])

protocol SuffixableContainer: Container {
    associatedtype Suffix: SuffixableContainer where Suffix.Item == Item
    func suffix(_ size: Int) -> Suffix
}
extension Stack: SuffixableContainer {
    func suffix(_ size: Int) -> Stack {
        var result = Stack()
        for index in (count - size)..<count { result.append(self[index]) }
        return result
    }
}

extension Stack {
    func pop2() -> [Element] { var copy = self; return [copy.pop(), copy.pop()] }
}

var stackOfInts = Stack<Int>()
for n in [10, 20, 30] { stackOfInts.append(n) }
let suffix = stackOfInts.suffix(2)
print(suffix.items, suffix.pop2())
