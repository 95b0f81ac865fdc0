// Enumerations: associated values of different shapes, extracting them in switch and if-case, and a recursive indirect enum.
enum Barcode {
    case upc(Int, Int, Int, Int)
    case qrCode(String)
}

var productBarcode = Barcode.upc(8, 85909, 51226, 3)
func show(_ code: Barcode) {
    switch code {
    case .upc(let numberSystem, let manufacturer, let product, let check):
        print("UPC: \(numberSystem), \(manufacturer), \(product), \(check).")
    case let .qrCode(productCode):
        print("QR code: \(productCode).")
    }
}
show(productBarcode)
productBarcode = .qrCode("ABCDEFGHIJKLMNOP")
show(productBarcode)

if case .qrCode(let text) = productBarcode, text.count > 10 {
    print("long QR code")
}

indirect enum ArithmeticExpression {
    case number(Int)
    case addition(ArithmeticExpression, ArithmeticExpression)
    case multiplication(ArithmeticExpression, ArithmeticExpression)
    case negation(ArithmeticExpression)
}

func evaluate(_ expression: ArithmeticExpression) -> Int {
    switch expression {
    case let .number(value):
        return value
    case let .addition(left, right):
        return evaluate(left) + evaluate(right)
    case let .multiplication(left, right):
        return evaluate(left) * evaluate(right)
    case let .negation(inner):
        return -evaluate(inner)
    }
}

func render(_ expression: ArithmeticExpression) -> String {
    switch expression {
    case .number(let value): return String(value)
    case .addition(let l, let r): return "(\(render(l)) + \(render(r)))"
    case .multiplication(let l, let r): return "\(render(l)) * \(render(r))"
    case .negation(let e): return "-\(render(e))"
    }
}

let five = ArithmeticExpression.number(5)
let four = ArithmeticExpression.number(4)
let sum = ArithmeticExpression.addition(five, four)
let product = ArithmeticExpression.multiplication(sum, .negation(.number(2)))
print(render(product), "=", evaluate(product))

enum LinkedList<T> {
    case end
    indirect case node(T, LinkedList<T>)

    var count: Int {
        if case let .node(_, rest) = self { return 1 + rest.count }
        return 0
    }
    func toArray() -> [T] {
        switch self {
        case .end: return []
        case let .node(value, rest): return [value] + rest.toArray()
        }
    }
}
let list = LinkedList.node("a", .node("b", .node("c", .end)))
print(list.count, list.toArray())

let events: [Barcode] = [.upc(0, 1, 2, 3), .qrCode("x"), .upc(9, 9, 9, 9)]
for case let .upc(system, _, _, check) in events where system == check {
    print("matching UPC digits", system)
}
