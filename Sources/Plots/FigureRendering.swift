import Foundation

/// Maps data coordinates to SVG pixels inside the plot area.
struct AxesFrame {
    var left: Double, right: Double, top: Double, bottom: Double
    var x: ClosedRange<Double>, y: ClosedRange<Double>

    func px(_ v: Double) -> Double { left + (v - x.lowerBound) / (x.upperBound - x.lowerBound) * (right - left) }
    func py(_ v: Double) -> Double { bottom - (v - y.lowerBound) / (y.upperBound - y.lowerBound) * (bottom - top) }
}

/// The range covering `values` with a 5% margin on each side (matplotlib's default margins);
/// a single value gets ±0.5 (or ±5% of itself).
func paddedRange(_ values: [Double], margin: Double = 0.05) -> ClosedRange<Double> {
    let finite = values.filter(\.isFinite)
    guard let lo = finite.min(), let hi = finite.max() else { return 0...1 }
    if hi == lo {
        let d = lo == 0 ? 0.5 : abs(lo) * 0.05
        return (lo - d)...(hi + d)
    }
    let pad = (hi - lo) * margin
    return (lo - pad)...(hi + pad)
}

extension Figure {
    /// Renders title, axes, ticks, data and legend as one SVG document.
    func renderAxes() -> String {
        let allX = lines.flatMap(\.x) + scatters.flatMap(\.x)
        let allY = lines.flatMap(\.y) + scatters.flatMap(\.y)
        let xRange = xLimits ?? raster?.x ?? paddedRange(allX)
        let yRange = yLimits ?? raster?.y ?? paddedRange(allY)
        let frame = AxesFrame(left: yLabel == nil ? 48 : 64, right: width - 16,
                              top: title == nil ? 14 : 34, bottom: height - (xLabel == nil ? 28 : 46),
                              x: xRange, y: yRange)
        let clipID = "c\(UInt32.random(in: 0...UInt32.max))"
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" "
        s += "viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\" font-size=\"11\">\n"
        s += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        s += "<defs><clipPath id=\"\(clipID)\"><rect x=\"\(fmt(frame.left))\" y=\"\(fmt(frame.top))\" "
        s += "width=\"\(fmt(frame.right - frame.left))\" height=\"\(fmt(frame.bottom - frame.top))\"/></clipPath></defs>\n"
        s += "<g clip-path=\"url(#\(clipID))\">\n"
        if let raster {
            let x0 = frame.px(raster.x.lowerBound), x1 = frame.px(raster.x.upperBound)
            let y0 = frame.py(raster.y.upperBound), y1 = frame.py(raster.y.lowerBound)
            s += "<image x=\"\(fmt(x0))\" y=\"\(fmt(y0))\" width=\"\(fmt(x1 - x0))\" height=\"\(fmt(y1 - y0))\" "
            s += "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"\(raster.dataURI)\"/>\n"
        }
        for line in lines { s += linePath(line, frame) }
        for series in scatters { s += scatterGroup(series, frame) }
        s += "</g>\n"
        s += axesDecoration(frame)
        s += legend(frame)
        s += "</svg>\n"
        return s
    }

    private func linePath(_ line: LineSeries, _ f: AxesFrame) -> String {
        var d = "", pen = "M"
        for (x, y) in zip(line.x, line.y) {
            guard x.isFinite, y.isFinite else { pen = "M"; continue }
            d += "\(pen)\(fmt(f.px(x))) \(fmt(f.py(y)))"
            pen = "L"
        }
        return "<path class=\"line\" d=\"\(d)\" fill=\"none\" stroke=\"\(xmlEscape(line.color))\" "
            + "stroke-width=\"\(fmt(line.width))\" stroke-linejoin=\"round\"/>\n"
    }

    private func scatterGroup(_ series: ScatterSeries, _ f: AxesFrame) -> String {
        let single = series.colors.count == 1
        var s = "<g class=\"points\" stroke=\"#333\" stroke-width=\"0.4\"\(single ? " fill=\"\(xmlEscape(series.colors[0]))\"" : "")>"
        for (i, (x, y)) in zip(series.x, series.y).enumerated() where x.isFinite && y.isFinite {
            s += "<circle cx=\"\(fmt(f.px(x)))\" cy=\"\(fmt(f.py(y)))\" r=\"\(fmt(series.size))\""
            s += single ? "/>" : " fill=\"\(series.colors[i])\"/>"
        }
        return s + "</g>\n"
    }

    /// Frame, tick marks, tick labels, axis labels and title.
    private func axesDecoration(_ f: AxesFrame) -> String {
        var s = "<rect x=\"\(fmt(f.left))\" y=\"\(fmt(f.top))\" width=\"\(fmt(f.right - f.left))\" "
        s += "height=\"\(fmt(f.bottom - f.top))\" fill=\"none\" stroke=\"black\" stroke-width=\"0.8\"/>\n"
        let xTicks = niceTicks(f.x.lowerBound, f.x.upperBound, target: max(3, Int((f.right - f.left) / 50)))
        let yTicks = niceTicks(f.y.lowerBound, f.y.upperBound, target: max(3, Int((f.bottom - f.top) / 50)))
        var marks = ""
        for t in xTicks { marks += "M\(fmt(f.px(t))) \(fmt(f.bottom))v4" }
        for t in yTicks { marks += "M\(fmt(f.left)) \(fmt(f.py(t)))h-4" }
        s += "<path class=\"ticks\" d=\"\(marks)\" stroke=\"black\" stroke-width=\"0.8\"/>\n"
        s += "<g class=\"xticks\" text-anchor=\"middle\">"
        for (t, label) in zip(xTicks, tickLabels(xTicks)) {
            s += "<text x=\"\(fmt(f.px(t)))\" y=\"\(fmt(f.bottom + 16))\">\(xmlEscape(label))</text>"
        }
        s += "</g>\n<g class=\"yticks\" text-anchor=\"end\">"
        for (t, label) in zip(yTicks, tickLabels(yTicks)) {
            s += "<text x=\"\(fmt(f.left - 6))\" y=\"\(fmt(f.py(t) + 4))\">\(xmlEscape(label))</text>"
        }
        s += "</g>\n"
        if let xLabel {
            s += "<text x=\"\(fmt((f.left + f.right) / 2))\" y=\"\(fmt(height - 8))\" text-anchor=\"middle\" font-size=\"12\">\(xmlEscape(xLabel))</text>\n"
        }
        if let yLabel {
            let cy = (f.top + f.bottom) / 2
            s += "<text transform=\"translate(16 \(fmt(cy))) rotate(-90)\" text-anchor=\"middle\" font-size=\"12\">\(xmlEscape(yLabel))</text>\n"
        }
        if let title {
            s += "<text x=\"\(fmt((f.left + f.right) / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">\(xmlEscape(title))</text>\n"
        }
        return s
    }

    /// The legend box listing labelled series (lines as short strokes, scatters as dots).
    private func legend(_ f: AxesFrame) -> String {
        let entries: [(label: String, color: String, isLine: Bool)] =
            lines.compactMap { l in l.label.map { ($0, l.color, true) } }
            + scatters.compactMap { p in p.label.map { ($0, p.colors[0], false) } }
        guard !entries.isEmpty, legendPosition != .none else { return "" }
        let rowHeight = 16.0
        let longest = entries.map(\.label.count).max() ?? 0
        let boxWidth = 36 + Double(longest) * 6.5, boxHeight = Double(entries.count) * rowHeight + 8
        let x: Double
        switch legendPosition {
        case .upperLeft: x = f.left + 8
        case .upperCenter: x = (f.left + f.right - boxWidth) / 2
        default: x = f.right - boxWidth - 8
        }
        let y = legendPosition == .lowerRight ? f.bottom - boxHeight - 8 : f.top + 8
        var s = "<g class=\"legend\"><rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(boxWidth))\" height=\"\(fmt(boxHeight))\" "
        s += "fill=\"white\" fill-opacity=\"0.9\" stroke=\"#ccc\" rx=\"3\"/>"
        for (i, entry) in entries.enumerated() {
            let cy = y + 4 + rowHeight * (Double(i) + 0.5)
            if entry.isLine {
                s += "<path d=\"M\(fmt(x + 6)) \(fmt(cy))h20\" stroke=\"\(xmlEscape(entry.color))\" stroke-width=\"2\"/>"
            } else {
                s += "<circle cx=\"\(fmt(x + 16))\" cy=\"\(fmt(cy))\" r=\"3.5\" fill=\"\(xmlEscape(entry.color))\"/>"
            }
            s += "<text x=\"\(fmt(x + 32))\" y=\"\(fmt(cy + 4))\">\(xmlEscape(entry.label))</text>"
        }
        return s + "</g>\n"
    }
}
