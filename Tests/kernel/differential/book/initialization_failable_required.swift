// Initialization: failable initializers of structs, enums and classes, propagation of failure, init!, required initializers.
struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}
let someCreature = Animal(species: "Giraffe")
if let giraffe = someCreature {
    print("An animal was initialized with a species of \(giraffe.species)")
}
print(Animal(species: "") == nil)

enum TemperatureUnit {
    case kelvin, celsius, fahrenheit
    init?(symbol: Character) {
        switch symbol {
        case "K": self = .kelvin
        case "C": self = .celsius
        case "F": self = .fahrenheit
        default: return nil
        }
    }
}
print(TemperatureUnit(symbol: "F") != nil, TemperatureUnit(symbol: "X") == nil)

class Product {
    let name: String
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
}

class CartItem: Product {
    let quantity: Int
    init?(name: String, quantity: Int) {
        if quantity < 1 { return nil }
        self.quantity = quantity
        super.init(name: name)
    }
}

for (name, quantity) in [("sock", 2), ("shirt", 0), ("", 1)] {
    if let item = CartItem(name: name, quantity: quantity) {
        print("Item: \(item.name), quantity: \(item.quantity)")
    } else {
        print("Unable to initialize \(quantity) of '\(name)'")
    }
}

class Document {
    var name: String?
    init() {}
    init?(name: String) {
        if name.isEmpty { return nil }
        self.name = name
    }
}
class AutomaticallyNamedDocument: Document {
    override init() {
        super.init()
        self.name = "[Untitled]"
    }
    override init(name: String) {
        super.init()
        self.name = name.isEmpty ? "[Untitled]" : name
    }
}
class UntitledDocument: Document {
    override init() {
        super.init(name: "[Untitled]")!
    }
}
print(AutomaticallyNamedDocument(name: "").name!, UntitledDocument().name!, Document(name: "") == nil)

struct Version {
    let major: Int, minor: Int
    init!(_ text: String) {
        let parts = text.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        (major, minor) = (parts[0], parts[1])
    }
}
let v: Version = Version("5.9")
print(v.major, v.minor, Version("oops") == nil)

class Shape {
    let sides: Int
    required init(sides: Int) { self.sides = sides }
    class func make() -> Self { Self(sides: 0) }
}
class Polygon: Shape {
    required init(sides: Int) {
        super.init(sides: max(sides, 3))
    }
}
let shapes: [Shape.Type] = [Shape.self, Polygon.self]
print(shapes.map { $0.init(sides: 1).sides }, Polygon.make().sides)
