// Error Handling: typed throws with throws(MyError), do throws(...) blocks, generic typed rethrowing, and Never-throwing closures.
enum ParseError: Error, Equatable {
    case empty
    case notANumber(String)
    case outOfRange(Int)
}

func parsePercent(_ text: String) throws(ParseError) -> Int {
    guard !text.isEmpty else { throw .empty }
    guard let value = Int(text) else { throw .notANumber(text) }
    guard (0...100).contains(value) else { throw .outOfRange(value) }
    return value
}

for input in ["42", "", "abc", "250", "100"] {
    do {
        let value = try parsePercent(input)
        print("parsed \(value)%")
    } catch {
        switch error {
        case .empty: print("empty input")
        case .notANumber(let text): print("'\(text)' is not a number")
        case .outOfRange(let value): print("\(value) is out of range")
        }
    }
}

func parseAll(_ inputs: [String]) throws(ParseError) -> [Int] {
    try inputs.map { (s: String) throws(ParseError) -> Int in try parsePercent(s) }
}
do {
    print(try parseAll(["1", "2", "3"]))
    print(try parseAll(["1", "x"]))
} catch {
    print("first failure:", error == .notANumber("x"))
}

let result = Result { () throws(ParseError) -> Int in try parsePercent("77") }
switch result {
case .success(let v): print("success", v)
case .failure(let e): print("failure", e)
}

func total(_ inputs: [String]) -> Result<Int, ParseError> {
    do throws(ParseError) {
        var sum = 0
        for s in inputs { sum += try parsePercent(s) }
        return .success(sum)
    } catch {
        return .failure(error)
    }
}
print(total(["10", "20", "30"]))
if case .failure(let e) = total(["10", "-5"]) { print(e) }

func neverFails() throws(Never) -> String { "no errors here" }
print(neverFails())

struct Validator<E: Error> {
    let check: (Int) throws(E) -> Void
    func validate(_ values: [Int]) throws(E) -> Int {
        for v in values { try check(v) }
        return values.count
    }
}
let nonNegative = Validator<ParseError> { v throws(ParseError) in
    if v < 0 { throw .outOfRange(v) }
}
do {
    print(try nonNegative.validate([1, 2, 3]))
    print(try nonNegative.validate([1, -7]))
} catch {
    print("validator:", error)
}
