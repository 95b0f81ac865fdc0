// Opaque and Boxed Types: shapes built with some Shape return types, generic wrappers, any Shape arrays and opening existentials.
protocol Shape {
    func draw() -> String
}

struct Triangle: Shape {
    var size: Int
    func draw() -> String {
        var result: [String] = []
        for length in 1...size {
            result.append(String(repeating: "*", count: length))
        }
        return result.joined(separator: "\n")
    }
}

struct Square: Shape {
    var size: Int
    func draw() -> String {
        let line = String(repeating: "*", count: size)
        let result = Array(repeating: line, count: size)
        return result.joined(separator: "\n")
    }
}

struct FlippedShape<T: Shape>: Shape {
    var shape: T
    func draw() -> String {
        let lines = shape.draw().split(separator: "\n")
        return lines.reversed().joined(separator: "\n")
    }
}

struct JoinedShape<T: Shape, U: Shape>: Shape {
    var top: T
    var bottom: U
    func draw() -> String { top.draw() + "\n" + bottom.draw() }
}

func makeTrapezoid() -> some Shape {
    let top = Triangle(size: 2)
    let middle = Square(size: 2)
    let bottom = FlippedShape(shape: top)
    return JoinedShape(top: top, bottom: JoinedShape(top: middle, bottom: bottom))
}
print(makeTrapezoid().draw())

func flip<T: Shape>(_ shape: T) -> some Shape { FlippedShape(shape: shape) }
func join<T: Shape, U: Shape>(_ top: T, _ bottom: U) -> some Shape { JoinedShape(top: top, bottom: bottom) }
let opaqueJoinedTriangles = join(Triangle(size: 3), flip(Triangle(size: 3)))
print(opaqueJoinedTriangles.draw())

struct VerticalShapes: Shape {
    var shapes: [any Shape]
    func draw() -> String { shapes.map { $0.draw() }.joined(separator: "\n\n") }
}
let vertical = VerticalShapes(shapes: [Triangle(size: 2), Square(size: 2)])
print(vertical.draw())

func lineCount(_ shape: some Shape) -> Int {
    shape.draw().split(separator: "\n").count
}
let boxed: [any Shape] = [Triangle(size: 4), Square(size: 3), makeTrapezoid()]
print(boxed.map { lineCount($0) })
print(boxed.map { String(describing: type(of: $0)).prefix(8) })

protocol Container {
    associatedtype Item
    var count: Int { get }
    subscript(i: Int) -> Item { get }
}
extension Array: Container {}
func makeOpaqueContainer<T>(item: T) -> some Container { [item] }
let opaqueContainer = makeOpaqueContainer(item: 12)
let twelve = opaqueContainer[0]
print(type(of: twelve), twelve, opaqueContainer.count)

func evens(upTo n: Int) -> some Sequence<Int> { stride(from: 0, through: n, by: 2) }
print(Array(evens(upTo: 9)), evens(upTo: 4).reduce(0, +))
let anySequence: any Sequence<Int> = [5, 6]
print(anySequence.map { $0 * 2 })
