// Required initializers, final members and calls up the chain with super.
class Shape {
    let name: String
    required init(name: String) {
        self.name = name
    }
    func area() -> Double { 0 }
    final func summary() -> String {
        "\(name) with area \(area())"
    }
}

class Square: Shape {
    var side = 1.0
    required init(name: String) {
        super.init(name: name)
    }
    convenience init(side: Double) {
        self.init(name: "square")
        self.side = side
    }
    override func area() -> Double { side * side }
}

final class Circle: Shape {
    var radius = 1.0
    override func area() -> Double { 3.0 * radius * radius }
}

func make<T: Shape>(_ type: T.Type, named name: String) -> T {
    type.init(name: name)
}

let shapes: [Shape] = [Square(side: 3), make(Circle.self, named: "circle"), make(Square.self, named: "unit square")]

for shape in shapes {
    print(shape.summary())
}

let kinds = shapes.map { String(describing: type(of: $0)) }
print(kinds)
