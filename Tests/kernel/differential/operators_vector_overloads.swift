// Operator methods for a vector type: infix, prefix, compound assignment and equivalence.
struct Vector2D {
    var x = 0.0, y = 0.0
}

extension Vector2D {
    static func + (left: Vector2D, right: Vector2D) -> Vector2D {
        Vector2D(x: left.x + right.x, y: left.y + right.y)
    }
}

extension Vector2D {
    static prefix func - (vector: Vector2D) -> Vector2D {
        Vector2D(x: -vector.x, y: -vector.y)
    }
}

extension Vector2D {
    static func += (left: inout Vector2D, right: Vector2D) {
        left = left + right
    }
}

extension Vector2D: Equatable {}

extension Vector2D {
    static func * (scalar: Double, vector: Vector2D) -> Vector2D {
        Vector2D(x: scalar * vector.x, y: scalar * vector.y)
    }
}

let vector = Vector2D(x: 3.0, y: 1.0)
let anotherVector = Vector2D(x: 2.0, y: 4.0)
let combinedVector = vector + anotherVector
print(combinedVector.x, combinedVector.y)

let positive = Vector2D(x: 3.0, y: 4.0)
let negative = -positive
print(negative.x, negative.y)

var original = Vector2D(x: 1.0, y: 2.0)
original += Vector2D(x: 3.0, y: 4.0)
print(original.x, original.y)

print(2 * original == Vector2D(x: 8, y: 12), -negative == positive)
