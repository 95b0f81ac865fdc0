// known gap: mutually recursive top-level functions cannot be split into cells; the first
// function's cell would have to call a function that only a later cell declares.
func isEven(_ n: Int) -> Bool {
    n == 0 ? true : isOdd(n - 1)
}

func isOdd(_ n: Int) -> Bool {
    n == 0 ? false : isEven(n - 1)
}

print(isEven(10), isOdd(7))

print((0..<6).filter(isEven))
