import Foundation

extension Diagram {
    /// The most units a layer shows; a bigger layer shows its first and last units with "⋯" between.
    static let maxUnitsShown = 7

    /// A fully connected network with these layer sizes (input first), e.g. [2, 4, 1], with each layer's activation named under it.
    ///
    /// `activations[l]` names layer `l`'s activation (`""` or a missing entry for none, as for the input).
    /// Layers of more than seven units show their first four and last two units, and say how many there are.
    ///
    ///     Diagram.network(layers: [2, 4, 1], activations: ["", "tanh", "σ"])
    public static func network(layers: [Int], activations: [String] = [], title: String? = nil) -> Diagram {
        precondition(layers.count >= 2, "network(layers:) needs at least an input and an output layer, e.g. [2, 4, 1]; got \(layers)")
        precondition(layers.allSatisfy { $0 >= 1 }, "network(layers:) needs at least one unit per layer; got \(layers)")
        var canvas = DiagramCanvas()
        let radius = 13.0, rowGap = 40.0
        let last = layers.count - 1
        // Captions under each column: what the layer is, its size, its activation.
        let captions: [[String]] = layers.indices.map { l in
            let name = l == 0 ? "input layer" : l == last ? "output layer" : "hidden layer \(l)"
            let activation = l < activations.count ? activations[l] : ""
            return [name, "n[\(l)] = \(layers[l])"] + (activation.isEmpty ? [] : ["activation: \(activation)"])
        }
        let captionSize = 11.0
        let columnGap = max(130, (captions.flatMap { $0 }.map { TextMetrics.width($0, size: captionSize) }.max() ?? 0) + 24)
        let shownCounts = layers.map { min($0, maxUnitsShown) }
        let tallest = Double(shownCounts.max()! - 1) * rowGap
        // Units shown per layer: their index (1-based) or nil for the "⋯" gap.
        func shownUnits(_ n: Int) -> [Int?] {
            n <= maxUnitsShown ? (1...n).map { $0 } : (1...4).map { $0 } + [nil] + [n - 1, n]
        }
        var centers: [[Point]] = []
        for (l, n) in layers.enumerated() {
            let units = shownUnits(n)
            let x = Double(l) * columnGap
            let top = (tallest - Double(units.count - 1) * rowGap) / 2
            var column: [Point] = []
            for (i, unit) in units.enumerated() {
                let center = Point(x, top + Double(i) * rowGap)
                if unit == nil {
                    canvas.text("⋯", center: center, size: 16, color: "#555")
                } else {
                    column.append(center)
                }
            }
            centers.append(column)
        }
        // Edges first, so nodes are drawn over their ends.
        for l in 1..<layers.count {
            for a in centers[l - 1] {
                for b in centers[l] {
                    canvas.line(from: Point(a.x + radius, a.y), to: Point(b.x - radius, b.y), color: "#9aa", width: 0.8, arrow: false)
                }
            }
        }
        for (l, column) in centers.enumerated() {
            let units = shownUnits(layers[l]).compactMap { $0 }
            let fill = l == 0 ? "#e8f0fb" : l == last ? "#fdebd8" : "#eaf6e8"
            for (center, unit) in zip(column, units) {
                canvas.circle(center: center, radius: radius, fill: fill)
                if l == 0 {
                    canvas.text(subscripted("x", unit), center: Point(center.x - radius - 6, center.y), size: 12, anchor: .end)
                }
            }
            var y = tallest + radius + 18
            for (k, caption) in captions[l].enumerated() {
                canvas.text(caption, center: Point(Double(l) * columnGap, y), size: captionSize, color: k == 0 ? "#222" : "#555")
                y += DiagramCanvas.lineHeight(captionSize)
            }
        }
        for center in centers[last] {
            let end = Point(center.x + radius + 30, center.y)
            canvas.line(from: Point(center.x + radius, center.y), to: end, color: "#555")
        }
        if let output = centers[last].first, centers[last].count == 1 {
            canvas.text("ŷ", center: Point(output.x + radius + 40, output.y), size: 13, anchor: .start)
        }
        if let title {
            canvas.text(title, center: Point(Double(last) * columnGap / 2, -radius - 22), size: 14)
        }
        return Diagram(canvas, name: title ?? "network \(layers.map(String.init).joined(separator: "-"))")
    }

    /// Logistic regression as a one-unit network: inputs x₁…xₙ, weights, z = wᵀx + b, a = σ(z), ŷ, and the loss.
    ///
    /// With more than six inputs it shows the first four and the last, with "⋯" between.
    public static func logisticRegression(inputs: Int = 3) -> Diagram {
        precondition(inputs >= 1, "logisticRegression(inputs:) needs at least one input; got \(inputs)")
        var canvas = DiagramCanvas()
        let radius = 13.0, rowGap = 44.0
        let shown: [Int?] = inputs <= 6 ? (1...inputs).map { $0 } : (1...4).map { $0 } + [nil] + [inputs]
        let height = Double(shown.count - 1) * rowGap
        let unitLines: [(text: String, size: Double, color: String)] = [("z = wᵀx + b", 13, "#222"), ("a = σ(z)", 13, "#222")]
        let unitSize = DiagramCanvas.boxSize(unitLines, padding: 12)
        let unit = Box(x: 200, y: height / 2 - unitSize.height / 2, width: unitSize.width, height: unitSize.height)
        let unitLeft = Point(unit.x, unit.y + unit.height / 2)
        var inputCenters: [(Point, Int)] = []
        for (i, index) in shown.enumerated() {
            let center = Point(0, Double(i) * rowGap)
            guard let index else {
                canvas.text("⋯", center: center, size: 16, color: "#555")
                continue
            }
            inputCenters.append((center, index))
            canvas.line(from: Point(center.x + radius, center.y), to: unitLeft, color: "#889", width: 1)
        }
        for (center, index) in inputCenters {
            canvas.circle(center: center, radius: radius, fill: "#e8f0fb")
            canvas.text(subscripted("x", index), center: Point(center.x - radius - 6, center.y), size: 12, anchor: .end)
            // The weight's name on its edge, a third of the way along, where the edges are still apart.
            let t = 0.3
            let at = Point(center.x + radius + (unitLeft.x - center.x - radius) * t, center.y + (unitLeft.y - center.y) * t)
            let box = DiagramCanvas.textBox(subscripted("w", index), x: at.x, baseline: DiagramCanvas.baseline(centeredAt: at.y, size: 11), size: 11)
            canvas.textBackground(box)
            canvas.text(subscripted("w", index), center: at, size: 11, color: "#1f5fa8")
        }
        canvas.text("bias b", center: Point(unit.x + unit.width / 2, unit.y - 14), size: 11, color: "#1f5fa8")
        canvas.box(unit, lines: unitLines, fill: "#fdebd8")
        let outputX = unit.maxX + 90
        canvas.line(from: Point(unit.maxX, unitLeft.y), to: Point(outputX - 4, unitLeft.y))
        canvas.text("ŷ = a", center: Point(outputX, unitLeft.y), size: 13, anchor: .start)
        let lossLines: [(text: String, size: Double, color: String)] = [
            ("loss", 11, "#555"), ("L(a, y) = −y log a − (1−y) log(1−a)", 12, "#222")]
        let lossSize = DiagramCanvas.boxSize(lossLines)
        let lossBox = Box(x: outputX + TextMetrics.width("ŷ = a", size: 13) / 2 - lossSize.width / 2,
                          y: unit.maxY + 40, width: lossSize.width, height: lossSize.height)
        canvas.line(from: Point(outputX + TextMetrics.width("ŷ = a", size: 13) / 2, unitLeft.y + 10), to: Point(lossBox.x + lossBox.width / 2, lossBox.y))
        canvas.box(lossBox, lines: lossLines, fill: "#f6f6f6")
        return Diagram(canvas, name: "logistic regression with \(inputs) inputs")
    }
}
