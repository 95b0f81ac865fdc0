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
    /// Title, axes, ticks, data and legend as one scene.
    func axesScene() -> Scene {
        let allX = lines.flatMap(\.x) + scatters.flatMap(\.x)
        let allY = lines.flatMap(\.y) + scatters.flatMap(\.y)
        let xRange = xLimits ?? raster?.x ?? paddedRange(allX)
        let yRange = yLimits ?? raster?.y ?? paddedRange(allY)
        let frame = AxesFrame(left: yLabel == nil ? 48 : 64, right: width - 16,
                              top: title == nil ? 14 : 34, bottom: height - (xLabel == nil ? 28 : 46),
                              x: xRange, y: yRange)
        let plotArea = Box(x: frame.left, y: frame.top, width: frame.right - frame.left, height: frame.bottom - frame.top)
        var data = Group(clip: plotArea)
        if let raster {
            let x0 = frame.px(raster.x.lowerBound), x1 = frame.px(raster.x.upperBound)
            let y0 = frame.py(raster.y.upperBound), y1 = frame.py(raster.y.lowerBound)
            data.marks.append(.image(raster.image, Box(x: x0, y: y0, width: x1 - x0, height: y1 - y0)))
        }
        for line in lines { data.marks.append(linePath(line, frame)) }
        for series in scatters { data.marks.append(scatterGroup(series, frame)) }
        var marks: [Mark] = [.rect(Box(x: 0, y: 0, width: width, height: height), fill: "white"), .group(data)]
        marks += axesDecoration(frame)
        if let legend = legend(frame) { marks.append(legend) }
        return Scene(width: width, height: height, fontSize: 11, marks: marks)
    }

    private func linePath(_ line: LineSeries, _ f: AxesFrame) -> Mark {
        var polylines: [[Point]] = [[]]
        for (x, y) in zip(line.x, line.y) {
            guard x.isFinite, y.isFinite else {
                if !polylines[polylines.count - 1].isEmpty { polylines.append([]) }
                continue
            }
            polylines[polylines.count - 1].append(Point(f.px(x), f.py(y)))
        }
        return .path(polylines.filter { !$0.isEmpty }, stroke: line.color, width: line.width, cssClass: "line")
    }

    private func scatterGroup(_ series: ScatterSeries, _ f: AxesFrame) -> Mark {
        let single = series.colors.count == 1
        var group = Group(cssClass: "points", fill: single ? series.colors[0] : nil, stroke: "#333", strokeWidth: 0.4)
        for (i, (x, y)) in zip(series.x, series.y).enumerated() where x.isFinite && y.isFinite {
            group.marks.append(.circle(Point(f.px(x), f.py(y)), radius: series.size, fill: single ? nil : series.colors[i]))
        }
        return .group(group)
    }

    /// Frame, tick marks, tick labels, axis labels and title.
    private func axesDecoration(_ f: AxesFrame) -> [Mark] {
        var marks: [Mark] = [.rect(Box(x: f.left, y: f.top, width: f.right - f.left, height: f.bottom - f.top),
                                   fill: nil, stroke: "black", strokeWidth: 0.8)]
        let xTicks = niceTicks(f.x.lowerBound, f.x.upperBound, target: max(3, Int((f.right - f.left) / 50)))
        let yTicks = niceTicks(f.y.lowerBound, f.y.upperBound, target: max(3, Int((f.bottom - f.top) / 50)))
        let marksX = xTicks.map { [Point(f.px($0), f.bottom), Point(f.px($0), f.bottom + 4)] }
        let marksY = yTicks.map { [Point(f.left, f.py($0)), Point(f.left - 4, f.py($0))] }
        marks.append(.path(marksX + marksY, stroke: "black", width: 0.8, cssClass: "ticks"))
        marks.append(.group(Group(cssClass: "xticks", anchor: .middle, marks: zip(xTicks, tickLabels(xTicks)).map { t, label in
            .text(label, at: Point(f.px(t), f.bottom + 16))
        })))
        marks.append(.group(Group(cssClass: "yticks", anchor: .end, marks: zip(yTicks, tickLabels(yTicks)).map { t, label in
            .text(label, at: Point(f.left - 6, f.py(t) + 4))
        })))
        if let xLabel {
            marks.append(.text(xLabel, at: Point((f.left + f.right) / 2, height - 8), size: 12, anchor: .middle))
        }
        if let yLabel {
            marks.append(.text(yLabel, at: Point(16, (f.top + f.bottom) / 2), size: 12, anchor: .middle, vertical: true))
        }
        if let title {
            marks.append(.text(title, at: Point((f.left + f.right) / 2, 22), size: 14, anchor: .middle))
        }
        return marks
    }

    /// The legend box listing labelled series (lines as short strokes, scatters as dots).
    private func legend(_ f: AxesFrame) -> Mark? {
        let entries: [(label: String, color: String, isLine: Bool)] =
            lines.compactMap { l in l.label.map { ($0, l.color, true) } }
            + scatters.compactMap { p in p.label.map { ($0, p.colors[0], false) } }
        guard !entries.isEmpty, legendPosition != .none else { return nil }
        let rowHeight = 16.0
        let longest = entries.map { TextMetrics.width($0.label, size: 11) }.max() ?? 0
        let boxWidth = 40 + longest, boxHeight = Double(entries.count) * rowHeight + 8
        let x: Double
        switch legendPosition {
        case .upperLeft: x = f.left + 8
        case .upperCenter: x = (f.left + f.right - boxWidth) / 2
        default: x = f.right - boxWidth - 8
        }
        let y = legendPosition == .lowerRight ? f.bottom - boxHeight - 8 : f.top + 8
        var group = Group(cssClass: "legend")
        group.marks.append(.rect(Box(x: x, y: y, width: boxWidth, height: boxHeight), fill: "white", fillOpacity: 0.9,
                                 stroke: "#ccc", strokeWidth: 1, radius: 3))
        for (i, entry) in entries.enumerated() {
            let cy = y + 4 + rowHeight * (Double(i) + 0.5)
            if entry.isLine {
                group.marks.append(.path([[Point(x + 6, cy), Point(x + 26, cy)]], stroke: entry.color, width: 2))
            } else {
                group.marks.append(.circle(Point(x + 16, cy), radius: 3.5, fill: entry.color))
            }
            group.marks.append(.text(entry.label, at: Point(x + 32, cy + 4)))
        }
        return .group(group)
    }
}
