// Access Control: open, public, internal, fileprivate and private members; private(set); private members used by extensions in the same file.
open class SomeOpenClass {
    open var openProperty = "open"
    public var publicProperty = "public"
    var internalProperty = "internal"
    fileprivate var filePrivateProperty = "fileprivate"
    private var privateProperty = "private"
    public init() {}
    func describe() -> String {
        [openProperty, publicProperty, internalProperty, filePrivateProperty, privateProperty].joined(separator: " ")
    }
}
print(SomeOpenClass().describe())

fileprivate func helper(_ x: Int) -> Int { x * 3 }
private let secretFactor = 7

struct TrackedString {
    private(set) var numberOfEdits = 0
    var value: String = "" {
        didSet { numberOfEdits += 1 }
    }
}
var stringToEdit = TrackedString()
stringToEdit.value = "This string will be tracked."
stringToEdit.value += " This edit will increment numberOfEdits."
stringToEdit.value += " So will this one."
print("The number of edits is \(stringToEdit.numberOfEdits)")

public struct Counter {
    public private(set) var count = 0
    private var log: [String] = []
    public init() {}
    public mutating func increment() {
        count += 1
        record("increment")
    }
}

extension Counter {
    private mutating func record(_ event: String) {
        log.append("\(event) #\(count)")
    }
    var history: String { log.joined(separator: ", ") }
}

var counter = Counter()
counter.increment()
counter.increment()
print(counter.count, counter.history)

class Vault {
    private var contents: [String] = []
    fileprivate var auditTrail: [String] = []
    func deposit(_ item: String) {
        contents.append(item)
        auditTrail.append("deposit")
    }
}

extension Vault {
    var inventory: String { contents.sorted().joined(separator: ",") }
    func withdrawAll() -> Int {
        defer { contents.removeAll(); auditTrail.append("withdraw") }
        return contents.count
    }
}

let vault = Vault()
vault.deposit("gold")
vault.deposit("diamonds")
print(vault.inventory, vault.withdrawAll(), vault.auditTrail)
print(helper(secretFactor))

internal enum Mode { case light, dark }
private struct Theme {
    var mode: Mode
    fileprivate var accent = "blue"
}
fileprivate let theme = Theme(mode: .dark)
print(theme.mode, theme.accent)

public protocol Scorer { func score() -> Int }
struct FixedScorer: Scorer {
    private let points: Int
    init(points: Int) { self.points = points }
    func score() -> Int { points * secretFactor }
}
let scorers: [Scorer] = [FixedScorer(points: 1), FixedScorer(points: 3)]
print(scorers.map { $0.score() })
