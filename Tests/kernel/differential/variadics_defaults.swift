// Variadic parameters, default parameter values and argument labels.
func arithmeticMean(_ numbers: Double...) -> Double {
    var total: Double = 0
    for number in numbers {
        total += number
    }
    return total / Double(numbers.count)
}

print(arithmeticMean(1, 2, 3, 4, 5))

print(arithmeticMean(3, 8.25, 18.75))

func someFunction(parameterWithoutDefault: Int, parameterWithDefault: Int = 12) -> Int {
    parameterWithoutDefault + parameterWithDefault
}

print(someFunction(parameterWithoutDefault: 3, parameterWithDefault: 6))
print(someFunction(parameterWithoutDefault: 4))

func greet(person: String, from hometown: String) -> String {
    "Hello \(person)!  Glad you could visit from \(hometown)."
}
print(greet(person: "Bill", from: "Cupertino"))

func log(_ items: String..., separator: String = " | ", prefix: String = ">") -> String {
    prefix + " " + items.joined(separator: separator)
}

print(log("a", "b", "c"))

print(log("x", separator: ", ", prefix: "#"))

func tally(_ groups: [Int]..., scale: Int = 1) -> [Int] {
    groups.map { $0.reduce(0, +) * scale }
}

print(tally([1, 2], [3], [], scale: 10))
