// A top-level guard binds names for the rest of the file: later cells see them too.
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
