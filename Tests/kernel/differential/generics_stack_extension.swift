// A generic type, extended in later cells: a computed property, then methods for some elements only.
struct Queue<Element> {
    private var storage: [Element] = []

    var isEmpty: Bool { storage.isEmpty }

    mutating func enqueue(_ element: Element) {
        storage.append(element)
    }

    mutating func dequeue() -> Element? {
        isEmpty ? nil : storage.removeFirst()
    }
}

extension Queue {
    var front: Element? {
        storage.first
    }
}

extension Queue where Element: Numeric {
    func total() -> Element {
        storage.reduce(0, +)
    }
}

extension Queue where Element == String {
    func joined() -> String {
        storage.joined(separator: " -> ")
    }
}

var numbers = Queue<Int>()
for n in [4, 8, 15, 16, 23, 42] {
    numbers.enqueue(n)
}
print(numbers.total())

print(numbers.dequeue() ?? 0, numbers.front ?? 0)

var stops = Queue<String>()
stops.enqueue("Paris")
stops.enqueue("Lyon")
stops.enqueue("Nice")
print(stops.joined())

while let stop = stops.dequeue() {
    print("arrived in \(stop)")
}
print(stops.isEmpty)
