// Custom Hashable and Equatable: values that compare by some of their properties only.
struct Student: Hashable {
    let id: Int
    var name: String
    var grade: Int

    static func == (lhs: Student, rhs: Student) -> Bool {
        lhs.id == rhs.id
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}

let alice = Student(id: 1, name: "Alice", grade: 90)
let aliceRenamed = Student(id: 1, name: "Alicia", grade: 95)
let bob = Student(id: 2, name: "Bob", grade: 80)

print(alice == aliceRenamed, alice == bob)

let roster: Set<Student> = [alice, bob, aliceRenamed]
print(roster.count)

var grades: [Student: [Int]] = [:]
grades[alice, default: []].append(90)
grades[aliceRenamed, default: []].append(95)
grades[bob, default: []].append(80)
print(grades.count, grades[alice]!)

print(roster.map(\.id).sorted())

struct GridPoint: Hashable {
    var x: Int
    var y: Int
}

var visited: Set<GridPoint> = []
var position = GridPoint(x: 0, y: 0)
for step in "RRUULDDR" {
    switch step {
    case "R": position.x += 1
    case "L": position.x -= 1
    case "U": position.y += 1
    default: position.y -= 1
    }
    visited.insert(position)
}
print(visited.count, visited.contains(GridPoint(x: 2, y: 2)))
