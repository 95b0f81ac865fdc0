// A seeded linear congruential generator with seed and shuffle functions (also names the kernel preloads).
struct RandomState: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }
}

var globalState = RandomState(seed: 1)

func seed(_ value: UInt64) {
    globalState = RandomState(seed: value)
}

func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
        let j = Int(globalState.next() % UInt64(i + 1))
        array.swapAt(i, j)
    }
}

seed(42)
var deck = Array(1...10)
shuffle(&deck)
print(deck)

seed(42)
var again = Array(1...10)
shuffle(&again)
print(again == deck)

var draws: [UInt64] = []
for _ in 0..<5 {
    draws.append(globalState.next() % 100)
}
print(draws)

var local = RandomState(seed: 7)
print((0..<3).map { _ in local.next() % 6 + 1 })
