// A recursive enumeration and a recursive function that evaluates it.
indirect enum ArithmeticExpression {
    case number(Int)
    case addition(ArithmeticExpression, ArithmeticExpression)
    case multiplication(ArithmeticExpression, ArithmeticExpression)
}

let five = ArithmeticExpression.number(5)
let four = ArithmeticExpression.number(4)
let sum = ArithmeticExpression.addition(five, four)
let product = ArithmeticExpression.multiplication(sum, ArithmeticExpression.number(2))

func evaluate(_ expression: ArithmeticExpression) -> Int {
    switch expression {
    case let .number(value):
        return value
    case let .addition(left, right):
        return evaluate(left) + evaluate(right)
    case let .multiplication(left, right):
        return evaluate(left) * evaluate(right)
    }
}

print(evaluate(product))

func render(_ expression: ArithmeticExpression) -> String {
    switch expression {
    case let .number(value): return "\(value)"
    case let .addition(l, r): return "(\(render(l)) + \(render(r)))"
    case let .multiplication(l, r): return "\(render(l)) * \(render(r))"
    }
}

print(render(product), "=", evaluate(product))
print(evaluate(sum))
