// Raw values: implicit integers and strings, and the failable init(rawValue:).
enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
}

enum ASCIIControlCharacter: Character {
    case tab = "\t"
    case lineFeed = "\n"
    case carriageReturn = "\r"
}

enum Beverage: String, CaseIterable {
    case coffee, tea, juice
}

let earthsOrder = Planet.earth.rawValue
print("Earth is planet number \(earthsOrder)")

let possiblePlanet = Planet(rawValue: 7)
print(possiblePlanet.map { "\($0)" } ?? "none")

let positionToFind = 11
if let somePlanet = Planet(rawValue: positionToFind) {
    print(somePlanet)
} else {
    print("There isn't a planet at position \(positionToFind)")
}

print(Beverage.tea.rawValue)

print(Beverage.allCases.map(\.rawValue).joined(separator: " / "))

print(ASCIIControlCharacter.lineFeed.rawValue == "\n")
