// Extending a standard type to conform to a protocol declared in the notebook.
protocol TextRepresentable {
    var textualDescription: String { get }
}

extension Int: TextRepresentable {
    var textualDescription: String {
        self == 1 ? "one" : "the number \(self)"
    }
}

extension String: TextRepresentable {
    var textualDescription: String { "\"\(self)\"" }
}

struct Hamster {
    var name: String
    var textualDescription: String {
        "A hamster named \(name)"
    }
}

extension Hamster: TextRepresentable {}

print(1.textualDescription)

print(42.textualDescription)

let things: [TextRepresentable] = [7, "seven", Hamster(name: "Simon")]
for thing in things {
    print(thing.textualDescription)
}

extension Array: TextRepresentable where Element: TextRepresentable {
    var textualDescription: String {
        "[" + map(\.textualDescription).joined(separator: ", ") + "]"
    }
}

print([1, 2, 3].textualDescription)
