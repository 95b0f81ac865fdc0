// Lazy stored properties are created on first use, once.
class DataImporter {
    var filename = "data.txt"
    init() {
        print("DataImporter created")
    }
}

class DataManager {
    lazy var importer = DataImporter()
    var data: [String] = []
    lazy var summary: String = {
        print("computing summary")
        return "\(data.count) items"
    }()
}

let manager = DataManager()
manager.data.append("Some data")
manager.data.append("Some more data")
print("no importer yet")

print(manager.importer.filename)

print(manager.importer.filename)

print(manager.summary)

manager.data.append("late data")
print(manager.summary)

struct Fibonacci {
    let count: Int
    lazy var numbers: [Int] = {
        var result = [0, 1]
        while result.count < count {
            result.append(result[result.count - 1] + result[result.count - 2])
        }
        return Array(result.prefix(count))
    }()
}

var fib = Fibonacci(count: 10)
print(fib.numbers)
