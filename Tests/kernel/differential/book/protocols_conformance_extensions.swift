// Protocols: conformance added by extensions (in later top-level items), conditional conformance, collections of protocol types.
protocol TextRepresentable {
    var textualDescription: String { get }
}

struct Dice {
    let sides: Int
}

class SnakesAndLadders {
    let finalSquare = 25
}

struct Hamster {
    var name: String
}

extension Dice: TextRepresentable {
    var textualDescription: String { "A \(sides)-sided dice" }
}

extension SnakesAndLadders: TextRepresentable {
    var textualDescription: String { "A game of Snakes and Ladders with \(finalSquare) squares" }
}

extension Hamster: TextRepresentable {
    var textualDescription: String { "A hamster named \(name)" }
}

let d12 = Dice(sides: 12)
print(d12.textualDescription)
let simonTheHamster = Hamster(name: "Simon")
let somethingTextRepresentable: TextRepresentable = simonTheHamster
print(somethingTextRepresentable.textualDescription)

extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String {
        let itemsAsText = self.map { $0.textualDescription }
        return "[" + itemsAsText.joined(separator: ", ") + "]"
    }
}
let myDice = [Dice(sides: 6), Dice(sides: 12)]
print(myDice.textualDescription)

let things: [TextRepresentable] = [SnakesAndLadders(), d12, simonTheHamster]
for thing in things {
    print(thing.textualDescription)
}

protocol PrettyTextRepresentable: TextRepresentable {
    var prettyTextualDescription: String { get }
}

extension SnakesAndLadders: PrettyTextRepresentable {
    var prettyTextualDescription: String {
        textualDescription + ":\n" + (1...5).map { $0 % 2 == 0 ? "▲" : "○" }.joined()
    }
}
print(SnakesAndLadders().prettyTextualDescription)

extension Dice: CustomStringConvertible {
    var description: String { "d\(sides)" }
}
print(d12, "\(Dice(sides: 20))")

extension Optional: TextRepresentable where Wrapped: TextRepresentable {
    var textualDescription: String { self?.textualDescription ?? "nothing" }
}
let maybeHamster: Hamster? = nil
print(maybeHamster.textualDescription, Optional(simonTheHamster).textualDescription)

for thing in things {
    if let pretty = thing as? PrettyTextRepresentable {
        print("pretty:", pretty.prettyTextualDescription.count)
    } else {
        print("plain:", thing.textualDescription)
    }
}
