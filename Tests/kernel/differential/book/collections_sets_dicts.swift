// Collection Types: sets and their operations, dictionaries with updateValue/removeValue, sorted iteration.
var letters = Set<Character>()
letters.insert("a")
print(letters.count)
letters = []

var favoriteGenres: Set<String> = ["Rock", "Classical", "Hip hop"]
print(favoriteGenres.count)
if let removedGenre = favoriteGenres.remove("Rock") {
    print("\(removedGenre)? I'm over it.")
}
print(favoriteGenres.contains("Funk"))
favoriteGenres.insert("Jazz")
for genre in favoriteGenres.sorted() {
    print(genre)
}

let oddDigits: Set = [1, 3, 5, 7, 9]
let evenDigits: Set = [0, 2, 4, 6, 8]
let singleDigitPrimeNumbers: Set = [2, 3, 5, 7]
print(oddDigits.union(evenDigits).sorted())
print(oddDigits.intersection(evenDigits).sorted())
print(oddDigits.subtracting(singleDigitPrimeNumbers).sorted())
print(oddDigits.symmetricDifference(singleDigitPrimeNumbers).sorted())

let houseAnimals: Set = ["🐶", "🐱"]
let farmAnimals: Set = ["🐮", "🐔", "🐑", "🐶", "🐱"]
let cityAnimals: Set = ["🐦", "🐭"]
print(houseAnimals.isSubset(of: farmAnimals), farmAnimals.isSuperset(of: houseAnimals), farmAnimals.isDisjoint(with: cityAnimals))

var airports: [String: String] = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
print("The airports dictionary contains \(airports.count) items.")
airports["LHR"] = "London"
airports["LHR"] = "London Heathrow"
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
    print("The old value for DUB was \(oldValue).")
}
print(airports["APL"] ?? "not in the dictionary")
airports["APL"] = "Apple International"
airports["APL"] = nil
if let removedValue = airports.removeValue(forKey: "DUB") {
    print("The removed airport's name is \(removedValue).")
}
for (code, name) in airports.sorted(by: { $0.key < $1.key }) {
    print("\(code): \(name)")
}
let airportCodes = [String](airports.keys).sorted()
print(airportCodes)

let text = "the quick brown fox jumps over the lazy dog the end"
var wordCounts: [String: Int] = [:]
for w in text.split(separator: " ") {
    wordCounts[String(w), default: 0] += 1
}
print(wordCounts.filter { $0.value > 1 }.map { "\($0.key)=\($0.value)" }.sorted())
let byLength = Dictionary(grouping: text.split(separator: " ").map(String.init), by: { $0.count })
for key in byLength.keys.sorted() {
    print(key, Set(byLength[key]!).sorted())
}
print(Dictionary(uniqueKeysWithValues: zip("abc", 1...3)).mapValues { $0 * 2 }.sorted { $0.key < $1.key }.map { "\($0.key)\($0.value)" })
