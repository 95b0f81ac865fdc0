// Enumerations: CaseIterable, implicitly assigned raw values, initializing from a raw value, switching exhaustively.
enum CompassPoint: String, CaseIterable {
    case north, south, east, west
}

enum Planet: Int, CaseIterable {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}

enum Beverage: CaseIterable {
    case coffee, tea, juice
}

enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
    case carriageReturn = "\r"
}

let numberOfChoices = Beverage.allCases.count
print("\(numberOfChoices) beverages available")
for beverage in Beverage.allCases {
    print(beverage)
}

var directionToHead = CompassPoint.west
directionToHead = .south
switch directionToHead {
case .north: print("Lots of planets have a north")
case .south: print("Watch out for penguins")
case .east: print("Where the sun rises")
case .west: print("Where the skies are blue")
}
print(CompassPoint.allCases.map(\.rawValue))

let earthsOrder = Planet.earth.rawValue
print(earthsOrder)
let positionToFind = 11
if let somePlanet = Planet(rawValue: positionToFind) {
    print(somePlanet)
} else {
    print("There isn't a planet at position \(positionToFind)")
}
print(Planet(rawValue: 7).map { "\($0)" } ?? "none")

let somePlanet = Planet.earth
switch somePlanet {
case .earth:
    print("Mostly harmless")
default:
    print("Not a safe place for humans")
}

print(ASCIIControlCharacter.tab.rawValue == "\t", ASCIIControlCharacter(rawValue: "\n") == .lineFeed)

extension Planet {
    var isInner: Bool { rawValue <= Planet.mars.rawValue }
    var next: Planet? { Planet(rawValue: rawValue + 1) }
}
print(Planet.allCases.filter(\.isInner).map { "\($0)" })
var p: Planet? = .saturn
while let current = p {
    print(current, terminator: " ")
    p = current.next
}
print()
print(Planet.allCases.last!, Planet.allCases.reversed().first == Planet.neptune)
