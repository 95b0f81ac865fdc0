// switch with intervals, tuples, value bindings, enum patterns, optionals and type casts.
func naturalCount(_ count: Int) -> String {
    switch count {
    case 0: return "no"
    case 1..<5: return "a few"
    case 5..<12: return "several"
    case 12..<100: return "dozens of"
    case 100..<1000: return "hundreds of"
    default: return "many"
    }
}

print([0, 3, 7, 62, 800, 5000].map { "\(naturalCount($0)) moons" })

func locate(_ point: (Int, Int)) -> String {
    switch point {
    case (0, 0): return "at the origin"
    case (_, 0): return "on the x-axis"
    case (0, _): return "on the y-axis"
    case (-2...2, -2...2): return "inside the box"
    case let (x, y): return "outside the box at (\(x), \(y))"
    }
}

print([(0, 0), (1, 0), (0, 5), (1, 1), (5, -3)].map(locate))

let someCharacter: Character = "e"
switch someCharacter {
case "a", "e", "i", "o", "u":
    print("\(someCharacter) is a vowel")
case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m",
     "n", "p", "q", "r", "s", "t", "v", "w", "x", "y", "z":
    print("\(someCharacter) is a consonant")
default:
    print("\(someCharacter) is not a vowel or a consonant")
}

let things: [Any] = [0, 0.0, 42, 3.14159, "hello", (3.0, 5.0), Int?.none as Any]
for thing in things {
    switch thing {
    case 0 as Int: print("zero as an Int")
    case 0 as Double: print("zero as a Double")
    case let someInt as Int: print("an integer value of \(someInt)")
    case let someDouble as Double where someDouble > 0: print("a positive double value of \(someDouble)")
    case let someString as String: print("a string value of \"\(someString)\"")
    case let (x, y) as (Double, Double): print("an (x, y) point at \(x), \(y)")
    default: print("something else")
    }
}

let maybe: Int? = 7
switch maybe {
case .some(let value) where value > 5: print("big \(value)")
case .some(let value): print("small \(value)")
case .none: print("nothing")
}
