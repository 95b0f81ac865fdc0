// Control Flow: switch on tuples, interval matching, value bindings, where clauses, compound cases and fallthrough.
func classify(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0):
        return "\(point) is at the origin"
    case (_, 0):
        return "\(point) is on the x-axis"
    case (0, _):
        return "\(point) is on the y-axis"
    case (-2...2, -2...2):
        return "\(point) is inside the box"
    default:
        return "\(point) is outside of the box"
    }
}
for p in [(0, 0), (3, 0), (0, -1), (1, 1), (5, 5)] {
    print(classify(p))
}

let anotherPoint = (2, 0)
switch anotherPoint {
case (let x, 0):
    print("on the x-axis with an x value of \(x)")
case (0, let y):
    print("on the y-axis with a y value of \(y)")
case let (x, y):
    print("somewhere else at (\(x), \(y))")
}

for point in [(1, -1), (1, 1), (3, 8)] {
    switch point {
    case let (x, y) where x == y:
        print("(\(x), \(y)) is on the line x == y")
    case let (x, y) where x == -y:
        print("(\(x), \(y)) is on the line x == -y")
    case let (x, y):
        print("(\(x), \(y)) is just some arbitrary point")
    }
}

func kind(of character: Character) -> String {
    switch character {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m",
         "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z":
        return "consonant"
    default:
        return "not a vowel or a consonant"
    }
}
print("e?!".map(kind))

let approximateCount = 62
let naturalCount: String
switch approximateCount {
case 0: naturalCount = "no"
case 1..<5: naturalCount = "a few"
case 5..<12: naturalCount = "several"
case 12..<100: naturalCount = "dozens of"
default: naturalCount = "many"
}
print("There are \(naturalCount) moons orbiting Saturn.")

for integerToDescribe in [5, 4, 11] {
    var description = "The number \(integerToDescribe) is"
    switch integerToDescribe {
    case 2, 3, 5, 7, 11, 13, 17, 19:
        description += " a prime number, and also"
        fallthrough
    default:
        description += " an integer."
    }
    print(description)
}

let stillAnotherPoint = (9, 0)
switch stillAnotherPoint {
case (let distance, 0), (0, let distance):
    print("On an axis, \(distance) from the origin")
default:
    print("Not on an axis")
}
