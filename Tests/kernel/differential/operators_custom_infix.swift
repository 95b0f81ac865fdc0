// Custom operators with their own precedence groups.
precedencegroup ExponentiationPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}

infix operator **: ExponentiationPrecedence

func ** (base: Int, power: Int) -> Int {
    power == 0 ? 1 : base * (base ** (power - 1))
}

print(2 ** 10)

print(2 ** 3 ** 2)

print(1 + 2 * 3 ** 2)

infix operator +-: AdditionPrecedence

func +- (lhs: Double, rhs: Double) -> ClosedRange<Double> {
    (lhs - rhs)...(lhs + rhs)
}

let tolerance = 10.0 +- 0.5
print(tolerance.lowerBound, tolerance.upperBound, tolerance.contains(10.3))

prefix operator √

prefix func √ (value: Double) -> Double {
    var guess = value / 2
    for _ in 0..<20 {
        guess = (guess + value / guess) / 2
    }
    return guess
}

print(√16.0, √2.0 > 1.41)

postfix operator %

postfix func % (value: Double) -> Double {
    value / 100
}

print(250.0 * 12%)
