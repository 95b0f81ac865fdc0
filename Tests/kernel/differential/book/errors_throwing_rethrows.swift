// Error Handling: throwing initializers and methods, propagation, rethrows, converting to optionals, defer order inside functions.
enum VendingMachineError: Error {
    case invalidSelection
    case insufficientFunds(coinsNeeded: Int)
    case outOfStock
}

struct Item {
    var price: Int
    var count: Int
}

class VendingMachine {
    var inventory = [
        "Candy Bar": Item(price: 12, count: 7),
        "Chips": Item(price: 10, count: 4),
        "Pretzels": Item(price: 7, count: 0),
    ]
    var coinsDeposited = 0

    func vend(itemNamed name: String) throws {
        guard let item = inventory[name] else { throw VendingMachineError.invalidSelection }
        guard item.count > 0 else { throw VendingMachineError.outOfStock }
        guard item.price <= coinsDeposited else {
            throw VendingMachineError.insufficientFunds(coinsNeeded: item.price - coinsDeposited)
        }
        coinsDeposited -= item.price
        var newItem = item
        newItem.count -= 1
        inventory[name] = newItem
        print("Dispensing \(name)")
    }
}

let favoriteSnacks = ["Alice": "Chips", "Bob": "Licorice", "Eve": "Pretzels", "Zed": "Candy Bar"]
func buyFavoriteSnack(person: String, vendingMachine: VendingMachine) throws {
    let snackName = favoriteSnacks[person] ?? "Candy Bar"
    try vendingMachine.vend(itemNamed: snackName)
}

let machine = VendingMachine()
machine.coinsDeposited = 15
for person in ["Alice", "Bob", "Eve", "Zed"] {
    do {
        try buyFavoriteSnack(person: person, vendingMachine: machine)
        print("\(person) got a snack, \(machine.coinsDeposited) coins left")
    } catch VendingMachineError.invalidSelection {
        print("\(person): Invalid Selection.")
    } catch VendingMachineError.outOfStock {
        print("\(person): Out of Stock.")
    } catch VendingMachineError.insufficientFunds(let coinsNeeded) {
        print("\(person): Please insert an additional \(coinsNeeded) coins.")
    }
}

func transformAll<T>(_ values: [T], _ transform: (T) throws -> T) rethrows -> [T] {
    var result: [T] = []
    for v in values { result.append(try transform(v)) }
    return result
}
print(transformAll([1, 2, 3]) { $0 * 10 })
struct NegativeValue: Error { let value: Int }
do {
    _ = try transformAll([4, -2, 6]) { v in
        if v < 0 { throw NegativeValue(value: v) }
        return v
    }
} catch let error as NegativeValue {
    print("negative value \(error.value)")
}

func process(_ name: String) -> String {
    var steps: [String] = []
    defer { print("steps for \(name): \(steps.joined(separator: " > "))") }
    steps.append("open")
    defer { steps.append("close") }
    if name.isEmpty {
        steps.append("empty")
        return "nothing"
    }
    steps.append("read \(name)")
    defer { steps.append("flush") }
    return name.uppercased()
}
print(process("notes"))
print(process(""))

let x = try? machine.vend(itemNamed: "Pretzels")
print(x == nil)
let y: ()? = try? machine.vend(itemNamed: "Candy Bar")
print(y == nil, machine.coinsDeposited)
