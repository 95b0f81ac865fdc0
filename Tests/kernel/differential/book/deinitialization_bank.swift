// Deinitialization: a bank of coins, players that return their coins when deinitialized, deinit order in scopes.
class Bank {
    static var coinsInBank = 10_000
    static func distribute(coins numberOfCoinsRequested: Int) -> Int {
        let numberOfCoinsToVend = min(numberOfCoinsRequested, coinsInBank)
        coinsInBank -= numberOfCoinsToVend
        return numberOfCoinsToVend
    }
    static func receive(coins: Int) {
        coinsInBank += coins
    }
}

class Player {
    var coinsInPurse: Int
    let name: String
    init(name: String, coins: Int) {
        self.name = name
        coinsInPurse = Bank.distribute(coins: coins)
    }
    func win(coins: Int) {
        coinsInPurse += Bank.distribute(coins: coins)
    }
    deinit {
        print("\(name) leaves, returning \(coinsInPurse) coins")
        Bank.receive(coins: coinsInPurse)
    }
}

var playerOne: Player? = Player(name: "One", coins: 100)
print("A new player has joined the game with \(playerOne!.coinsInPurse) coins")
print("There are now \(Bank.coinsInBank) coins left in the bank")
playerOne!.win(coins: 2_000)
print("PlayerOne won 2000 coins & now has \(playerOne!.coinsInPurse) coins")
print("The bank now only has \(Bank.coinsInBank) coins left")
playerOne = nil
print("The bank now has \(Bank.coinsInBank) coins")

func playRound() {
    let a = Player(name: "Alpha", coins: 50)
    do {
        let b = Player(name: "Beta", coins: 9_000)
        print("in round: bank has \(Bank.coinsInBank), Beta has \(b.coinsInPurse)")
    }
    print("after inner scope: bank has \(Bank.coinsInBank), Alpha has \(a.coinsInPurse)")
}
playRound()
print("after round: bank has \(Bank.coinsInBank)")

class Tracked {
    let id: Int
    init(_ id: Int) { self.id = id }
    deinit { print("deinit \(id)") }
}
var table: [Tracked] = (1...3).map(Tracked.init)
table.remove(at: 1)
print("removed the middle one")
table = []
print("cleared table")
var holder: Tracked? = Tracked(9)
let alias = holder
holder = nil
print("alias still holds \(alias!.id)")
