// A report printer with its own display function and variables named input, data and costs.
struct Table {
    var header: [String]
    var rows: [[String]]
}

func display(_ table: Table) {
    let widths = table.header.indices.map { column in
        ([table.header] + table.rows).map { $0[column].count }.max()!
    }
    for row in [table.header] + table.rows {
        let cells = row.enumerated().map { index, cell in
            cell + String(repeating: " ", count: widths[index] - cell.count)
        }
        print(cells.joined(separator: " | "))
    }
}

func display(_ message: String) {
    print("> \(message)")
}

let input = "apples,3\npears,12\nfigs,7"

var data: [(name: String, count: Int)] = []
for line in input.split(separator: "\n") {
    let fields = line.split(separator: ",")
    data.append((String(fields[0]), Int(fields[1])!))
}
display("read \(data.count) rows")

let table = Table(header: ["fruit", "count"], rows: data.map { [$0.name, String($0.count)] })
display(table)

var costs: [Double] = data.map { Double($0.count) * 0.25 }
display("total cost \(costs.reduce(0, +))")

costs.append(10)
display("\(costs.count) costs")
