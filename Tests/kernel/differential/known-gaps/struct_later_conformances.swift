// known gap: a cell that calls an initialiser a later extension adds (`String(format2:)`) does not wait for it.
// A struct declared in one item and given conformances in later items (Equatable synthesized in a later extension,
// Hashable, Comparable, CustomStringConvertible, a protocol of our own), plus a top-level guard let.
struct Money {
    var cents: Int
    var currency: String
}

extension Money: Equatable {}

let lunch = Money(cents: 1250, currency: "EUR")
let sameLunch = Money(cents: 1250, currency: "EUR")
print(lunch == sameLunch, lunch == Money(cents: 1250, currency: "USD"))

extension Money: CustomStringConvertible {
    var description: String {
        "\(cents / 100).\(String(format2: cents % 100)) \(currency)"
    }
}

extension String {
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}

print(lunch, Money(cents: 7, currency: "GBP"))

extension Money: Comparable {
    static func < (lhs: Money, rhs: Money) -> Bool {
        (lhs.currency, lhs.cents) < (rhs.currency, rhs.cents)
    }
}

let wallet = [Money(cents: 500, currency: "USD"), lunch, Money(cents: 99, currency: "EUR")]
print(wallet.sorted().map(\.description))
print(wallet.max()!, wallet.min()!)

extension Money: Hashable {}

let distinct = Set(wallet + [sameLunch])
print(distinct.count)

protocol Taxable {
    func withTax(percent: Int) -> Self
}

extension Money: Taxable {
    func withTax(percent: Int) -> Money {
        Money(cents: cents + cents * percent / 100, currency: currency)
    }
}

func applyTax<T: Taxable & CustomStringConvertible>(_ items: [T], percent: Int) -> [String] {
    items.map { $0.withTax(percent: percent).description }
}
print(applyTax(wallet, percent: 20))

let prices = ["coffee": "3.40", "cake": "4.15"]

guard let coffeeText = prices["coffee"], let coffeeValue = Double(coffeeText) else {
    fatalError("no coffee price")
}

let coffee = Money(cents: Int(coffeeValue * 100 + 0.5), currency: "EUR")
print(coffee, coffee > lunch, coffee.withTax(percent: 10))

extension Money {
    static func + (a: Money, b: Money) -> Money {
        precondition(a.currency == b.currency)
        return Money(cents: a.cents + b.cents, currency: a.currency)
    }
    static var zeroEuro: Money { Money(cents: 0, currency: "EUR") }
}

print([coffee, lunch].reduce(Money.zeroEuro, +), coffeeText)
