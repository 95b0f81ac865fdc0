// A Swift Tour: argument labels, tuples as return values, nested functions, functions as values.
func greet(_ person: String, on day: String) -> String {
    return "Hello \(person), today is \(day)."
}
print(greet("Mia", on: "Wednesday"))

func statistics(of scores: [Int]) -> (min: Int, max: Int, sum: Int) {
    var lo = scores[0], hi = scores[0], sum = 0
    for s in scores {
        lo = Swift.min(lo, s)
        hi = Swift.max(hi, s)
        sum += s
    }
    return (lo, hi, sum)
}
let stats = statistics(of: [5, 3, 100, 3, 9])
print(stats.sum, stats.2, stats.min)

func returnFifteen() -> Int {
    var y = 10
    func add() { y += 5 }
    add()
    return y
}
print(returnFifteen())

func makeAdder(_ amount: Int) -> ((Int) -> Int) {
    func adder(number: Int) -> Int { number + amount }
    return adder
}
let addSeven = makeAdder(7)
print(addSeven(35))

func hasAnyMatches(list: [Int], condition: (Int) -> Bool) -> Bool {
    for item in list where condition(item) {
        return true
    }
    return false
}
func lessThanTen(number: Int) -> Bool { number < 10 }
print(hasAnyMatches(list: [20, 19, 7, 12], condition: lessThanTen))

let numbers = [20, 19, 7, 12]
print(numbers.map({ (number: Int) -> Int in
    let result = 3 * number
    return result
}))
print(numbers.map { $0 % 2 == 1 ? 0 : $0 })
print(numbers.sorted { $0 > $1 })
