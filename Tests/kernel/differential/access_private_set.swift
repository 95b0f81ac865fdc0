// Setters narrower than getters: private(set) and fileprivate(set), on members and at file scope.
struct TrackedString {
    private(set) var numberOfEdits = 0
    var value: String = "" {
        didSet {
            numberOfEdits += 1
        }
    }
}

public struct Inventory {
    public fileprivate(set) var items: [String] = []
    public private(set) var capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    public mutating func add(_ item: String) -> Bool {
        guard items.count < capacity else { return false }
        items.append(item)
        return true
    }
}

private(set) var launchCount = 0

func launch() {
    launchCount += 1
}

var stringToEdit = TrackedString()
stringToEdit.value = "This string will be tracked."
stringToEdit.value += " This edit will increment numberOfEdits."
stringToEdit.value += " So will this one."
print("The number of edits is \(stringToEdit.numberOfEdits)")

var bag = Inventory(capacity: 2)
print(bag.add("map"), bag.add("torch"), bag.add("rope"))
print(bag.items, bag.capacity)

bag.items.removeAll()
print(bag.items.isEmpty)

launch()
launch()
print(launchCount)
