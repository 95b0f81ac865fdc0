// Failable initializers on structures, enumerations and classes, and init? propagation.
struct Animal {
    let species: String
    init?(species: String) {
        if species.isEmpty { return nil }
        self.species = species
    }
}

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

let someCreature = Animal(species: "Giraffe")
if let giraffe = someCreature {
    print("An animal was initialized with a species of \(giraffe.species)")
}

print(Animal(species: "") == nil)

print(TemperatureUnit(symbol: "F") == .fahrenheit, TemperatureUnit(symbol: "X") == nil)

if let twoSocks = CartItem(name: "sock", quantity: 2) {
    print("Item: \(twoSocks.name), quantity: \(twoSocks.quantity)")
}

for (name, quantity) in [("shirt", 0), ("", 1), ("hat", 3)] {
    if let item = CartItem(name: name, quantity: quantity) {
        print("ok: \(item.quantity) x \(item.name)")
    } else {
        print("unable to initialize \(quantity) x '\(name)'")
    }
}
