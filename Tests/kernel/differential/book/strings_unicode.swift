// Strings and Characters: unicode scalars, extended grapheme clusters, counting and the UTF views.
let wiseWords = "\"Imagination is more important than knowledge\" - Einstein"
print(wiseWords)
let dollarSign = "\u{24}"
let blackHeart = "\u{2665}"
let sparklingHeart = "\u{1F496}"
print(dollarSign, blackHeart, sparklingHeart)

let eAcute: Character = "\u{E9}"
let combinedEAcute: Character = "\u{65}\u{301}"
print(eAcute == combinedEAcute)

let precomposed: Character = "\u{D55C}"
let decomposed: Character = "\u{1112}\u{1161}\u{11AB}"
print(precomposed, decomposed, precomposed == decomposed)

let regionalIndicatorForUS: Character = "\u{1F1FA}\u{1F1F8}"
print(regionalIndicatorForUS)

var word = "cafe"
print("the number of characters in \(word) is \(word.count)")
word += "\u{301}"
print("the number of characters in \(word) is \(word.count)")
print(word.unicodeScalars.count, word.utf8.count, word.utf16.count)

let dogString = "Dog‼🐶"
print(dogString.utf8.map { String($0) }.joined(separator: " "))
print(dogString.utf16.map { String($0) }.joined(separator: " "))
for scalar in dogString.unicodeScalars {
    print(scalar.value, scalar)
}

let latinCapitalLetterA: Character = "\u{41}"
let cyrillicCapitalLetterA: Character = "\u{0410}"
print(latinCapitalLetterA == cyrillicCapitalLetterA)

var characters: [Character] = ["C", "a", "t", "!", "🐱"]
let catString = String(characters)
print(catString, catString.count)
characters.removeLast()
print(String(characters.reversed()))

let multiline = """
First line \
continues here
Second line
"""
print(multiline.split(separator: "\n").count)
print(#"Raw string with \n and "quotes" and \#(1 + 2)"#)

let scalarsFromCodes = [72, 105, 33].compactMap(Unicode.Scalar.init).map(Character.init)
print(String(scalarsFromCodes))
print("ABC".lowercased(), "straße".uppercased())
