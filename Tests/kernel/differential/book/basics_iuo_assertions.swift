// The Basics: implicitly unwrapped optionals, numeric literals and conversions, typealias, assertions that pass.
let possibleString: String? = "An optional string."
let forcedString: String = possibleString!

let assumedString: String! = "An implicitly unwrapped optional string."
let implicitString: String = assumedString
let optionalString = assumedString
print(forcedString)
print(implicitString)
print(type(of: optionalString))
if let definiteString = assumedString {
    print(definiteString.count)
}

let decimalInteger = 17
let binaryInteger = 0b10001
let octalInteger = 0o21
let hexadecimalInteger = 0x11
print(decimalInteger == binaryInteger, octalInteger == hexadecimalInteger)
print(1.25e2, 1.25e-2, 0xFp2, 0xC.3p0)
print(1_000_000, 000123.456)

let twoThousand: UInt16 = 2_000
let one: UInt8 = 1
let twoThousandAndOne = twoThousand + UInt16(one)
print(twoThousandAndOne)

let three = 3
let pointOneFourOneFiveNine = 0.14159
let pi = Double(three) + pointOneFourOneFiveNine
print(pi, Int(pi), Int(-3.9))

typealias AudioSample = UInt16
var maxAmplitudeFound = AudioSample.min
print(maxAmplitudeFound, AudioSample.max, UInt8.max, Int8.min)
maxAmplitudeFound = 400
print(maxAmplitudeFound)

let age = 3
assert(age >= 0, "A person's age can't be less than zero.")
precondition(age < 150, "Too old")
print("assertions passed for age \(age)")

let orangesAreOrange = true
let turnipsAreDelicious = false
if turnipsAreDelicious {
    print("Mmm, tasty turnips!")
} else {
    print("Eww, turnips are horrible.", orangesAreOrange)
}

let 🐶🐮 = "dogcow"
let π = 3.14159
print(🐶🐮, π)
var friendlyWelcome = "Hello!"
friendlyWelcome = "Bonjour!"
print(friendlyWelcome, terminator: "")
print(" - and", separator: "*")
