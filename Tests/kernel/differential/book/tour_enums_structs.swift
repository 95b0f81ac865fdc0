// A Swift Tour: enumerations with raw values and methods, structures, associated values.
enum Rank: Int {
    case ace = 1
    case two, three, four, five, six, seven, eight, nine, ten
    case jack, queen, king

    func simpleDescription() -> String {
        switch self {
        case .ace: return "ace"
        case .jack: return "jack"
        case .queen: return "queen"
        case .king: return "king"
        default: return String(self.rawValue)
        }
    }
}

enum Suit: CaseIterable {
    case spades, hearts, diamonds, clubs

    var symbol: String {
        switch self {
        case .spades: return "♠"
        case .hearts: return "♡"
        case .diamonds: return "♢"
        case .clubs: return "♣"
        }
    }
    func color() -> String {
        self == .spades || self == .clubs ? "black" : "red"
    }
}

struct Card {
    var rank: Rank
    var suit: Suit
    func simpleDescription() -> String {
        "The \(rank.simpleDescription()) of \(suit.symbol)"
    }
}

let ace = Rank.ace
print(ace, ace.rawValue)
if let converted = Rank(rawValue: 12) {
    print(converted.simpleDescription())
}
print(Rank(rawValue: 20) == nil)
print(Suit.hearts.color(), Suit.clubs.color())

let threeOfSpades = Card(rank: .three, suit: .spades)
print(threeOfSpades.simpleDescription())

enum ServerResponse {
    case result(String, String)
    case failure(String)
}

let responses = [ServerResponse.result("6:00 am", "8:09 pm"), .failure("Out of cheese.")]
for response in responses {
    switch response {
    case let .result(sunrise, sunset):
        print("Sunrise is at \(sunrise) and sunset is at \(sunset).")
    case let .failure(message):
        print("Failure...  \(message)")
    }
}

let deck = Suit.allCases.flatMap { suit in [Rank.ace, .king].map { Card(rank: $0, suit: suit) } }
print(deck.map { $0.simpleDescription() }.joined(separator: ", "))
