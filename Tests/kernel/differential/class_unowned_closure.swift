// Unowned references and capture lists: references that do not keep their owner alive.
class Customer {
    let name: String
    var card: Card?

    init(name: String) { self.name = name }
    deinit { print("\(name) is being deinitialized") }

    class Card {
        let number: UInt64
        unowned let customer: Customer
        init(number: UInt64, customer: Customer) {
            self.number = number
            self.customer = customer
        }
        deinit { print("Card #\(number) is being deinitialized") }
    }
}

class HTMLElement {
    let name: String
    let text: String?

    lazy var asHTML: () -> String = { [unowned self] in
        if let text = self.text {
            return "<\(self.name)>\(text)</\(self.name)>"
        } else {
            return "<\(self.name) />"
        }
    }

    init(name: String, text: String? = nil) {
        self.name = name
        self.text = text
    }
    deinit { print("\(name) is being deinitialized") }
}

var john: Customer? = Customer(name: "John Appleseed")
john!.card = Customer.Card(number: 1234_5678_9012_3456, customer: john!)
print(john!.card!.customer.name)

john = nil

var paragraph: HTMLElement? = HTMLElement(name: "p", text: "hello, world")
print(paragraph!.asHTML())

paragraph = nil

let br = HTMLElement(name: "br")
print(br.asHTML())
