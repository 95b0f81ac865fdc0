// Strings and Characters: indices, inserting and removing, substrings, prefix and suffix comparison.
let greeting = "Guten Tag!"
print(greeting[greeting.startIndex])
print(greeting[greeting.index(before: greeting.endIndex)])
print(greeting[greeting.index(after: greeting.startIndex)])
let index = greeting.index(greeting.startIndex, offsetBy: 7)
print(greeting[index])
for i in greeting.indices where greeting[i].isUppercase {
    print(greeting.distance(from: greeting.startIndex, to: i), terminator: " ")
}
print()

var welcome = "hello"
welcome.insert("!", at: welcome.endIndex)
print(welcome)
welcome.insert(contentsOf: " there", at: welcome.index(before: welcome.endIndex))
print(welcome)
welcome.remove(at: welcome.index(before: welcome.endIndex))
print(welcome)
let range = welcome.index(welcome.endIndex, offsetBy: -6)..<welcome.endIndex
welcome.removeSubrange(range)
print(welcome)

let sentence = "Hello, world!"
let commaIndex = sentence.firstIndex(of: ",") ?? sentence.endIndex
let beginning = sentence[..<commaIndex]
print(beginning, type(of: beginning))
let newString = String(beginning)
print(newString.count)

let romeoAndJuliet = [
    "Act 1 Scene 1: Verona, A public place",
    "Act 1 Scene 2: Capulet's mansion",
    "Act 1 Scene 3: A room in Capulet's mansion",
    "Act 2 Scene 1: Outside Capulet's mansion",
    "Act 2 Scene 2: Capulet's orchard",
]
var act1SceneCount = 0
var mansionCount = 0
for scene in romeoAndJuliet {
    if scene.hasPrefix("Act 1 ") { act1SceneCount += 1 }
    if scene.hasSuffix("mansion") { mansionCount += 1 }
}
print(act1SceneCount, mansionCount)

let quotation = "We're a lot alike, you and I."
let sameQuotation = "We're a lot alike, you and I."
print(quotation == sameQuotation)

let csv = "name,age,,city"
let fields = csv.split(separator: ",", omittingEmptySubsequences: false)
print(fields.count, fields.map { $0.isEmpty ? "<empty>" : String($0) })
print(csv.prefix(4), csv.suffix(4), csv.dropFirst(5).prefix(3))
if let r = csv.firstRange(of: "age") {
    print(csv[r.lowerBound...].uppercased())
}
print(String(sentence.reversed()), sentence.filter { $0.isLetter })
