// Basic Operators: remainder, compound assignment, comparison of tuples, ternary, nil-coalescing, ranges, logical operators.
print(9 % 4, -9 % 4, 9 % -4)
var a = 1
a += 2
a *= 5
print(a, -a, +a)

print((1, "zebra") < (2, "apple"))
print((3, "apple") < (3, "bird"))
print((4, "dog") == (4, "dog"))

let contentHeight = 40
let hasHeader = true
let rowHeight = contentHeight + (hasHeader ? 50 : 20)
print(rowHeight)

let defaultColorName = "red"
var userDefinedColorName: String?
var colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)
userDefinedColorName = "green"
colorNameToUse = userDefinedColorName ?? defaultColorName
print(colorNameToUse)

for index in 1...5 {
    print("\(index) times 5 is \(index * 5)")
}

let names = ["Anna", "Alex", "Brian", "Jack"]
for i in 0..<names.count {
    print("Person \(i + 1) is called \(names[i])")
}
print(names[2...], names[...2], names[..<2])

let range = ...5
print(range.contains(7), range.contains(4), range.contains(-1))
print((1...10).reversed().filter { $0 % 3 == 0 })
print(Array(stride(from: 0, to: 20, by: 6)), Array(stride(from: 3, through: 0, by: -1)))

let enteredDoorCode = true
let passedRetinaScan = false
let hasDoorKey = false
let knowsOverridePassword = true
if (enteredDoorCode && passedRetinaScan) || hasDoorKey || knowsOverridePassword {
    print("Welcome!")
} else {
    print("ACCESS DENIED")
}
print(!hasDoorKey, enteredDoorCode != passedRetinaScan)

let halfOpen = 2.5..<7.0
print(halfOpen.contains(2.5), halfOpen.contains(7.0), halfOpen.lowerBound, halfOpen.upperBound)
print((0..<0).isEmpty, (0...0).count)
