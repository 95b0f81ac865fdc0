// Closures capture variables from earlier code and keep them alive between calls.
func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int {
        runningTotal += amount
        return runningTotal
    }
    return incrementer
}

let incrementByTen = makeIncrementer(forIncrement: 10)
print(incrementByTen(), incrementByTen())

let incrementBySeven = makeIncrementer(forIncrement: 7)
print(incrementBySeven())

print(incrementByTen())

let alsoIncrementByTen = incrementByTen
print(alsoIncrementByTen())

var greeting = "Hello"
let greet = { (name: String) in "\(greeting), \(name)!" }
print(greet("Ana"))

greeting = "Goodbye"
print(greet("Ana"))

var counter = 0
let captured = { [counter] in "captured \(counter)" }
counter = 5
print(captured(), "while counter is \(counter)")
