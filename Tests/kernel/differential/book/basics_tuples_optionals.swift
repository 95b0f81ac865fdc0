// The Basics: tuples, decomposition, optionals, optional binding with several conditions and shorthand.
let http404Error = (404, "Not Found")
let (statusCode, statusMessage) = http404Error
print("The status code is \(statusCode), message \(statusMessage)")

let (justTheStatusCode, _) = http404Error
print(justTheStatusCode, http404Error.0, http404Error.1)

let http200Status = (statusCode: 200, description: "OK")
print(http200Status.statusCode, http200Status.description)

let possibleNumber = "123"
let convertedNumber = Int(possibleNumber)
print(convertedNumber as Any)
print(Int("twelve") as Any)

var serverResponseCode: Int? = 404
serverResponseCode = nil
print(serverResponseCode == nil)

if let actualNumber = Int(possibleNumber) {
    print("The string \"\(possibleNumber)\" has an integer value of \(actualNumber)")
} else {
    print("could not be converted")
}

let myNumber = Int("77")
if let myNumber {
    print("shorthand binding:", myNumber)
}

if let firstNumber = Int("4"), let secondNumber = Int("42"), firstNumber < secondNumber && secondNumber < 100 {
    print("\(firstNumber) < \(secondNumber) < 100")
}

var counter: Int? = 5
while let value = counter, value > 0 {
    print("countdown", value)
    counter = value > 2 ? value - 2 : nil
}

let words = ["3", "x", "10", "", "-4"]
let parsed = words.compactMap { Int($0) }
print(parsed, parsed.reduce(0, +))

let maybeName: String? = nil
print(maybeName?.count ?? -1)

func lookUp(_ code: Int) -> (Int, String)? {
    code == 200 ? http200Status : nil
}
if let (code, text) = lookUp(200) {
    print(code, text)
}
print(lookUp(500) == nil)
