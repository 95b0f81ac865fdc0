// Overloads of one function name, each declared in its own top-level item.
func describe(_ value: Int) -> String {
    "an integer, \(value)"
}

func describe(_ value: Double) -> String {
    "a double, \(value)"
}

func describe(_ value: String) -> String {
    "a string of \(value.count) characters"
}

func describe<T>(_ values: [T]) -> String {
    "an array of \(values.count)"
}

func describe(_ value: Int, _ unit: String) -> String {
    "\(value) \(unit)"
}

print(describe(42))

print(describe(2.5))

print(describe("hello"))

print(describe([1, 2, 3]))

print(describe(3, "apples"))

let mixed: [String] = [describe(1), describe(1.0), describe("1")]
print(mixed)
