// CustomStringConvertible gives print and string interpolation a type's own text.
struct Money {
    var cents: Int
}

extension Money: CustomStringConvertible {
    var description: String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        let fraction = value % 100 < 10 ? "0\(value % 100)" : "\(value % 100)"
        return "\(sign)$\(value / 100).\(fraction)"
    }
}

let price = Money(cents: 1999)
print(price)

print("Total: \(Money(cents: price.cents * 3))")

let refunds = [Money(cents: -250), Money(cents: 5)]
print(refunds)

struct Order: CustomDebugStringConvertible {
    var items: [String: Money]
    var debugDescription: String {
        items.keys.sorted().map { "\($0)=\(items[$0]!)" }.joined(separator: ";")
    }
}

let order = Order(items: ["pen": Money(cents: 120), "book": Money(cents: 1450)])
debugPrint(order)
print(String(describing: order.items["pen"]!))
