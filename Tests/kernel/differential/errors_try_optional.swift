// try? and try!, rethrowing functions, and errors with their own description.
struct ParseError: Error, CustomStringConvertible {
    let line: Int
    let message: String
    var description: String { "line \(line): \(message)" }
}

func parseAge(_ text: String, line: Int) throws -> Int {
    guard let value = Int(text) else {
        throw ParseError(line: line, message: "'\(text)' is not a number")
    }
    guard (0...150).contains(value) else {
        throw ParseError(line: line, message: "\(value) is out of range")
    }
    return value
}

let lines = ["42", "abc", "7", "200"]

let ages = lines.enumerated().compactMap { try? parseAge($1, line: $0 + 1) }
print(ages)

let certain = try! parseAge("30", line: 0)
print(certain)

func applyAll(_ values: [String], _ transform: (String) throws -> Int) rethrows -> [Int] {
    try values.map(transform)
}

print(applyAll(["a", "bb"]) { $0.count })

do {
    let parsed = try applyAll(lines) { try parseAge($0, line: 9) }
    print(parsed)
} catch let error as ParseError {
    print("failed at \(error)")
}

if let age = try? parseAge("12", line: 1), age < 18 {
    print("minor")
}
