// Nested Types: a card with nested Suit and Rank enums, a nested Values struct, and referring to nested types from outside.
struct BlackjackCard {
    enum Suit: Character {
        case spades = "♠", hearts = "♡", diamonds = "♢", clubs = "♣"
    }

    enum Rank: Int {
        case two = 2, three, four, five, six, seven, eight, nine, ten
        case jack, queen, king, ace

        struct Values {
            let first: Int, second: Int?
        }

        var values: Values {
            switch self {
            case .ace:
                return Values(first: 1, second: 11)
            case .jack, .queen, .king:
                return Values(first: 10, second: nil)
            default:
                return Values(first: self.rawValue, second: nil)
            }
        }
    }

    let rank: Rank, suit: Suit
    var description: String {
        var output = "suit is \(suit.rawValue),"
        output += " value is \(rank.values.first)"
        if let second = rank.values.second {
            output += " or \(second)"
        }
        return output
    }
}

let theAceOfSpades = BlackjackCard(rank: .ace, suit: .spades)
print("theAceOfSpades: \(theAceOfSpades.description)")
let heartsSymbol = BlackjackCard.Suit.hearts.rawValue
print(heartsSymbol)

let hand = [
    BlackjackCard(rank: .king, suit: .hearts),
    BlackjackCard(rank: .seven, suit: .clubs),
    BlackjackCard(rank: .ace, suit: .diamonds),
]
for card in hand { print(card.description) }

func bestTotal(_ cards: [BlackjackCard]) -> Int {
    var total = cards.map { $0.rank.values.first }.reduce(0, +)
    for card in cards where card.rank.values.second != nil && total + 10 <= 21 {
        total += 10
    }
    return total
}
print("best total:", bestTotal(hand), bestTotal([BlackjackCard(rank: .ace, suit: .clubs), BlackjackCard(rank: .nine, suit: .spades)]))

let v: BlackjackCard.Rank.Values = BlackjackCard.Rank.queen.values
print(v.first, v.second == nil)

struct Library {
    struct Book {
        enum Genre: String { case fiction, science }
        let title: String
        let genre: Genre
    }
    var books: [Book] = []
    mutating func add(_ title: String, _ genre: Book.Genre) {
        books.append(Book(title: title, genre: genre))
    }
    func titles(in genre: Book.Genre) -> [String] {
        books.filter { $0.genre == genre }.map(\.title).sorted()
    }
}
var shelf = Library()
shelf.add("Dune", .fiction)
shelf.add("Cosmos", .science)
shelf.add("Emma", .fiction)
print(shelf.titles(in: .fiction), shelf.titles(in: Library.Book.Genre(rawValue: "science")!))
