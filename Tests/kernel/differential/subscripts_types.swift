// Subscripts with labels, defaults, several parameters, and a static subscript on an enumeration.
struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int {
        multiplier * index
    }
}

struct Spreadsheet {
    private var cells: [String: String] = [:]

    subscript(column: Character, row: Int) -> String {
        get { cells["\(column)\(row)", default: ""] }
        set { cells["\(column)\(row)"] = newValue }
    }

    subscript(key key: String, default fallback: String = "-") -> String {
        cells[key] ?? fallback
    }
}

enum Weekday: Int {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
    static subscript(n: Int) -> Weekday {
        Weekday(rawValue: n)!
    }
}

let threeTimesTable = TimesTable(multiplier: 3)
print("six times three is \(threeTimesTable[6])")

var sheet = Spreadsheet()
sheet["A", 1] = "Name"
sheet["B", 1] = "Score"
print(sheet["A", 1], sheet["B", 1], sheet["C", 1].isEmpty)

print(sheet[key: "A1"], sheet[key: "Z9"], sheet[key: "Z9", default: "?"])

let fifth = Weekday[5]
print(fifth, fifth.rawValue)
