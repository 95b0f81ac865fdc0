// Subscripts: read-only subscripts, multi-parameter subscripts with assertions, overloaded subscripts and type subscripts.
struct TimesTable {
    let multiplier: Int
    subscript(index: Int) -> Int { multiplier * index }
}
let threeTimesTable = TimesTable(multiplier: 3)
print("six times three is \(threeTimesTable[6])")

struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    func indexIsValid(row: Int, column: Int) -> Bool {
        row >= 0 && row < rows && column >= 0 && column < columns
    }
    subscript(row: Int, column: Int) -> Double {
        get {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            return grid[(row * columns) + column]
        }
        set {
            assert(indexIsValid(row: row, column: column), "Index out of range")
            grid[(row * columns) + column] = newValue
        }
    }
    subscript(row row: Int) -> [Double] {
        Array(grid[(row * columns)..<((row + 1) * columns)])
    }
}
var matrix = Matrix(rows: 2, columns: 2)
matrix[0, 1] = 1.5
matrix[1, 0] = 3.2
print(matrix.grid, matrix[row: 1], matrix.indexIsValid(row: 2, column: 2))

enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter, saturn, uranus, neptune
    static subscript(n: Int) -> Planet { Planet(rawValue: n)! }
}
let mars = Planet[4]
print(mars)

struct Settings {
    private static var values: [String: String] = ["theme": "dark"]
    static subscript(key: String, default fallback: String = "?") -> String {
        get { values[key] ?? fallback }
        set { values[key] = newValue }
    }
}
print(Settings["theme"], Settings["font"], Settings["font", default: "mono"])
Settings["font"] = "serif"
print(Settings["font"])

struct Polynomial {
    var coefficients: [Int]
    subscript(x: Int) -> Int {
        coefficients.reversed().reduce(0) { $0 * x + $1 }
    }
    subscript(degree degree: Int) -> Int {
        get { degree < coefficients.count ? coefficients[degree] : 0 }
        set {
            while coefficients.count <= degree { coefficients.append(0) }
            coefficients[degree] = newValue
        }
    }
}
var poly = Polynomial(coefficients: [1, 0, 2])
print(poly[3], poly[degree: 2], poly[degree: 5])
poly[degree: 3] = 1
print(poly[2], poly.coefficients)
