import Foundation

extension Diagram {
    /// The L-layer network's forward pass (LINEAR→RELU ×(L−1), LINEAR→SIGMOID) over its backward pass, the caches passed down between them.
    ///
    /// Each forward box takes `A[l−1]` and the parameters `W[l], b[l]` and gives `A[l]`; the cost compares
    /// `A[L]` with the labels; each backward box takes `dA[l]` and layer `l`'s cache and gives `dA[l−1]`
    /// and the gradients `dW[l], db[l]`.
    public static func deepNetworkPasses(layers: Int = 3) -> Diagram {
        precondition(layers >= 1 && layers <= 12, "deepNetworkPasses(layers:) draws 1 to 12 layers; got \(layers)")
        var canvas = DiagramCanvas()
        typealias Line = (text: String, size: Double, color: String)
        func forwardLines(_ l: Int) -> [Line] {
            [("layer \(l)", 11, "#555"), (l == layers ? "LINEAR → SIGMOID" : "LINEAR → RELU", 12, "#222")]
        }
        func backwardLines(_ l: Int) -> [Line] {
            [("layer \(l) backward", 11, "#555"), (l == layers ? "LINEAR ← SIGMOID" : "LINEAR ← RELU", 12, "#222")]
        }
        let sizes = (1...layers).flatMap { [DiagramCanvas.boxSize(forwardLines($0)), DiagramCanvas.boxSize(backwardLines($0))] }
        let boxWidth = sizes.map(\.width).max()!, boxHeight = sizes.map(\.height).max()!
        let arrowLabelWidth = TextMetrics.width("dA[\(layers - 1)]", size: 11)
        let gap = max(56, arrowLabelWidth + 24)
        let forwardY = 0.0, backwardY = boxHeight + 120
        func boxX(_ l: Int) -> Double { 70 + Double(l - 1) * (boxWidth + gap) }

        // Forward row: X → layer 1 → … → layer L → cost.
        canvas.text("X = A[0]", center: Point(30, forwardY + boxHeight / 2), size: 12)
        canvas.text("forward pass →", center: Point(boxX(1), forwardY - 44), size: 12, color: "#1f5fa8", anchor: .start)
        canvas.text("← backward pass", center: Point(boxX(1), backwardY + boxHeight + 44), size: 12, color: "#b1452b", anchor: .start)
        for l in 1...layers {
            let box = Box(x: boxX(l), y: forwardY, width: boxWidth, height: boxHeight)
            canvas.box(box, lines: forwardLines(l), fill: "#e8f0fb")
            canvas.text("W[\(l)], b[\(l)]", center: Point(box.x + boxWidth / 2, forwardY - 14), size: 11, color: "#555")
            let fromX = l == 1 ? 30 + TextMetrics.width("X = A[0]", size: 12) / 2 + 4 : boxX(l - 1) + boxWidth
            canvas.line(from: Point(fromX, forwardY + boxHeight / 2), to: Point(box.x, forwardY + boxHeight / 2), color: "#1f5fa8")
            if l > 1 {
                let mid = Point((fromX + box.x) / 2, forwardY + boxHeight / 2 - 10)
                canvas.text("A[\(l - 1)]", center: mid, size: 11, color: "#1f5fa8")
            }
            // The cache goes down to the same layer's backward box.
            let cacheX = box.x + boxWidth / 2
            canvas.line(from: Point(cacheX, forwardY + boxHeight), to: Point(cacheX, backwardY), color: "#777", dashed: true)
            canvas.text("cache[\(l)]", center: Point(cacheX + 6, (forwardY + boxHeight + backwardY) / 2 - 8), size: 10,
                        color: "#555", anchor: .start)
            canvas.text("(A[\(l - 1)], W[\(l)], b[\(l)], Z[\(l)])", center: Point(cacheX + 6, (forwardY + boxHeight + backwardY) / 2 + 8),
                        size: 9, color: "#777", anchor: .start)

            let back = Box(x: boxX(l), y: backwardY, width: boxWidth, height: boxHeight)
            canvas.box(back, lines: backwardLines(l), fill: "#fbe9e4")
            canvas.text("dW[\(l)], db[\(l)]", center: Point(back.x + boxWidth / 2, backwardY + boxHeight + 14), size: 11, color: "#b1452b")
            if l < layers {
                let fromX = boxX(l + 1), toX = back.maxX
                canvas.line(from: Point(fromX, backwardY + boxHeight / 2), to: Point(toX, backwardY + boxHeight / 2), color: "#b1452b")
                canvas.text("dA[\(l)]", center: Point((fromX + toX) / 2, backwardY + boxHeight / 2 - 10), size: 11, color: "#b1452b")
            }
        }
        // The cost on the right, between the rows: A[L] goes in, dA[L] comes out.
        let costLines: [Line] = [("cost", 11, "#555"), ("J(A[\(layers)], Y)", 12, "#222")]
        let costSize = DiagramCanvas.boxSize(costLines)
        let lastRight = boxX(layers) + boxWidth
        let cost = Box(x: lastRight + gap, y: (forwardY + backwardY + boxHeight) / 2 - costSize.height / 2,
                       width: costSize.width, height: costSize.height)
        canvas.box(cost, lines: costLines, fill: "#f6f6f6")
        let costTop = Point(cost.x + cost.width / 2, cost.y), costBottom = Point(cost.x + cost.width / 2, cost.maxY)
        canvas.line(from: Point(lastRight, forwardY + boxHeight / 2), to: Point(costTop.x, forwardY + boxHeight / 2), color: "#1f5fa8", arrow: false)
        canvas.line(from: Point(costTop.x, forwardY + boxHeight / 2), to: costTop, color: "#1f5fa8")
        canvas.text("A[\(layers)] = ŷ", center: Point((lastRight + costTop.x) / 2, forwardY + boxHeight / 2 - 10), size: 11, color: "#1f5fa8")
        canvas.line(from: costBottom, to: Point(costBottom.x, backwardY + boxHeight / 2), color: "#b1452b", arrow: false)
        canvas.line(from: Point(costBottom.x, backwardY + boxHeight / 2), to: Point(lastRight, backwardY + boxHeight / 2), color: "#b1452b")
        canvas.text("dA[\(layers)]", center: Point((lastRight + costBottom.x) / 2, backwardY + boxHeight / 2 - 10), size: 11, color: "#b1452b")
        return Diagram(canvas, name: "forward and backward passes of a \(layers)-layer network")
    }
}
