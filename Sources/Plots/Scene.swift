import Foundation

/// A figure as a list of drawing operations in pixels (origin top left, y down): what both the SVG
/// text and the PNG picture are made from, so that the two show the same thing.
struct Scene {
    /// The size of the picture in pixels.
    var width: Double
    var height: Double
    /// The font size of text that sets none.
    var fontSize: Double
    /// What is drawn, in order (later marks cover earlier ones).
    var marks: [Mark]
}

/// A point in pixels.
struct Point: Equatable {
    var x: Double
    var y: Double
    init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
}

/// A rectangle in pixels.
struct Box: Equatable {
    var x: Double, y: Double, width: Double, height: Double
    var maxX: Double { x + width }
    var maxY: Double { y + height }

    /// Whether the two rectangles share more than an edge.
    func overlaps(_ other: Box) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
}

/// Where a text's anchor point is: its start, middle or end (SVG's `text-anchor`).
enum TextAnchor: String {
    case start, middle, end
}

/// One drawing operation. Colours are SVG colour text (`#1f77b4`, `black`); `nil` style values are taken
/// from the enclosing group, as in SVG.
indirect enum Mark {
    /// A rectangle, filled and/or outlined, with rounded corners of `radius`.
    case rect(Box, fill: String?, fillOpacity: Double = 1, stroke: String? = nil, strokeWidth: Double? = nil,
              radius: Double = 0)
    /// Polylines drawn with round joins and butt ends; each inner array is one polyline.
    case path([[Point]], stroke: String?, width: Double?, cssClass: String? = nil)
    /// A disc of radius `radius`, outlined with the group's stroke if it has one.
    case circle(Point, radius: Double, fill: String?)
    /// Text on the baseline through `at`; `vertical` turns it to read upwards (rotated −90° about `at`).
    case text(String, at: Point, size: Double? = nil, anchor: TextAnchor? = nil, vertical: Bool = false)
    /// A picture stretched over `box`, each of its pixels a sharp square.
    case image(PixelImage, Box)
    /// Marks sharing a style, clipped to `clip` if set.
    case group(Group)
}

/// Marks sharing a style (SVG's `<g>`), optionally clipped to a rectangle.
struct Group {
    var cssClass: String? = nil
    var fill: String? = nil
    var stroke: String? = nil
    var strokeWidth: Double? = nil
    var anchor: TextAnchor? = nil
    var clip: Box? = nil
    var marks: [Mark] = []
}

// MARK: - SVG

extension Scene {
    /// The scene as an SVG document.
    var svg: String {
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" "
        s += "viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\" "
        s += "font-size=\"\(fmt(fontSize))\">\n"
        for mark in marks { s += Self.svg(mark) }
        return s + "</svg>\n"
    }

    private static func svg(_ mark: Mark) -> String {
        switch mark {
        case .rect(let box, let fill, let fillOpacity, let stroke, let strokeWidth, let radius):
            var s = "<rect x=\"\(fmt(box.x))\" y=\"\(fmt(box.y))\" width=\"\(fmt(box.width))\" height=\"\(fmt(box.height))\""
            s += " fill=\"\(fill.map(xmlEscape) ?? "none")\""
            if fillOpacity < 1 { s += " fill-opacity=\"\(fmt(fillOpacity))\"" }
            if let stroke { s += " stroke=\"\(xmlEscape(stroke))\"" }
            if let strokeWidth { s += " stroke-width=\"\(fmt(strokeWidth))\"" }
            if radius > 0 { s += " rx=\"\(fmt(radius))\"" }
            return s + "/>\n"
        case .path(let polylines, let stroke, let width, let cssClass):
            var d = ""
            for line in polylines {
                for (i, p) in line.enumerated() { d += "\(i == 0 ? "M" : "L")\(fmt(p.x)) \(fmt(p.y))" }
            }
            var s = "<path"
            if let cssClass { s += " class=\"\(cssClass)\"" }
            s += " d=\"\(d)\" fill=\"none\""
            if let stroke { s += " stroke=\"\(xmlEscape(stroke))\"" }
            if let width { s += " stroke-width=\"\(fmt(width))\"" }
            return s + " stroke-linejoin=\"round\"/>\n"
        case .circle(let center, let radius, let fill):
            var s = "<circle cx=\"\(fmt(center.x))\" cy=\"\(fmt(center.y))\" r=\"\(fmt(radius))\""
            if let fill { s += " fill=\"\(xmlEscape(fill))\"" }
            return s + "/>"
        case .text(let text, let at, let size, let anchor, let vertical):
            var s = "<text"
            if vertical {
                s += " transform=\"translate(\(fmt(at.x)) \(fmt(at.y))) rotate(-90)\""
            } else {
                s += " x=\"\(fmt(at.x))\" y=\"\(fmt(at.y))\""
            }
            if let anchor { s += " text-anchor=\"\(anchor.rawValue)\"" }
            if let size { s += " font-size=\"\(fmt(size))\"" }
            return s + ">\(xmlEscape(text))</text>"
        case .image(let image, let box):
            var s = "<image x=\"\(fmt(box.x))\" y=\"\(fmt(box.y))\" width=\"\(fmt(box.width))\" height=\"\(fmt(box.height))\" "
            s += "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"\(image.dataURI)\"/>\n"
            return s
        case .group(let group):
            var s = ""
            var attributes = ""
            if let clip = group.clip {
                let rect = "x=\"\(fmt(clip.x))\" y=\"\(fmt(clip.y))\" width=\"\(fmt(clip.width))\" height=\"\(fmt(clip.height))\""
                // Named after its rectangle: figures shown in one page may share an id only for the same clip.
                let id = "clip-\(fmt(clip.x))-\(fmt(clip.y))-\(fmt(clip.width))-\(fmt(clip.height))"
                    .replacingOccurrences(of: ".", with: "_")
                s += "<defs><clipPath id=\"\(id)\"><rect \(rect)/></clipPath></defs>\n"
                attributes += " clip-path=\"url(#\(id))\""
            }
            if let cssClass = group.cssClass { attributes += " class=\"\(cssClass)\"" }
            if let fill = group.fill { attributes += " fill=\"\(xmlEscape(fill))\"" }
            if let stroke = group.stroke { attributes += " stroke=\"\(xmlEscape(stroke))\"" }
            if let strokeWidth = group.strokeWidth { attributes += " stroke-width=\"\(fmt(strokeWidth))\"" }
            if let anchor = group.anchor { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
            s += "<g\(attributes)>"
            for mark in group.marks { s += svg(mark) }
            return s + "</g>\n"
        }
    }
}

extension PixelImage {
    /// The picture as a `data:image/png;base64,…` URI for an SVG `<image>`.
    var dataURI: String { PNGEncoder.dataURI(width: width, height: height, rgb: rgb, pixels: pixels) }
}
