// CaseIterable enumerations with computed properties and methods added in an extension.
enum Suit: String, CaseIterable {
    case spades = "♠", hearts = "♡", diamonds = "♢", clubs = "♣"
}

enum Rank: Int, CaseIterable, Comparable {
    case two = 2, three, four, five, six, seven, eight, nine, ten
    case jack, queen, king, ace

    static func < (lhs: Rank, rhs: Rank) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension Rank {
    var symbol: String {
        switch self {
        case .jack: return "J"
        case .queen: return "Q"
        case .king: return "K"
        case .ace: return "A"
        default: return String(rawValue)
        }
    }
}

print("\(Suit.allCases.count) suits, \(Rank.allCases.count) ranks")

let deck = Suit.allCases.flatMap { suit in Rank.allCases.map { "\($0.symbol)\(suit.rawValue)" } }
print(deck.count)
print(deck.prefix(5).joined(separator: " "))

print(Rank.allCases.filter { $0 > .ten }.map(\.symbol))

print(Rank.queen < .king, Rank.ace.rawValue)
