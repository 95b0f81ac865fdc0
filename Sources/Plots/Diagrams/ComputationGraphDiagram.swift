import Foundation

extension Diagram {
    /// A computation graph: each step names its output, the formula shown in its box, and its inputs; names never produced by a step are the graph's inputs.
    /// Optional values and derivatives (dJ/dname) are written beside the nodes.
    ///
    ///     Diagram.computationGraph([(output: "u", formula: "b·c", inputs: ["b", "c"]),
    ///                               (output: "v", formula: "a + u", inputs: ["a", "u"]),
    ///                               (output: "J", formula: "3v", inputs: ["v"])],
    ///                              values: ["a": 5, "b": 3, "c": 2, "u": 6, "v": 11, "J": 33],
    ///                              derivatives: ["v": 3, "a": 3, "u": 3, "b": 6, "c": 9])
    ///
    /// Steps go left to right by how many steps lie before them; each input sits just left of the first
    /// step that uses it. A step may use only names given by earlier steps or by no step.
    public static func computationGraph(_ steps: [(output: String, formula: String, inputs: [String])],
                                        values: [String: Double] = [:], derivatives: [String: Double] = [:],
                                        title: String? = nil) -> Diagram {
        precondition(!steps.isEmpty, "computationGraph needs at least one step, e.g. (output: \"u\", formula: \"b·c\", inputs: [\"b\", \"c\"])")
        var depth: [String: Int] = [:]
        var produced: Set<String> = []
        for (i, step) in steps.enumerated() {
            precondition(!produced.contains(step.output), "computationGraph: step \(i + 1) gives \(step.output), which an earlier step already gives")
            for input in step.inputs where !produced.contains(input) && steps[i...].contains(where: { $0.output == input }) {
                preconditionFailure("computationGraph: step \(i + 1) (\(step.output)) uses \(input) before the step that gives it; list that step first")
            }
            depth[step.output] = 1 + (step.inputs.compactMap { depth[$0] }.max() ?? 0)
            produced.insert(step.output)
        }
        // Inputs of the graph: one column left of their first user.
        var graphInputs: [String] = []
        for step in steps {
            for input in step.inputs where !produced.contains(input) && !graphInputs.contains(input) {
                graphInputs.append(input)
                depth[input] = depth[step.output]! - 1
            }
        }
        let names = graphInputs + steps.map(\.output)
        let formulas = Dictionary(uniqueKeysWithValues: steps.map { ($0.output, $0.formula) })
        typealias Line = (text: String, size: Double, color: String)
        func lines(_ name: String) -> [Line] {
            var result: [Line] = [(formulas[name].map { "\(name) = \($0)" } ?? name, 13, "#222")]
            if let value = values[name] { result.append(("= \(diagramNumber(value))", 11, "#1f5fa8")) }
            if let derivative = derivatives[name] { result.append(("dJ/d\(name) = \(diagramNumber(derivative))", 11, "#b1452b")) }
            return result
        }
        let sizes = Dictionary(uniqueKeysWithValues: names.map { ($0, DiagramCanvas.boxSize(lines($0))) })
        let columns = (depth.values.min()!...depth.values.max()!).map { d in names.filter { depth[$0] == d } }
        let columnWidths = columns.map { column in column.map { sizes[$0]!.width }.max() ?? 0 }
        let columnHeights = columns.map { column in column.map { sizes[$0]!.height }.reduce(0, +) + Double(max(0, column.count - 1)) * 26 }
        let tallest = columnHeights.max()!
        let gap = 56.0
        var boxes: [String: Box] = [:]
        var x = 0.0
        for (c, column) in columns.enumerated() {
            var y = (tallest - columnHeights[c]) / 2
            for name in column {
                let size = sizes[name]!
                boxes[name] = Box(x: x + (columnWidths[c] - size.width) / 2, y: y, width: size.width, height: size.height)
                y += size.height + 26
            }
            x += columnWidths[c] + gap
        }
        var canvas = DiagramCanvas()
        for step in steps {
            let target = boxes[step.output]!
            for input in step.inputs {
                let source = boxes[input]!
                let from = Point(source.maxX, source.y + source.height / 2)
                let to = DiagramCanvas.exit(from: target, towards: from)
                canvas.line(from: from, to: to, color: "#555")
            }
        }
        for name in names {
            canvas.box(boxes[name]!, lines: lines(name), fill: formulas[name] == nil ? "#e8f0fb" : "#fdebd8")
        }
        if let title {
            canvas.text(title, center: Point((x - gap) / 2, -22), size: 14)
        }
        return Diagram(canvas, name: title ?? "computation graph of \(steps.map(\.output).joined(separator: ", "))")
    }
}
