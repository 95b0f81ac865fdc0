// Control Flow: a board game loop with a labeled while, break and continue out of a switch, and nested labeled loops.
let finalSquare = 25
var board = [Int](repeating: 0, count: finalSquare + 1)
board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08

let rolls = [3, 5, 1, 6, 2, 4, 6, 6, 1, 3, 5, 2, 4, 6]
var rollIndex = 0
func nextRoll() -> Int {
    defer { rollIndex = (rollIndex + 1) % rolls.count }
    return rolls[rollIndex]
}

var square = 0
var turns = 0
gameLoop: while square != finalSquare {
    let diceRoll = nextRoll()
    turns += 1
    switch square + diceRoll {
    case finalSquare:
        print("turn \(turns): rolled \(diceRoll), landed on the final square")
        break gameLoop
    case let newSquare where newSquare > finalSquare:
        print("turn \(turns): rolled \(diceRoll), too far")
        continue gameLoop
    default:
        square += diceRoll
        square += board[square]
        print("turn \(turns): rolled \(diceRoll), now on \(square)")
    }
}
print("Game over after \(turns) turns")

var found: (Int, Int)? = nil
outer: for i in 1...9 {
    inner: for j in 1...9 {
        if j > i { continue outer }
        if i * j == 42 {
            found = (i, j)
            break outer
        }
        if (i + j) % 7 == 0 { continue inner }
    }
}
print(found.map { "\($0.0) x \($0.1)" } ?? "none")

let puzzleInput = "great minds think alike"
var puzzleOutput = ""
let charactersToRemove: [Character] = ["a", "e", "i", "o", "u", " "]
for character in puzzleInput {
    if charactersToRemove.contains(character) {
        continue
    }
    puzzleOutput.append(character)
}
print(puzzleOutput)
