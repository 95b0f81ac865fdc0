// A Swift Tour: classes, subclasses, overriding, computed properties with setters, willSet.
class NamedShape {
    var numberOfSides: Int = 0
    var name: String

    init(name: String) {
        self.name = name
    }

    func simpleDescription() -> String {
        "A shape named \(name) with \(numberOfSides) sides."
    }
}

class Square: NamedShape {
    var sideLength: Double

    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 4
    }

    func area() -> Double { sideLength * sideLength }

    override func simpleDescription() -> String {
        "A square with sides of length \(sideLength)."
    }
}

class EquilateralTriangle: NamedShape {
    var sideLength: Double = 0.0

    init(sideLength: Double, name: String) {
        self.sideLength = sideLength
        super.init(name: name)
        numberOfSides = 3
    }

    var perimeter: Double {
        get { 3.0 * sideLength }
        set { sideLength = newValue / 3.0 }
    }
}

class TriangleAndSquare {
    var triangle: EquilateralTriangle {
        willSet { square.sideLength = newValue.sideLength }
    }
    var square: Square {
        willSet { triangle.sideLength = newValue.sideLength }
    }
    init(size: Double, name: String) {
        square = Square(sideLength: size, name: name)
        triangle = EquilateralTriangle(sideLength: size, name: name)
    }
}

let test = Square(sideLength: 5.2, name: "my test square")
print(test.area())
print(test.simpleDescription())

let triangle = EquilateralTriangle(sideLength: 3.1, name: "a triangle")
print(triangle.perimeter)
triangle.perimeter = 9.9
print(triangle.sideLength)
print(triangle.simpleDescription())

let pair = TriangleAndSquare(size: 10, name: "another test shape")
print(pair.square.sideLength, pair.triangle.sideLength)
pair.square = Square(sideLength: 50, name: "larger square")
print(pair.triangle.sideLength)

let optionalSquare: Square? = Square(sideLength: 2.5, name: "optional square")
print(optionalSquare?.sideLength ?? 0)
