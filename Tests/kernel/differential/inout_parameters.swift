// In-out parameters: functions that change the caller's variables.
func swapTwoInts(_ a: inout Int, _ b: inout Int) {
    let temporaryA = a
    a = b
    b = temporaryA
}

var someInt = 3
var anotherInt = 107
swapTwoInts(&someInt, &anotherInt)
print("someInt is now \(someInt), and anotherInt is now \(anotherInt)")

func appendGreeting(to text: inout String, for name: String) {
    text += "Hello, \(name). "
}

var letter = ""
for name in ["Ann", "Bo"] {
    appendGreeting(to: &letter, for: name)
}
print(letter)

func normalize(_ values: inout [Double]) {
    let largest = values.max() ?? 1
    for index in values.indices {
        values[index] /= largest
    }
}

var readings = [2.0, 8.0, 4.0]
normalize(&readings)
print(readings)

struct Wallet {
    var coins = 10
}

var wallet = Wallet()
func spend(_ amount: Int, from coins: inout Int) -> Bool {
    guard coins >= amount else { return false }
    coins -= amount
    return true
}
print(spend(4, from: &wallet.coins), spend(9, from: &wallet.coins), wallet.coins)
