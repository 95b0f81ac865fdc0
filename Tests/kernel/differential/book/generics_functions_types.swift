// Generics: generic functions, a generic Stack type, extending a generic type, type constraints with Equatable.
func swapTwoValues<T>(_ a: inout T, _ b: inout T) {
    let temporaryA = a
    a = b
    b = temporaryA
}
var someInt = 3
var anotherInt = 107
swapTwoValues(&someInt, &anotherInt)
var someString = "hello"
var anotherString = "world"
swapTwoValues(&someString, &anotherString)
print(someInt, anotherInt, someString, anotherString)

struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) {
        items.append(item)
    }
    mutating func pop() -> Element {
        items.removeLast()
    }
}

extension Stack {
    var topItem: Element? { items.last }
    var isEmpty: Bool { items.isEmpty }
}

var stackOfStrings = Stack<String>()
stackOfStrings.push("uno")
stackOfStrings.push("dos")
stackOfStrings.push("tres")
stackOfStrings.push("cuatro")
let fromTheTop = stackOfStrings.pop()
print(fromTheTop, stackOfStrings.items)
if let topItem = stackOfStrings.topItem {
    print("The top item on the stack is \(topItem).")
}

func findIndex<T: Equatable>(of valueToFind: T, in array: [T]) -> Int? {
    for (index, value) in array.enumerated() where value == valueToFind {
        return index
    }
    return nil
}
let doubleIndex = findIndex(of: 9.3, in: [3.14159, 0.1, 0.25])
let stringIndex = findIndex(of: "Andrea", in: ["Mike", "Malcolm", "Andrea"])
print(doubleIndex as Any, stringIndex as Any)

func largest<T: Comparable>(_ values: T...) -> T? {
    values.max()
}
print(largest(3, 9, 4) ?? 0, largest("kiwi", "apple") ?? "", largest() as Int? as Any)

struct Queue<Element> {
    private var inbox: [Element] = []
    private var outbox: [Element] = []
    mutating func enqueue(_ e: Element) { inbox.append(e) }
    mutating func dequeue() -> Element? {
        if outbox.isEmpty {
            outbox = inbox.reversed()
            inbox.removeAll()
        }
        return outbox.popLast()
    }
}
var q = Queue<Int>()
for i in 1...3 { q.enqueue(i) }
print(q.dequeue()!, terminator: " ")
q.enqueue(4)
while let x = q.dequeue() { print(x, terminator: " ") }
print()

extension Stack where Element: Numeric {
    func sum() -> Element { items.reduce(0, +) }
}
var numbers = Stack<Double>()
numbers.push(1.5)
numbers.push(2.25)
print(numbers.sum(), numbers.isEmpty, Stack<Int>().isEmpty)

func pairs<Key: Comparable, Value>(_ dict: [Key: Value]) -> [(Key, Value)] {
    dict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
}
for (k, v) in pairs(["b": 2, "a": 1, "c": 3]) { print(k, v, terminator: "; ") }
print()
