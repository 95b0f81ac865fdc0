// Mutating methods change the value they are called on.
struct Point {
    var x = 0.0, y = 0.0

    mutating func moveBy(x deltaX: Double, y deltaY: Double) {
        x += deltaX
        y += deltaY
    }

    func isToTheRightOf(x: Double) -> Bool {
        self.x > x
    }
}

var somePoint = Point(x: 1.0, y: 1.0)
somePoint.moveBy(x: 2.0, y: 3.0)
print("The point is now at (\(somePoint.x), \(somePoint.y))")

if somePoint.isToTheRightOf(x: 1.0) {
    print("This point is to the right of the line where x == 1.0")
}

struct Counter {
    private(set) var count = 0

    mutating func increment(by amount: Int = 1) {
        count += amount
    }

    mutating func reset() {
        self = Counter()
    }
}

var counter = Counter()
counter.increment()
counter.increment(by: 5)
print("count: \(counter.count)")

counter.reset()
print("after reset: \(counter.count)")

for step in 1...4 {
    counter.increment(by: step)
}
print("after loop: \(counter.count)")
