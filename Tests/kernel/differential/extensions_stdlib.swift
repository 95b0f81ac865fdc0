// Extensions that add computed properties, methods, initializers and nested types to standard types.
extension Double {
    var km: Double { self * 1_000.0 }
    var m: Double { self }
    var cm: Double { self / 100.0 }
    var mm: Double { self / 1_000.0 }
}

extension Int {
    func repetitions(task: () -> Void) {
        for _ in 0..<self {
            task()
        }
    }

    mutating func square() {
        self = self * self
    }

    subscript(digitIndex: Int) -> Int {
        var decimalBase = 1
        for _ in 0..<digitIndex {
            decimalBase *= 10
        }
        return (self / decimalBase) % 10
    }

    enum Kind {
        case negative, zero, positive
    }

    var kind: Kind {
        switch self {
        case 0: return .zero
        case let x where x > 0: return .positive
        default: return .negative
        }
    }
}

extension String {
    init(repeating word: String, times: Int, separator: String) {
        self = Array(repeating: word, count: times).joined(separator: separator)
    }
}

let aMarathon = 42.km + 195.m
print("A marathon is \(aMarathon) meters long")

3.repetitions {
    print("Hello!")
}

var someInt = 3
someInt.square()
print(someInt, 746381295[0], 746381295[8])

print([-3, 0, 7].map { "\($0.kind)" })

print(String(repeating: "ha", times: 3, separator: "-"))
