import Foundation

/// Collects the shapes of a diagram in free coordinates, remembers where text and nodes are, and turns
/// them into a ``Scene`` with a margin around everything drawn.
struct DiagramCanvas {
    private(set) var marks: [Mark] = []
    private(set) var labels: [(text: String, box: Box)] = []
    private(set) var labelOwners: [Int?] = []
    private(set) var nodes: [Box] = []
    /// Extents of lines and arrows, which take room but are not checked for overlap.
    private var strokes: [Box] = []
    var margin = 12.0
    var fontSize = 12.0

    /// The box taken by `text` at `size` whose baseline is at `baseline`, placed by `anchor` around `x`.
    static func textBox(_ text: String, x: Double, baseline: Double, size: Double, anchor: TextAnchor = .middle) -> Box {
        let width = TextMetrics.width(text, size: size)
        let left = anchor == .middle ? x - width / 2 : anchor == .end ? x - width : x
        return Box(x: left, y: baseline - TextMetrics.ascent * size, width: width,
                   height: (TextMetrics.ascent + TextMetrics.descent) * size)
    }

    /// The baseline that puts the middle of a line of text at `y` (the font's ascent and descent balanced).
    static func baseline(centeredAt y: Double, size: Double) -> Double {
        y + (TextMetrics.ascent - TextMetrics.descent) / 2 * size
    }

    /// Text whose middle is at `center`; returns the box it takes.
    @discardableResult
    mutating func text(_ text: String, center: Point, size: Double = 12, color: String = "#222",
                       anchor: TextAnchor = .middle, owner: Int? = nil) -> Box {
        let baseline = Self.baseline(centeredAt: center.y, size: size)
        let box = Self.textBox(text, x: center.x, baseline: baseline, size: size, anchor: anchor)
        marks.append(.group(Group(fill: color, marks: [.text(text, at: Point(center.x, baseline), size: size, anchor: anchor)])))
        labels.append((text, box))
        labelOwners.append(owner)
        return box
    }

    /// A white box behind text that sits on lines (edge labels), so the lines do not cross the glyphs.
    mutating func textBackground(_ box: Box) {
        marks.append(.rect(box.expanded(by: 1.5), fill: "white", fillOpacity: 0.9))
    }

    /// A circle node; returns its index among the nodes.
    @discardableResult
    mutating func circle(center: Point, radius: Double, fill: String = "white", stroke: String = "#333") -> Int {
        marks.append(.group(Group(stroke: stroke, strokeWidth: 1.2,
                                  marks: [.circle(center, radius: radius, fill: fill)])))
        nodes.append(Box(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius))
        return nodes.count - 1
    }

    /// A rounded box node with lines of text centred in it, each `(text, size, color)`; returns its index.
    @discardableResult
    mutating func box(_ box: Box, lines: [(text: String, size: Double, color: String)], fill: String = "white",
                      stroke: String = "#333") -> Int {
        marks.append(.rect(box, fill: fill, stroke: stroke, strokeWidth: 1.2, radius: 5))
        nodes.append(box)
        let index = nodes.count - 1
        let heights = lines.map { Self.lineHeight($0.size) }
        var y = box.y + (box.height - heights.reduce(0, +)) / 2
        for (line, height) in zip(lines, heights) {
            text(line.text, center: Point(box.x + box.width / 2, y + height / 2), size: line.size, color: line.color,
                 owner: index)
            y += height
        }
        return index
    }

    /// The height a line of text at `size` takes in a box, with a little leading.
    static func lineHeight(_ size: Double) -> Double { size * 1.35 }

    /// The size of a box that holds `lines` with `padding` around them.
    static func boxSize(_ lines: [(text: String, size: Double, color: String)], padding: Double = 8) -> (width: Double, height: Double) {
        let width = lines.map { TextMetrics.width($0.text, size: $0.size) }.max() ?? 0
        return (width + 2 * padding, lines.map { lineHeight($0.size) }.reduce(0, +) + padding)
    }

    /// A straight line, optionally dashed (drawn as short pieces, so the PNG shows the dashes too) and with
    /// an open arrowhead at its end.
    mutating func line(from a: Point, to b: Point, color: String = "#555", width: Double = 1.2,
                       dashed: Bool = false, arrow: Bool = true) {
        let length = hypot(b.x - a.x, b.y - a.y)
        guard length > 0 else { return }
        let (ux, uy) = ((b.x - a.x) / length, (b.y - a.y) / length)
        var polylines: [[Point]] = []
        if dashed {
            var t = 0.0
            while t < length {
                let end = min(t + 5, length)
                polylines.append([Point(a.x + ux * t, a.y + uy * t), Point(a.x + ux * end, a.y + uy * end)])
                t += 9
            }
        } else {
            polylines.append([a, b])
        }
        if arrow {
            let head = 7.0, spread = 0.45
            let back = Point(b.x - ux * head, b.y - uy * head)
            polylines.append([Point(back.x - uy * head * spread, back.y + ux * head * spread), b,
                              Point(back.x + uy * head * spread, back.y - ux * head * spread)])
        }
        marks.append(.path(polylines, stroke: color, width: width, cssClass: arrow ? "arrow" : "edge"))
        strokes.append(Box(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y)).expanded(by: 5))
    }

    /// The point where the line from `box`'s centre towards `target` leaves the box's outline
    /// (`round` boxes are treated as circles).
    static func exit(from box: Box, towards target: Point, round: Bool = false) -> Point {
        let c = Point(box.x + box.width / 2, box.y + box.height / 2)
        let dx = target.x - c.x, dy = target.y - c.y
        guard dx != 0 || dy != 0 else { return c }
        if round {
            let r = box.width / 2, d = hypot(dx, dy)
            return Point(c.x + dx / d * r, c.y + dy / d * r)
        }
        let scale = min(dx == 0 ? .infinity : box.width / 2 / abs(dx), dy == 0 ? .infinity : box.height / 2 / abs(dy))
        return Point(c.x + dx * scale, c.y + dy * scale)
    }

    /// The scene: everything shifted so that it starts `margin` from the top left, the picture sized to
    /// hold it with the same margin on the other sides; and the shifted layout.
    func finished() -> (Scene, DiagramLayout) {
        let all = labels.map(\.box) + nodes + strokes
        let minX = all.map(\.x).min() ?? 0, minY = all.map(\.y).min() ?? 0
        let maxX = all.map(\.maxX).max() ?? 0, maxY = all.map(\.maxY).max() ?? 0
        let dx = margin - minX, dy = margin - minY
        let scene = Scene(width: (maxX - minX + 2 * margin).rounded(.up), height: (maxY - minY + 2 * margin).rounded(.up),
                          fontSize: fontSize, marks: [.group(Group(cssClass: "diagram", marks: marks.map { $0.shifted(dx, dy) }))])
        func shift(_ box: Box) -> Box { Box(x: box.x + dx, y: box.y + dy, width: box.width, height: box.height) }
        let layout = DiagramLayout(labels: labels.map { ($0.text, shift($0.box)) }, nodes: nodes.map(shift),
                                   labelOwners: labelOwners)
        return (scene, layout)
    }
}

extension Mark {
    /// The same mark moved by `(dx, dy)` pixels.
    func shifted(_ dx: Double, _ dy: Double) -> Mark {
        func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
        func move(_ b: Box) -> Box { Box(x: b.x + dx, y: b.y + dy, width: b.width, height: b.height) }
        switch self {
        case .rect(let box, let fill, let fillOpacity, let stroke, let strokeWidth, let radius):
            return .rect(move(box), fill: fill, fillOpacity: fillOpacity, stroke: stroke, strokeWidth: strokeWidth, radius: radius)
        case .path(let polylines, let stroke, let width, let cssClass):
            return .path(polylines.map { $0.map(move) }, stroke: stroke, width: width, cssClass: cssClass)
        case .circle(let center, let radius, let fill):
            return .circle(move(center), radius: radius, fill: fill)
        case .text(let text, let at, let size, let anchor, let vertical):
            return .text(text, at: move(at), size: size, anchor: anchor, vertical: vertical)
        case .image(let image, let box):
            return .image(image, move(box))
        case .group(var group):
            group.clip = group.clip.map(move)
            group.marks = group.marks.map { $0.shifted(dx, dy) }
            return .group(group)
        }
    }
}

/// A number as a diagram writes it: whole numbers without decimals, others with up to 4 significant digits.
func diagramNumber(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
    return String(format: "%.4g", value)
}

/// `n` written with subscript digits (x₁₂ for x and 12).
func subscripted(_ name: String, _ n: Int) -> String {
    name + String(String(n).unicodeScalars.map { Character(Unicode.Scalar(0x2080 + $0.value - 0x30)!) })
}
