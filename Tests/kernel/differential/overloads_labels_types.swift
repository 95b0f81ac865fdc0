// One base name with different argument labels, and overloads chosen by return type.
struct Temperature {
    var kelvin: Double
}

func make(celsius: Double) -> Temperature {
    Temperature(kelvin: celsius + 273.15)
}

func make(fahrenheit: Double) -> Temperature {
    Temperature(kelvin: (fahrenheit - 32) * 5 / 9 + 273.15)
}

func make(kelvin: Double) -> Temperature {
    Temperature(kelvin: kelvin)
}

func parse(_ text: String) -> Int {
    Int(text) ?? 0
}

func parse(_ text: String) -> [String] {
    text.split(separator: ",").map(String.init)
}

print(make(celsius: 100).kelvin)

print(make(fahrenheit: 212).kelvin)

print(make(kelvin: 0).kelvin)

let n: Int = parse("12")
let parts: [String] = parse("a,b,c")
print(n + 1, parts)
