// Running a cell again that declares a type and a conformance for it (Run the cell twice).
struct Counter {
    var value = 0
    mutating func tick() { value += 1 }
}
extension Counter: CustomStringConvertible {
    var description: String { "Counter(\(value))" }
}
// %% cell
struct Counter {
    var value = 0
    mutating func tick() { value += 1 }
}
extension Counter: CustomStringConvertible {
    var description: String { "Counter(\(value))" }
}
// %% cell
var counter = Counter()
counter.tick()
counter.tick()
print(counter)
