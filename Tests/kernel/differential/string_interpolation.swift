// String interpolation, multi-line strings, and a custom interpolation added in an extension.
let multiplier = 3
let message = "\(multiplier) times 2.5 is \(Double(multiplier) * 2.5)"
print(message)

let quotation = """
    The White Rabbit put on his spectacles.
        "Where shall I begin, please your Majesty?" he asked.
    "Begin at the beginning," the King said gravely.
    """
print(quotation)

print(#"Write an interpolated string in Swift using \(multiplier)."#)

print(#"6 times 7 is \#(6 * 7)."#)

extension DefaultStringInterpolation {
    mutating func appendInterpolation(padded value: Int, width: Int) {
        let text = String(value)
        appendLiteral(String(repeating: " ", count: max(0, width - text.count)) + text)
    }

    mutating func appendInterpolation(yesNo value: Bool) {
        appendLiteral(value ? "yes" : "no")
    }
}

for n in [7, 42, 1234] {
    print("[\(padded: n, width: 5)]")
}

print("Ready: \(yesNo: multiplier > 2)")

let dogCow = "Dog‼🐮"
print(dogCow.count, dogCow.unicodeScalars.count, dogCow.utf8.count)
