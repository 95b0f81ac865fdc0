// A protocol with an associated type, a generic stack conforming to it, and a generic algorithm.
protocol Container {
    associatedtype Item
    mutating func append(_ item: Item)
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}

struct Stack<Element>: Container {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element {
        items.removeLast()
    }
    mutating func append(_ item: Element) {
        push(item)
    }
    var count: Int { items.count }
    subscript(i: Int) -> Element { items[i] }
}

func allItemsMatch<C1: Container, C2: Container>(_ someContainer: C1, _ anotherContainer: C2) -> Bool
    where C1.Item == C2.Item, C1.Item: Equatable {
    if someContainer.count != anotherContainer.count {
        return false
    }
    for i in 0..<someContainer.count where someContainer[i] != anotherContainer[i] {
        return false
    }
    return true
}

var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")

var other = Stack<String>()
for word in ["uno", "dos", "tres"] {
    other.append(word)
}
print(allItemsMatch(stackOfStrings, other))

print(stackOfStrings.pop(), stackOfStrings.count)
print(allItemsMatch(stackOfStrings, other))
