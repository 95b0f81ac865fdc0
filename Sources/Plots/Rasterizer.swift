import Foundation

/// Draws a ``Scene`` into pixels, anti-aliased, the way a browser draws its SVG: the figure's `image/png`,
/// which notebooks show where they do not show SVG (Notebook 7 renders no SVG from an untrusted notebook).
///
/// Shapes are drawn by coverage: each pixel gets the fraction of its square that the shape covers
/// (computed from the distance of the pixel's centre to the shape's outline), clipped the same way.
/// Text uses DejaVu Sans through FreeType (``Glyphs``) at the positions ``TextMetrics`` gives the SVG;
/// without the font, a PNG has no text.
struct Rasterizer {
    let width: Int
    let height: Int
    /// RGB, 0…1, row-major from the top row.
    private var pixels: [Float]
    private var glyphCache: [GlyphKey: Glyphs.Bitmap?] = [:]

    private struct GlyphKey: Hashable { var scalar: UInt32; var size: Double; var quarter: Int }

    /// What marks inherit from their groups (SVG's defaults at the top).
    private struct Style {
        var fill: RGB? = RGB(0, 0, 0)
        var stroke: RGB? = nil
        var strokeWidth = 1.0
        var anchor = TextAnchor.start
        var fontSize: Double
        var clip: Box
    }

    /// A white picture of the scene's size with the scene drawn on it.
    init(_ scene: Scene) {
        width = max(1, Int(scene.width.rounded(.up)))
        height = max(1, Int(scene.height.rounded(.up)))
        pixels = [Float](repeating: 1, count: width * height * 3)
        let style = Style(fontSize: scene.fontSize, clip: Box(x: 0, y: 0, width: Double(width), height: Double(height)))
        draw(scene.marks, style)
    }

    /// The picture as 8-bit RGB.
    var rgbBytes: [UInt8] {
        pixels.map { UInt8(($0 * 255).rounded().clamped(to: 0...255)) }
    }

    /// The picture as a PNG file.
    var png: [UInt8] { PNGEncoder.encode(width: width, height: height, rgb: true, pixels: rgbBytes) }

    // MARK: - Marks

    private mutating func draw(_ marks: [Mark], _ style: Style) {
        for mark in marks { draw(mark, style) }
    }

    private mutating func draw(_ mark: Mark, _ style: Style) {
        switch mark {
        case .rect(let box, let fill, let fillOpacity, let stroke, let strokeWidth, let radius):
            let strokeColor = stroke.flatMap(parseColor)
            let lineWidth = strokeColor == nil ? 0 : (strokeWidth ?? style.strokeWidth)
            let half = (width: box.width / 2, height: box.height / 2)
            let center = Point(box.x + half.width, box.y + half.height)
            let distance = { (p: Point) in roundedBoxDistance(p, center: center, half: half, radius: radius) }
            let bounds = box.expanded(by: lineWidth / 2 + 1)
            if let color = fill.flatMap(parseColor) {
                paint(bounds, color, style.clip) { p in halfPlaneCoverage(distance(p)) * fillOpacity }
            }
            if let strokeColor, lineWidth > 0 {
                paint(bounds, strokeColor, style.clip) { p in bandCoverage(abs(distance(p)), lineWidth) }
            }
        case .path(let polylines, let stroke, let width, _):
            guard let color = (stroke.map(parseColor) ?? style.stroke) else { return }
            drawPolylines(polylines, color: color, width: width ?? style.strokeWidth, clip: style.clip)
        case .circle(let center, let radius, let fill):
            let bounds = Box(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
                .expanded(by: style.strokeWidth / 2 + 1)
            let distance = { (p: Point) in hypot(p.x - center.x, p.y - center.y) - radius }
            if let color = fill.map(parseColor) ?? style.fill {
                paint(bounds, color, style.clip) { p in halfPlaneCoverage(distance(p)) }
            }
            if let stroke = style.stroke {
                let lineWidth = style.strokeWidth
                paint(bounds, stroke, style.clip) { p in bandCoverage(abs(distance(p)), lineWidth) }
            }
        case .text(let text, let at, let size, let anchor, let vertical):
            guard let color = style.fill else { return }
            drawText(text, at: at, size: size ?? style.fontSize, anchor: anchor ?? style.anchor, vertical: vertical,
                     color: color, clip: style.clip)
        case .image(let image, let box):
            drawImage(image, in: box, clip: style.clip)
        case .group(let group):
            var inner = style
            if let fill = group.fill { inner.fill = parseColor(fill) }
            if let stroke = group.stroke { inner.stroke = parseColor(stroke) }
            if let strokeWidth = group.strokeWidth { inner.strokeWidth = strokeWidth }
            if let anchor = group.anchor { inner.anchor = anchor }
            if let clip = group.clip { inner.clip = inner.clip.intersection(clip) }
            draw(group.marks, inner)
        }
    }

    /// Blends `color` into every pixel of `bounds` (within `clip`) by the coverage `coverage` gives the
    /// pixel's centre, times the pixel's share of the clip rectangle.
    private mutating func paint(_ bounds: Box, _ color: RGB, _ clip: Box, coverage: (Point) -> Double) {
        let area = bounds.intersection(clip)
        guard area.width > 0, area.height > 0 else { return }
        let x0 = max(0, Int(area.x.rounded(.down))), x1 = min(width, Int(area.maxX.rounded(.up)))
        let y0 = max(0, Int(area.y.rounded(.down))), y1 = min(height, Int(area.maxY.rounded(.up)))
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            let clipY = overlap(Double(y), clip.y, clip.maxY)
            for x in x0..<x1 {
                let alpha = coverage(Point(Double(x) + 0.5, Double(y) + 0.5)) * clipY * overlap(Double(x), clip.x, clip.maxX)
                if alpha > 0 { blend(x, y, color, alpha) }
            }
        }
    }

    private mutating func blend(_ x: Int, _ y: Int, _ color: RGB, _ alpha: Double) {
        let a = Float(min(alpha, 1)), i = (y * width + x) * 3
        pixels[i] += (Float(color.r) / 255 - pixels[i]) * a
        pixels[i + 1] += (Float(color.g) / 255 - pixels[i + 1]) * a
        pixels[i + 2] += (Float(color.b) / 255 - pixels[i + 2]) * a
    }

    /// Polylines of one colour: each pixel takes the largest coverage of any segment, so joins and
    /// crossings are not darkened twice.
    private mutating func drawPolylines(_ polylines: [[Point]], color: RGB, width lineWidth: Double, clip: Box) {
        var mask: [Int: Double] = [:]
        for line in polylines {
            for (a, b) in zip(line, line.dropFirst()) {
                let bounds = Box(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
                    .expanded(by: lineWidth / 2 + 1).intersection(clip)
                guard bounds.width > 0, bounds.height > 0 else { continue }
                let x0 = max(0, Int(bounds.x.rounded(.down))), x1 = min(width, Int(bounds.maxX.rounded(.up)))
                let y0 = max(0, Int(bounds.y.rounded(.down))), y1 = min(height, Int(bounds.maxY.rounded(.up)))
                guard x0 < x1, y0 < y1 else { continue }
                for y in y0..<y1 {
                    for x in x0..<x1 {
                        let d = segmentDistance(Point(Double(x) + 0.5, Double(y) + 0.5), a, b)
                        let c = bandCoverage(d, lineWidth)
                        if c > 0 {
                            let key = y * width + x
                            if c > mask[key, default: 0] { mask[key] = c }
                        }
                    }
                }
            }
        }
        for (key, c) in mask {
            let x = key % width, y = key / width
            let alpha = c * overlap(Double(x), clip.x, clip.maxX) * overlap(Double(y), clip.y, clip.maxY)
            if alpha > 0 { blend(x, y, color, alpha) }
        }
    }

    /// A picture stretched over `box`: each destination pixel shows the source pixel under its centre.
    private mutating func drawImage(_ image: PixelImage, in box: Box, clip: Box) {
        guard image.width > 0, image.height > 0, box.width > 0, box.height > 0 else { return }
        let channels = image.rgb ? 3 : 1
        let half = (width: box.width / 2, height: box.height / 2)
        let center = Point(box.x + half.width, box.y + half.height)
        let area = box.intersection(clip)
        guard area.width > 0, area.height > 0 else { return }
        let x0 = max(0, Int(area.x.rounded(.down))), x1 = min(width, Int(area.maxX.rounded(.up)))
        let y0 = max(0, Int(area.y.rounded(.down))), y1 = min(height, Int(area.maxY.rounded(.up)))
        guard x0 < x1, y0 < y1 else { return }
        for y in y0..<y1 {
            let cy = Double(y) + 0.5
            let row = min(image.height - 1, max(0, Int(((cy - box.y) / box.height * Double(image.height)).rounded(.down))))
            for x in x0..<x1 {
                let cx = Double(x) + 0.5
                let coverage = halfPlaneCoverage(roundedBoxDistance(Point(cx, cy), center: center, half: half, radius: 0))
                    * overlap(Double(x), clip.x, clip.maxX) * overlap(Double(y), clip.y, clip.maxY)
                guard coverage > 0 else { continue }
                let column = min(image.width - 1, max(0, Int(((cx - box.x) / box.width * Double(image.width)).rounded(.down))))
                let i = (row * image.width + column) * channels
                let color = image.rgb ? RGB(image.pixels[i], image.pixels[i + 1], image.pixels[i + 2])
                    : RGB(image.pixels[i], image.pixels[i], image.pixels[i])
                blend(x, y, color, coverage)
            }
        }
    }

    /// Text on the baseline through `at`, placed by its anchor with ``TextMetrics`` widths (as the SVG's
    /// layout assumes); `vertical` turns it −90° about `at`, to read upwards.
    private mutating func drawText(_ text: String, at: Point, size: Double, anchor: TextAnchor, vertical: Bool,
                                   color: RGB, clip: Box) {
        let total = TextMetrics.width(text, size: size)
        // `u` runs along the text from `at` (as seen upright; `below` runs down from the baseline).
        var u = -(anchor == .middle ? total / 2 : anchor == .end ? total : 0)
        let origin = (x: Int(at.x.rounded(.down)), y: Int(at.y.rounded()))
        let start = vertical ? 0.0 : at.x - Double(origin.x)
        for scalar in text.unicodeScalars {
            defer { u += TextMetrics.advance(scalar, size: size) }
            let position = start + u
            let whole = Int(position.rounded(.down))
            let quarter = min(3, Int(((position - Double(whole)) * 4).rounded(.down)))
            guard let glyph = glyph(scalar, size: size, quarter: quarter) else { continue }
            for row in 0..<glyph.rows {
                for column in 0..<glyph.width {
                    let value = glyph.coverage[row * glyph.width + column]
                    guard value > 0 else { continue }
                    let along = whole + glyph.left + column, below = row - glyph.top
                    // Upright: (along, below) from the origin; turned: (below, -along - 1).
                    let x = vertical ? origin.x + below : origin.x + along
                    let y = vertical ? origin.y - along - 1 : origin.y + below
                    guard x >= 0, x < width, y >= 0, y < height else { continue }
                    let alpha = Double(value) / 255 * overlap(Double(x), clip.x, clip.maxX) * overlap(Double(y), clip.y, clip.maxY)
                    if alpha > 0 { blend(x, y, color, alpha) }
                }
            }
        }
    }

    private mutating func glyph(_ scalar: Unicode.Scalar, size: Double, quarter: Int) -> Glyphs.Bitmap? {
        let key = GlyphKey(scalar: scalar.value, size: size, quarter: quarter)
        if let cached = glyphCache[key] { return cached }
        let bitmap = Glyphs.bitmap(scalar, size: size, offset: Double(quarter) / 4)
        glyphCache[key] = bitmap
        return bitmap
    }
}

// MARK: - Geometry

/// The signed distance from `p` to the outline of a rectangle with rounded corners (negative inside).
func roundedBoxDistance(_ p: Point, center: Point, half: (width: Double, height: Double), radius: Double) -> Double {
    let r = min(radius, half.width, half.height)
    let qx = abs(p.x - center.x) - half.width + r, qy = abs(p.y - center.y) - half.height + r
    let outside = hypot(max(qx, 0), max(qy, 0))
    return outside + min(max(qx, qy), 0) - r
}

/// The distance from `p` to the segment from `a` to `b`.
func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
    let dx = b.x - a.x, dy = b.y - a.y
    let lengthSquared = dx * dx + dy * dy
    let t = lengthSquared == 0 ? 0 : min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared))
    return hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy))
}

/// The share of a pixel whose centre is at signed distance `d` from an edge that is covered by the inside.
func halfPlaneCoverage(_ d: Double) -> Double { min(1, max(0, 0.5 - d)) }

/// The share of a pixel whose centre is at distance `d` from the middle of a band `width` wide.
func bandCoverage(_ d: Double, _ width: Double) -> Double {
    max(0, min(0.5, d + width / 2) - max(-0.5, d - width / 2))
}

/// The length of `[p, p + 1]` inside `[low, high]`.
func overlap(_ p: Double, _ low: Double, _ high: Double) -> Double {
    max(0, min(p + 1, high) - max(p, low))
}

extension Box {
    func expanded(by amount: Double) -> Box {
        Box(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
    }

    func intersection(_ other: Box) -> Box {
        let x0 = max(x, other.x), y0 = max(y, other.y)
        return Box(x: x0, y: y0, width: max(0, min(maxX, other.maxX) - x0), height: max(0, min(maxY, other.maxY) - y0))
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

/// The colour of SVG colour text: `#rgb`, `#rrggbb` or a CSS colour name; `nil` for `none` and for what it
/// does not know.
func parseColor(_ text: String) -> RGB? {
    let value = text.trimmingCharacters(in: .whitespaces).lowercased()
    if value.hasPrefix("#") {
        let digits = Array(value.dropFirst())
        if digits.count == 3, digits.allSatisfy(\.isHexDigit) {
            let expanded = digits.map { "\($0)\($0)" }.joined()
            return RGB(hex: expanded)
        }
        if digits.count == 6, digits.allSatisfy(\.isHexDigit) { return RGB(hex: value) }
        return nil
    }
    return namedColors[value].map { RGB(hex: $0) }
}

/// CSS colour names a figure is likely to be given (matplotlib's single letters too).
private let namedColors: [String: String] = [
    "black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
    "yellow": "#ffff00", "orange": "#ffa500", "purple": "#800080", "brown": "#a52a2a", "pink": "#ffc0cb",
    "gray": "#808080", "grey": "#808080", "lightgray": "#d3d3d3", "lightgrey": "#d3d3d3", "darkgray": "#a9a9a9",
    "darkgrey": "#a9a9a9", "silver": "#c0c0c0", "cyan": "#00ffff", "magenta": "#ff00ff", "navy": "#000080",
    "teal": "#008080", "olive": "#808000", "maroon": "#800000", "lime": "#00ff00", "gold": "#ffd700",
    "darkred": "#8b0000", "darkgreen": "#006400", "darkblue": "#00008b", "darkorange": "#ff8c00",
    "steelblue": "#4682b4", "crimson": "#dc143c", "indigo": "#4b0082", "violet": "#ee82ee",
    "k": "#000000", "w": "#ffffff", "r": "#ff0000", "g": "#008000", "b": "#0000ff", "y": "#bfbf00",
    "c": "#00bfbf", "m": "#bf00bf",
]
