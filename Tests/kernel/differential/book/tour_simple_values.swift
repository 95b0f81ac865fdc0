// A Swift Tour: constants, variables, explicit types, interpolation, arrays and dictionaries.
let maximumGuests = 42
var currentGuests = 17
currentGuests += 3

let explicitRatio: Double = 7
let label = "Guests: "
let summary = label + String(currentGuests) + " of " + String(maximumGuests)
print(summary)
print("Ratio as a double: \(explicitRatio / 2)")

let oranges = 4
let pears = 9
print("I have \(oranges + pears) pieces of fruit, \(pears - oranges) more pears than oranges.")

let poem = """
    Roses are red,
      violets are "blue",
    this line ends with a \\ backslash.
    """
print(poem)

var groceries = ["bread", "milk", "eggs"]
groceries[1] = "oat milk"
groceries.append("honey")
print(groceries)

var ages = [
    "Ada": 36,
    "Grace": 85,
]
ages["Linus"] = 54
for name in ages.keys.sorted() {
    print(name, ages[name]!)
}

groceries = []
ages = [:]
print(groceries.isEmpty, ages.count)

let emptyList: [String] = []
let emptyTable: [String: Float] = [:]
print(emptyList.count + emptyTable.count)
