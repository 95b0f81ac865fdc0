// Dictionaries and sets: counting, grouping, set algebra; printed in sorted order.
let words = "the quick brown fox jumps over the lazy dog the end".split(separator: " ").map(String.init)

var frequencies: [String: Int] = [:]
for word in words {
    frequencies[word, default: 0] += 1
}
print(frequencies.count)

for (word, count) in frequencies.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(3) {
    print(word, count)
}

let byFirstLetter = Dictionary(grouping: Set(words), by: { $0.first! })
for letter in byFirstLetter.keys.sorted() {
    print(letter, byFirstLetter[letter]!.sorted())
}

let oddDigits: Set = [1, 3, 5, 7, 9]
let evenDigits: Set = [0, 2, 4, 6, 8]
let singleDigitPrimeNumbers: Set = [2, 3, 5, 7]

print(oddDigits.union(evenDigits).sorted())
print(oddDigits.intersection(singleDigitPrimeNumbers).sorted())
print(oddDigits.subtracting(singleDigitPrimeNumbers).sorted())
print(oddDigits.symmetricDifference(singleDigitPrimeNumbers).sorted())

var airports = ["YYZ": "Toronto Pearson", "DUB": "Dublin"]
if let oldValue = airports.updateValue("Dublin Airport", forKey: "DUB") {
    print("The old value for DUB was \(oldValue).")
}
airports["LHR"] = "London"
airports["YYZ"] = nil
print(airports.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" })
