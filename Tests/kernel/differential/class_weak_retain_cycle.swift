// A tree whose nodes hold their children strongly and their parent weakly, so no cycle leaks.
class TreeNode {
    let name: String
    private(set) var children: [TreeNode] = []
    weak var parent: TreeNode?

    init(name: String) {
        self.name = name
    }

    func add(_ child: TreeNode) {
        children.append(child)
        child.parent = self
    }

    var path: String {
        (parent.map { $0.path + "/" } ?? "") + name
    }

    deinit {
        print("\(name) is being deinitialized")
    }
}

var root: TreeNode? = TreeNode(name: "root")
let documents = TreeNode(name: "documents")
root!.add(documents)
documents.add(TreeNode(name: "notes.txt"))

print(documents.children[0].path)

print(documents.parent?.name ?? "no parent")

root = nil
print("parent after root = nil: \(documents.parent?.name ?? "no parent")")

print(documents.children[0].path)

class Timer {
    let label: String
    var onTick: (() -> Void)?
    init(label: String) { self.label = label }
    func start() {
        onTick = { [weak self] in
            print("tick from \(self?.label ?? "a released timer")")
        }
    }
    deinit { print("timer \(label) released") }
}

var timer: Timer? = Timer(label: "t1")
timer!.start()
let tick = timer!.onTick!
tick()

timer = nil
tick()
