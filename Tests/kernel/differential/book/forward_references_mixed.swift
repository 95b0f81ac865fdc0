// Declarations used before the item that declares them, as a script allows: functions calling later functions, types referring to each other.
func describeTree(_ tree: Tree) -> String {
    "tree with \(countNodes(tree.root)) nodes and depth \(depth(of: tree.root))"
}

func countNodes(_ node: Node?) -> Int {
    guard let node else { return 0 }
    return 1 + node.children.map { countNodes($0) }.reduce(0, +)
}

func depth(of node: Node?) -> Int {
    guard let node else { return 0 }
    return 1 + (node.children.map { depth(of: $0) }.max() ?? 0)
}

class Tree {
    var root: Node?
    init(root: Node?) {
        self.root = root
        root?.tree = self
    }
    func labels() -> [String] {
        var result: [String] = []
        root?.collect(into: &result)
        return result
    }
}

class Node {
    let label: String
    var children: [Node] = []
    weak var tree: Tree?
    init(_ label: String, _ children: [Node] = []) {
        self.label = label
        self.children = children
    }
    func collect(into result: inout [String]) {
        result.append(label)
        for child in children { child.collect(into: &result) }
    }
}

let tree = Tree(root: Node("a", [Node("b", [Node("d")]), Node("c")]))
print(describeTree(tree))
print(tree.labels())
print(tree.root?.tree === tree)

func ping(_ n: Int) -> [String] {
    n == 0 ? ["done"] : ["ping \(n)"] + pong(n - 1)
}

func pong(_ n: Int) -> [String] {
    n == 0 ? ["done"] : ["pong \(n)"] + ping(n - 1)
}

print(ping(3).joined(separator: ", "))

struct Team {
    var name: String
    var members: [Member]
    func roster() -> String { members.map { $0.badge(in: self) }.joined(separator: " ") }
}

struct Member {
    var name: String
    func badge(in team: Team) -> String { "\(team.name):\(name)" }
}

let team = Team(name: "core", members: [Member(name: "ann"), Member(name: "raj")])
print(team.roster())

enum Expr {
    case value(Int)
    indirect case pair(Expr, Op, Expr)
}

enum Op: String {
    case plus = "+", times = "*"
    func apply(_ a: Int, _ b: Int) -> Int { self == .plus ? a + b : a * b }
}

func eval(_ e: Expr) -> Int {
    switch e {
    case .value(let v): return v
    case let .pair(l, op, r): return op.apply(eval(l), eval(r))
    }
}
print(eval(.pair(.value(3), .times, .pair(.value(4), .plus, .value(5)))))
