// known gap: an operator function in a cell before the cell that declares the operator (`prefix operator +++`) does not wait for it.
// Advanced Operators: bitwise operators, shifts, overflow operators, operator methods, prefix/postfix, compound assignment, custom operators and precedence groups.
let initialBits: UInt8 = 0b00001111
let invertedBits = ~initialBits
print(String(invertedBits, radix: 2))
let firstSixBits: UInt8 = 0b11111100
let lastSixBits: UInt8 = 0b00111111
print(firstSixBits & lastSixBits, firstSixBits | lastSixBits, firstSixBits ^ lastSixBits)
let shiftBits: UInt8 = 4
print(shiftBits << 1, shiftBits << 5, shiftBits << 6, shiftBits >> 2)

let pink: UInt32 = 0xCC6699
let redComponent = (pink & 0xFF0000) >> 16
let greenComponent = (pink & 0x00FF00) >> 8
let blueComponent = pink & 0x0000FF
print(redComponent, greenComponent, blueComponent)
print(Int8(-4) >> 1, Int8(-4) << 1)

var unsignedOverflow = UInt8.max
unsignedOverflow = unsignedOverflow &+ 1
print(unsignedOverflow)
var unsignedUnderflow = UInt8.min
unsignedUnderflow = unsignedUnderflow &- 1
print(unsignedUnderflow)
var signedOverflow = Int8.min
signedOverflow = signedOverflow &- 1
print(signedOverflow, Int16.max &* 2, Int8(100).addingReportingOverflow(100))

struct Vector2D {
    var x = 0.0, y = 0.0
}
extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
    static prefix func - (vector: Vector2D) -> Vector2D {
        Vector2D(x: -vector.x, y: -vector.y)
    }
    static func += (left: inout Vector2D, right: Vector2D) {
        left = left + right
    }
    static prefix func +++ (vector: inout Vector2D) -> Vector2D {
        vector += vector
        return vector
    }
}
extension Vector2D: Equatable {}

let vector = Vector2D(x: 3.0, y: 1.0)
let anotherVector = Vector2D(x: 2.0, y: 4.0)
let combinedVector = vector + anotherVector
print(combinedVector.x, combinedVector.y)
let negative = -vector
print(negative.x, negative.y, (-negative).x)
var original = Vector2D(x: 1.0, y: 2.0)
original += Vector2D(x: 3.0, y: 4.0)
print(original.x, original.y)
print(vector + anotherVector == Vector2D(x: 5.0, y: 5.0), vector != anotherVector)

prefix operator +++
var toBeDoubled = Vector2D(x: 1.0, y: 4.0)
let afterDoubling = +++toBeDoubled
print(afterDoubling.x, afterDoubling.y, toBeDoubled.x)

infix operator +-: AdditionPrecedence
extension Vector2D {
    static func +- (left: Vector2D, right: Vector2D) -> Vector2D {
        Vector2D(x: left.x + right.x, y: left.y - right.y)
    }
}
let plusMinusVector = Vector2D(x: 1.0, y: 2.0) +- Vector2D(x: 3.0, y: 4.0)
print(plusMinusVector.x, plusMinusVector.y)

precedencegroup ExponentiationPrecedence {
    higherThan: MultiplicationPrecedence
    associativity: right
}
infix operator **: ExponentiationPrecedence
func ** (base: Int, power: Int) -> Int {
    power == 0 ? 1 : base * (base ** (power - 1))
}
print(2 ** 3 ** 2, 2 * 3 ** 2, (2 ** 3) ** 2)

postfix operator %%
postfix func %% (value: Double) -> Double { value / 100 }
print(50.0%% * 8, 12.5%%)
print(0b1011.nonzeroBitCount, UInt8(0b0001_0000).trailingZeroBitCount, (1 << 10) - 1)
