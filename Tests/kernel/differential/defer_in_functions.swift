// defer runs when the enclosing scope exits, in reverse order, however it exits.
func trace(_ name: String) -> String {
    print("enter \(name)")
    defer { print("leave \(name)") }
    defer { print("cleanup \(name)") }
    print("work in \(name)")
    return name.uppercased()
}

print(trace("first"))

enum FileError: Error {
    case locked
}

func process(locked: Bool) throws -> Int {
    var steps = 0
    defer { print("processed \(steps) steps") }
    steps += 1
    if locked {
        throw FileError.locked
    }
    steps += 1
    return steps
}

print(try process(locked: false))

do {
    _ = try process(locked: true)
} catch {
    print("caught \(error)")
}

func loop() {
    for i in 1...3 {
        defer { print("end of iteration \(i)") }
        if i == 2 { continue }
        print("iteration \(i)")
    }
}
loop()
