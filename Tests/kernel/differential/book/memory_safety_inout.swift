// Memory Safety: in-out access that does not overlap, copying before a call to avoid conflicts, mutating methods and tuple elements of locals.
var stepSize = 1

func increment(_ number: inout Int) {
    number += stepSize
}

var copyOfStepSize = stepSize
increment(&copyOfStepSize)
stepSize = copyOfStepSize
print(stepSize)

func balance(_ x: inout Int, _ y: inout Int) {
    let sum = x + y
    x = sum / 2
    y = sum - x
}
var playerOneScore = 42
var playerTwoScore = 30
balance(&playerOneScore, &playerTwoScore)
print(playerOneScore, playerTwoScore)

struct Player {
    var name: String
    var health: Int
    var energy: Int
    static let maxHealth = 10
    mutating func restoreHealth() {
        health = Player.maxHealth
    }
}

extension Player {
    mutating func shareHealth(with teammate: inout Player) {
        balance(&teammate.health, &health)
    }
}

var oscar = Player(name: "Oscar", health: 10, energy: 10)
var maria = Player(name: "Maria", health: 5, energy: 10)
oscar.shareHealth(with: &maria)
print(oscar.health, maria.health)

func someFunction() {
    var local = Player(name: "Local", health: 10, energy: 6)
    balance(&local.health, &local.energy)
    print("local after balancing its own properties:", local.health, local.energy)
    var pair = (health: 3, energy: 9)
    balance(&pair.health, &pair.energy)
    print("tuple:", pair.health, pair.energy)
}
someFunction()

var numbers = [1, 2, 3, 4]
func addAll(_ source: [Int], into total: inout Int) {
    for n in source { total += n }
}
var total = 0
addAll(numbers, into: &total)
print(total)
numbers.withUnsafeMutableBufferPointer { buffer in
    buffer.swapAt(0, buffer.count - 1)
}
print(numbers)

var grid = [[1, 2], [3, 4]]
func double(_ row: inout [Int]) { row = row.map { $0 * 2 } }
double(&grid[0])
double(&grid[1])
print(grid)

maria.restoreHealth()
print(maria.health)
var snapshot = maria
snapshot.energy -= 4
print(maria.energy, snapshot.energy)
