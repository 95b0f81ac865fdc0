// Conformances added in later cells: Equatable and Hashable synthesized for a struct and an enum.
struct Vector3D {
    var x = 0.0, y = 0.0, z = 0.0
}

enum Direction {
    case up, down
}

extension Vector3D: Equatable {}

extension Direction: Hashable {}

let twoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
let anotherTwoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
if twoThreeFour == anotherTwoThreeFour {
    print("These two vectors are also equivalent.")
}

print(twoThreeFour != Vector3D())

let moves: Set<Direction> = [.up, .down, .up]
print(moves.count)

extension Vector3D: Hashable {}

let points: Set<Vector3D> = [twoThreeFour, anotherTwoThreeFour, Vector3D()]
print(points.count)

print([Vector3D(), twoThreeFour].firstIndex(of: anotherTwoThreeFour) ?? -1)
