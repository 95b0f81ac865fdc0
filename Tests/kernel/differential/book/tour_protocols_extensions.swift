// A Swift Tour: a protocol adopted by a class, a struct and an enum; an extension of Int; a protocol-typed value.
protocol ExampleProtocol {
    var simpleDescription: String { get }
    mutating func adjust()
}

class SimpleClass: ExampleProtocol {
    var simpleDescription: String = "A very simple class."
    var anotherProperty: Int = 69105
    func adjust() {
        simpleDescription += "  Now 100% adjusted."
    }
}

struct SimpleStructure: ExampleProtocol {
    var simpleDescription: String = "A simple structure"
    mutating func adjust() {
        simpleDescription += " (adjusted)"
    }
}

enum Toggle: ExampleProtocol {
    case off, on
    var simpleDescription: String { self == .on ? "switched on" : "switched off" }
    mutating func adjust() {
        self = self == .on ? .off : .on
    }
}

var a = SimpleClass()
a.adjust()
print(a.simpleDescription)

var b = SimpleStructure()
b.adjust()
print(b.simpleDescription)

var t = Toggle.off
t.adjust()
print(t.simpleDescription)

extension Int: ExampleProtocol {
    var simpleDescription: String { "The number \(self)" }
    mutating func adjust() { self += 42 }
}

var seven = 7
seven.adjust()
print(seven.simpleDescription)

extension Double {
    var absoluteValue: Double { self < 0 ? -self : self }
}
print((-3.25).absoluteValue)

let protocolValue: any ExampleProtocol = a
print(protocolValue.simpleDescription)
print(protocolValue is SimpleClass)

var collection: [any ExampleProtocol] = [SimpleStructure(), Toggle.on, 3]
for index in collection.indices {
    collection[index].adjust()
}
print(collection.map { $0.simpleDescription })
