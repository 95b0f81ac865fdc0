// A text plot with its own Figure type and scatter function (names the plotting library also uses).
struct Figure {
    var title: String
    var width: Int
    var height: Int
    private var points: [(x: Int, y: Int)] = []

    init(title: String, width: Int = 12, height: Int = 4) {
        self.title = title
        self.width = width
        self.height = height
    }

    mutating func scatter(_ x: [Int], _ y: [Int]) {
        for (a, b) in zip(x, y) where a < width && b < height {
            points.append((a, b))
        }
    }

    func render() -> String {
        var rows = Array(repeating: Array(repeating: Character("."), count: width), count: height)
        for point in points {
            rows[height - 1 - point.y][point.x] = "o"
        }
        return ([title] + rows.map { String($0) }).joined(separator: "\n")
    }
}

enum LegendPosition: String {
    case upperLeft = "upper left", lowerRight = "lower right"
}

var figure = Figure(title: "squares")
figure.scatter([0, 1, 2, 3], [0, 1, 4, 9])
print(figure.render())

print(figure.width, figure.height, figure.title)

let legend: LegendPosition = .lowerRight
print("legend at \(legend.rawValue)")

func scatter(_ values: [Int]) -> Figure {
    var result = Figure(title: "values", width: values.count, height: (values.max() ?? 0) + 1)
    result.scatter(Array(values.indices), values)
    return result
}

print(scatter([2, 0, 1, 2]).render())
