// An enum with associated values made Equatable (and Hashable) in later extensions: == and hash(into:) synthesized there.
enum Shape {
    case circle(radius: Int)
    case rectangle(width: Int, height: Int)
    case point
}

enum Token {
    case number(Int)
    case word(String)
    case pair(Int, String)
}

extension Shape: Equatable {}

let a = Shape.circle(radius: 2)
let b = Shape.circle(radius: 2)
let c = Shape.rectangle(width: 2, height: 3)
print(a == b, a == c, c != .point, Shape.point == .point)
print([a, c, .point].firstIndex(of: .point) ?? -1)
print([c, b].contains(a))

extension Token: Hashable {}

let tokens: [Token] = [.number(1), .word("hi"), .number(1), .pair(2, "x"), .word("hi"), .pair(2, "y")]
print(Set(tokens).count)
var counts: [Token: Int] = [:]
for t in tokens { counts[t, default: 0] += 1 }
print(counts[.number(1)]!, counts[.word("hi")]!, counts[.pair(2, "y")]!, counts[.word("bye")] ?? 0)
print(tokens.firstIndex(of: .pair(2, "x"))!)

extension Shape: Hashable {}

let shapes: Set<Shape> = [a, b, c, .point, .rectangle(width: 3, height: 2)]
print(shapes.count, shapes.contains(.rectangle(width: 2, height: 3)))

func area(_ s: Shape) -> Int {
    switch s {
    case .circle(let r): return 3 * r * r
    case .rectangle(let w, let h): return w * h
    case .point: return 0
    }
}
print(shapes.map(area).sorted())
