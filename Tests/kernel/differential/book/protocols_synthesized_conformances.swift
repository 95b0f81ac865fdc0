// Protocols: synthesized Equatable, Hashable and Comparable; a struct whose Equatable is synthesized in a later extension.
struct Vector3D: Equatable {
    var x = 0.0, y = 0.0, z = 0.0
}
let twoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
let anotherTwoThreeFour = Vector3D(x: 2.0, y: 3.0, z: 4.0)
if twoThreeFour == anotherTwoThreeFour {
    print("These two vectors are also equivalent.")
}

enum SkillLevel: Comparable {
    case beginner
    case intermediate
    case expert(stars: Int)
}
var levels = [SkillLevel.intermediate, SkillLevel.beginner, SkillLevel.expert(stars: 5), SkillLevel.expert(stars: 3)]
for level in levels.sorted() {
    print(level)
}
print(SkillLevel.beginner < .intermediate, SkillLevel.expert(stars: 1) > .intermediate)
levels.removeAll { $0 == .beginner }
print(levels.count)

struct GridPoint: Hashable {
    var x: Int
    var y: Int
}
let visited: Set<GridPoint> = [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 2), GridPoint(x: 0, y: 0)]
print(visited.count, visited.contains(GridPoint(x: 1, y: 2)))
var heights: [GridPoint: Int] = [GridPoint(x: 3, y: 3): 10]
heights[GridPoint(x: 3, y: 3), default: 0] += 5
print(heights[GridPoint(x: 3, y: 3)]!)

struct Employee {
    var name: String
    var department: String
}

extension Employee: Equatable {}

let first = Employee(name: "Kim", department: "Sales")
let second = Employee(name: "Kim", department: "Sales")
let third = Employee(name: "Kim", department: "Legal")
print(first == second, first == third, first != third)
print([first, third].firstIndex(of: third)!)

extension Employee: Hashable {}

let staff: Set<Employee> = [first, second, third]
print(staff.count)

struct Version: Comparable {
    var major: Int, minor: Int
    static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
    }
}
let versions = [Version(major: 5, minor: 9), Version(major: 5, minor: 1), Version(major: 4, minor: 2)]
print(versions.sorted().map { "\($0.major).\($0.minor)" }, versions.max()!.minor)
print(Version(major: 1, minor: 0) == Version(major: 1, minor: 0), Version(major: 2, minor: 0) >= Version(major: 1, minor: 9))

enum Medal: String, CaseIterable, Comparable {
    case bronze, silver, gold
    static func < (a: Medal, b: Medal) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
print([Medal.gold, .bronze, .silver].sorted().map(\.rawValue), Medal.gold > .silver)
