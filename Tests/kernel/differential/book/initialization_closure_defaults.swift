// Initialization: default property values set by closures, two-phase initialization order, initializers that assign constants.
struct Chessboard {
    let boardColors: [Bool] = {
        var temporaryBoard: [Bool] = []
        var isBlack = false
        for _ in 1...8 {
            for _ in 1...8 {
                temporaryBoard.append(isBlack)
                isBlack = !isBlack
            }
            isBlack = !isBlack
        }
        return temporaryBoard
    }()
    func squareIsBlackAt(row: Int, column: Int) -> Bool {
        boardColors[(row * 8) + column]
    }
}
let board = Chessboard()
print(board.squareIsBlackAt(row: 0, column: 1), board.squareIsBlackAt(row: 7, column: 7))
print((0..<8).map { board.squareIsBlackAt(row: 3, column: $0) ? "#" : "." }.joined())

var trace: [String] = []
func note(_ s: String) -> String {
    trace.append(s)
    return s
}

class Base {
    let baseName = note("base stored property")
    var label: String
    init(label: String) {
        self.label = label
        trace.append("Base.init phase 1 done")
        customize()
    }
    func customize() { trace.append("Base.customize") }
}

class Derived: Base {
    let derivedName = note("derived stored property")
    var extra: Int
    init(extra: Int) {
        self.extra = extra
        trace.append("Derived.init before super")
        super.init(label: "derived")
        trace.append("Derived.init after super, label \(label)")
        label += "!"
    }
    override func customize() { trace.append("Derived.customize sees extra = \(extra)") }
}

let d = Derived(extra: 42)
for line in trace { print(line) }
print(d.label, d.baseName, d.derivedName)

struct Celsius {
    var temperatureInCelsius: Double
    init(fromFahrenheit fahrenheit: Double) { temperatureInCelsius = (fahrenheit - 32.0) / 1.8 }
    init(fromKelvin kelvin: Double) { temperatureInCelsius = kelvin - 273.15 }
    init(_ celsius: Double) { temperatureInCelsius = celsius }
}
print(Celsius(fromFahrenheit: 212.0).temperatureInCelsius, Celsius(fromKelvin: 273.15).temperatureInCelsius, Celsius(37).temperatureInCelsius)

class SurveyQuestion {
    let text: String
    var response: String?
    init(text: String) { self.text = text }
    func ask() { print(text) }
}
let beetsQuestion = SurveyQuestion(text: "How about beets?")
beetsQuestion.ask()
beetsQuestion.response = "I also like beets. (But not with cheese.)"
print(beetsQuestion.response ?? "no answer")

let lookup: [String: Int] = {
    var d: [String: Int] = [:]
    for (i, w) in ["zero", "one", "two"].enumerated() { d[w] = i }
    return d
}()
print(lookup.sorted { $0.value < $1.value }.map(\.key))
