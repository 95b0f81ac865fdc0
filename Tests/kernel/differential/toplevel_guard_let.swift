// known gap: a top-level guard binds names for the rest of the file; in a notebook the rest
// of the file is later cells.
let arguments = ["tool", "--count", "3"]

guard let flagIndex = arguments.firstIndex(of: "--count"), flagIndex + 1 < arguments.count else {
    fatalError("usage: tool --count N")
}

guard let count = Int(arguments[flagIndex + 1]) else {
    fatalError("not a number")
}

for i in 1...count {
    print("round \(i)")
}

print("flag at \(flagIndex)")
