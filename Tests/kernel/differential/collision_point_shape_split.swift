// Geometry and a train/test split with names that the kernel's libraries also define.
import Foundation

struct Point: Equatable {
    var x: Double
    var y: Double
}

struct Shape {
    var name: String
    var vertices: [Point]

    var perimeter: Double {
        guard vertices.count > 1 else { return 0 }
        var total = 0.0
        for (a, b) in zip(vertices, vertices.dropFirst() + [vertices[0]]) {
            total += ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
        }
        return total
    }
}

enum Split: String, CaseIterable {
    case train, test
}

let shape = Shape(name: "right triangle", vertices: [Point(x: 0, y: 0), Point(x: 3, y: 0), Point(x: 3, y: 4)])
print(shape.name, shape.perimeter)

print(shape.vertices.count, shape.vertices[1] == Point(x: 3, y: 0))

let samples = Array(1...10)
var split: [Split: [Int]] = [:]
for sample in samples {
    split[sample % 5 == 0 ? .test : .train, default: []].append(sample)
}
for part in Split.allCases {
    print(part.rawValue, split[part] ?? [])
}

let size = (rows: 2, columns: 3)
let label = "\(size.rows)x\(size.columns)"
print(label)
