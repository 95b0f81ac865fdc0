// Collection Types: creating, combining, accessing and modifying arrays; iterating with enumerated.
var someInts: [Int] = []
print("someInts is of type [Int] with \(someInts.count) items.")
someInts.append(3)
someInts = []
print(someInts.isEmpty)

let threeDoubles = Array(repeating: 0.0, count: 3)
let anotherThreeDoubles = Array(repeating: 2.5, count: 3)
let sixDoubles = threeDoubles + anotherThreeDoubles
print(sixDoubles)

var shoppingList = ["Eggs", "Milk"]
shoppingList.append("Flour")
shoppingList += ["Baking Powder"]
shoppingList += ["Chocolate Spread", "Cheese", "Butter"]
print("The shopping list contains \(shoppingList.count) items.")
print(shoppingList[0])
shoppingList[0] = "Six eggs"
shoppingList[4...6] = ["Bananas", "Apples"]
print(shoppingList)
shoppingList.insert("Maple Syrup", at: 0)
let mapleSyrup = shoppingList.remove(at: 0)
print(mapleSyrup, shoppingList.first!)
let apples = shoppingList.removeLast()
print(apples, shoppingList.count)

for (index, value) in shoppingList.enumerated() {
    print("Item \(index + 1): \(value)")
}

var grid = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 2)
grid[1][2] = 7
grid[0][0] = 1
print(grid)

extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

var numbers = [5, 2, 8, 1, 9, 3]
numbers.sort()
print(numbers, numbers.contains(8), numbers.firstIndex(of: 9)!)
numbers.removeAll { $0 % 2 == 0 }
print(numbers)
numbers.swapAt(0, numbers.count - 1)
print(numbers, numbers.min()!, numbers.max()!)
print(numbers.chunked(2))

let zipped = zip(["a", "b", "c"], [1, 2, 3]).map { "\($0)\($1)" }
print(zipped, Array(zipped.reversed()))
print([3, 1, 2].sorted(by: >), [[1, 2], [3], []].joined().map { $0 * 10 })
