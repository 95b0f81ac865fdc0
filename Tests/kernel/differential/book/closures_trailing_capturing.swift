// Closures: closure expression forms, trailing closures, capturing values, closures are reference types.
let names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
func backward(_ s1: String, _ s2: String) -> Bool { s1 > s2 }
print(names.sorted(by: backward))
print(names.sorted(by: { (s1: String, s2: String) -> Bool in return s1 > s2 }))
print(names.sorted(by: { s1, s2 in s1 > s2 }))
print(names.sorted { $0.count < $1.count || ($0.count == $1.count && $0 < $1) })
print(names.sorted(by: >))

let digitNames = [
    0: "Zero", 1: "One", 2: "Two", 3: "Three", 4: "Four",
    5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine",
]
let numbers = [16, 58, 510]
let strings = numbers.map { (number) -> String in
    var number = number
    var output = ""
    repeat {
        output = digitNames[number % 10]! + output
        number /= 10
    } while number > 0
    return output
}
print(strings)

func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int {
        runningTotal += amount
        return runningTotal
    }
    return incrementer
}
let incrementByTen = makeIncrementer(forIncrement: 10)
print(incrementByTen(), incrementByTen(), incrementByTen())
let incrementBySeven = makeIncrementer(forIncrement: 7)
print(incrementBySeven())
print(incrementByTen())
let alsoIncrementByTen = incrementByTen
print(alsoIncrementByTen(), incrementByTen())

func loadPicture(from server: String, completion: (String) -> Void, onFailure: () -> Void) {
    if server.hasSuffix(".example") {
        completion("picture from \(server)")
    } else {
        onFailure()
    }
}
loadPicture(from: "photos.example") { picture in
    print(picture)
} onFailure: {
    print("Couldn't download the next picture.")
}
loadPicture(from: "nowhere") { print($0) } onFailure: { print("Couldn't download the next picture.") }

var counter = 0
let bump = { counter += 1 }
bump(); bump()
print(counter)
let total = [1, 2, 3, 4].reduce(into: 0) { sum, x in sum += x * x }
print(total)
