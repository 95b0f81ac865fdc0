// Recursive functions: factorial, Fibonacci with memoization, Towers of Hanoi, permutations.
func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}

print((0...10).map(factorial))

var memo: [Int: Int] = [:]

func fibonacci(_ n: Int) -> Int {
    if n < 2 { return n }
    if let known = memo[n] { return known }
    let value = fibonacci(n - 1) + fibonacci(n - 2)
    memo[n] = value
    return value
}

print(fibonacci(50))

print(memo.count)

func hanoi(_ disks: Int, from source: String, to target: String, via spare: String, moves: inout [String]) {
    guard disks > 0 else { return }
    hanoi(disks - 1, from: source, to: spare, via: target, moves: &moves)
    moves.append("\(source)->\(target)")
    hanoi(disks - 1, from: spare, to: target, via: source, moves: &moves)
}

var moves: [String] = []
hanoi(3, from: "A", to: "C", via: "B", moves: &moves)
print(moves.count, moves.joined(separator: " "))

func permutations<T>(_ items: [T]) -> [[T]] {
    guard items.count > 1 else { return [items] }
    return items.indices.flatMap { index -> [[T]] in
        var rest = items
        let head = rest.remove(at: index)
        return permutations(rest).map { [head] + $0 }
    }
}

print(permutations(["a", "b", "c"]).map { $0.joined() })
