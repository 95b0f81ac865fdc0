// A custom Sequence and IteratorProtocol, used with for-in and the standard algorithms.
struct CountdownIterator: IteratorProtocol {
    var current: Int

    mutating func next() -> Int? {
        guard current >= 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}

struct Countdown: Sequence {
    let start: Int

    func makeIterator() -> CountdownIterator {
        CountdownIterator(current: start)
    }
}

for value in Countdown(start: 3) {
    print(value, terminator: " ")
}
print("liftoff")

print(Countdown(start: 5).map { $0 * $0 })

print(Countdown(start: 10).filter { $0 % 3 == 0 }, Countdown(start: 4).reduce(0, +))

struct Collatz: Sequence, IteratorProtocol {
    var value: Int
    mutating func next() -> Int? {
        guard value != 1 else { return nil }
        value = value % 2 == 0 ? value / 2 : 3 * value + 1
        return value
    }
}

print(Array(Collatz(value: 6)))

print(Collatz(value: 27).count(where: { $0 > 1000 }) > 0, Array(Collatz(value: 27)).count)

let lazyEvens = (1...).lazy.map { $0 * 2 }.filter { $0 % 3 == 0 }
print(Array(lazyEvens.prefix(4)))
