// A structure declared again with other members replaces the earlier one for later cells.
struct Item {
    var price: Int
}
print(Item(price: 3).price)
// %% cell
struct Item {
    var name: String
    var tags: [String] = []
}
// %% cell
let lamp = Item(name: "lamp", tags: ["light"])
print(lamp.name, lamp.tags.count)
// %% cell
extension Item {
    var label: String { "\(name) \(tags)" }
}
print(lamp.label)
