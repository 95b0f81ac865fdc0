// The delegate pattern: a game reports its progress to a weakly held, class-only delegate.
protocol DiceGame {
    var name: String { get }
    func play()
}

protocol DiceGameDelegate: AnyObject {
    func gameDidStart(_ game: DiceGame)
    func game(_ game: DiceGame, didRoll roll: Int)
    func gameDidEnd(_ game: DiceGame)
}

struct LoadedDice {
    var rolls = [3, 5, 2, 6, 4, 1]
    var index = 0
    mutating func roll() -> Int {
        defer { index = (index + 1) % rolls.count }
        return rolls[index]
    }
}

class SnakesAndLadders: DiceGame {
    let name = "Snakes and Ladders"
    let finalSquare = 25
    var dice = LoadedDice()
    var square = 0
    var board: [Int]
    weak var delegate: DiceGameDelegate?
    init() {
        board = Array(repeating: 0, count: finalSquare + 1)
        board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
        board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08
    }
    func play() {
        square = 0
        delegate?.gameDidStart(self)
        while square != finalSquare {
            let diceRoll = dice.roll()
            delegate?.game(self, didRoll: diceRoll)
            switch square + diceRoll {
            case finalSquare: square = finalSquare
            case let newSquare where newSquare > finalSquare: continue
            default:
                square += diceRoll
                square += board[square]
            }
        }
        delegate?.gameDidEnd(self)
    }
}

class DiceGameTracker: DiceGameDelegate {
    var numberOfTurns = 0
    func gameDidStart(_ game: DiceGame) {
        numberOfTurns = 0
        print("Started a new game of \(game.name)")
    }
    func game(_ game: DiceGame, didRoll roll: Int) {
        numberOfTurns += 1
        print("Rolled a \(roll)")
    }
    func gameDidEnd(_ game: DiceGame) {
        print("The game lasted for \(numberOfTurns) turns")
    }
}

let tracker = DiceGameTracker()
let game = SnakesAndLadders()
game.delegate = tracker
game.play()
