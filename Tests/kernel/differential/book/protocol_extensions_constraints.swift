// Protocols: protocol extensions with default implementations, constrained extensions, and dispatch of requirements vs extension methods.
protocol Greeter {
    var name: String { get }
    func greet() -> String
}
extension Greeter {
    func greet() -> String { "Hello, \(name)" }
    func shout() -> String { greet().uppercased() + "!" }
    func whoAmI() -> String { "a greeter" }
}

struct Plain: Greeter {
    var name: String
}
struct Fancy: Greeter {
    var name: String
    func greet() -> String { "Salutations, \(name)" }
    func whoAmI() -> String { "a fancy greeter" }
}

let greeters: [Greeter] = [Plain(name: "Ann"), Fancy(name: "Bo")]
for g in greeters {
    print(g.greet(), "|", g.shout(), "|", g.whoAmI())
}
print(Fancy(name: "Cy").whoAmI())

extension Collection where Element: Equatable {
    func allEqual() -> Bool {
        for element in self where element != self.first {
            return false
        }
        return true
    }
}
print([100, 100, 100].allEqual(), [100, 100, 200].allEqual(), "aaa".allEqual(), [Int]().allEqual())

extension Sequence where Element: Numeric {
    func sum() -> Element { reduce(0, +) }
}
extension Sequence where Element == String {
    func shortest() -> String? { self.min { $0.count < $1.count } }
}
print([1, 2, 3, 4].sum(), [1.5, 2.5].sum(), ["pear", "fig", "banana"].shortest() ?? "")

protocol Shape {
    var area: Double { get }
}
extension Shape {
    var isLarge: Bool { area > 50 }
}
extension Shape where Self: CustomStringConvertible {
    func report() -> String { "\(description) with area \(area)" }
}
struct Square: Shape, CustomStringConvertible {
    var side: Double
    var area: Double { side * side }
    var description: String { "square \(side)" }
}
print(Square(side: 8).report(), Square(side: 8).isLarge, Square(side: 2).isLarge)

extension Array where Element: Shape {
    var totalArea: Double { map(\.area).reduce(0, +) }
}
print([Square(side: 1), Square(side: 3)].totalArea)

protocol Container {
    associatedtype Item
    var items: [Item] { get }
}
extension Container where Item: Comparable {
    var largest: Item? { items.max() }
}
extension Container where Item == String {
    var joined: String { items.joined(separator: "+") }
}
struct Box<T>: Container { var items: [T] }
print(Box(items: [3, 9, 2]).largest ?? 0, Box(items: ["x", "y"]).joined, Box(items: ["b", "a"]).largest ?? "")
