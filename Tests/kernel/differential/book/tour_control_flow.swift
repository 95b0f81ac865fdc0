// A Swift Tour: if, switch, for-in over dictionaries, while and repeat-while, ranges.
let quizScores = [72, 95, 40, 88, 61]
var bonusTotal = 0
for score in quizScores {
    if score > 80 {
        bonusTotal += 5
    } else {
        bonusTotal += 1
    }
}
print("bonus:", bonusTotal)

let level = quizScores.max()! > 90 ? "gold" : "silver"
print(level)

var optionalNickname: String? = "Ziggy"
if let nickname = optionalNickname {
    print("Hi, \(nickname)")
}
optionalNickname = nil
let fullName = "Zoe Ziegler"
print("Hi, \(optionalNickname ?? fullName)")

func describe(_ vegetable: String) -> String {
    switch vegetable {
    case "celery":
        return "Add some raisins."
    case "cucumber", "watercress":
        return "That would make a good tea sandwich."
    case let x where x.hasSuffix("pepper"):
        return "Is it a spicy \(x)?"
    default:
        return "Everything tastes good in soup."
    }
}
for veg in ["celery", "watercress", "red pepper", "kale"] {
    print(describe(veg))
}

let interestingNumbers = [
    "Prime": [2, 3, 5, 7, 11, 13],
    "Fibonacci": [1, 1, 2, 3, 5, 8],
    "Square": [1, 4, 9, 16, 25],
]
var largest = 0
var largestKind = ""
for (kind, numbers) in interestingNumbers.sorted(by: { $0.key < $1.key }) {
    for number in numbers where number > largest {
        largest = number
        largestKind = kind
    }
}
print(largest, largestKind)

var n = 2
while n < 100 { n *= 2 }
print(n)

var m = 2
repeat { m *= 2 } while m < 100
print(m)

var total = 0
for i in 0..<4 { total += i }
print(total)
