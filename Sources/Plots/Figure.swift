import Foundation
import NeuralNet
import NotebookRuntime

/// A chart drawn by our own code, as SVG and as PNG — the Swift counterpart of a matplotlib figure with one axes.
///
/// Build it up like `plt.plot` / `plt.scatter` calls, then make it the last expression of a cell
/// (or pass it to `display`) and the notebook shows the picture:
///
///     var fig = Figure(title: "Learning rates", xLabel: "iterations (hundreds)", yLabel: "cost")
///     fig.line(y: costsA, label: "0.01")      // plt.plot(costs_a, label="0.01")
///     fig.line(y: costsB, label: "0.001")
///     fig                                     // rendered with axes, ticks and a legend
///
/// `fig.svg` is the SVG text itself if you want to save it (`try fig.svg.write(toFile:...)`), `fig.png` the
/// PNG file's bytes.
public struct Figure: MimeRepresentable, CustomStringConvertible {
    /// Where the legend box goes, like matplotlib's `loc=` argument.
    public enum LegendPosition: Sendable {
        /// Top right corner inside the axes (matplotlib's "upper right").
        case upperRight
        /// Top centre inside the axes (the course's learning-rate comparison uses "upper center").
        case upperCenter
        /// Top left corner inside the axes.
        case upperLeft
        /// Bottom right corner inside the axes.
        case lowerRight
        /// No legend even if series have labels.
        case none
    }

    /// The title above the axes (`plt.title`).
    public var title: String?
    /// The x-axis label (`plt.xlabel`).
    public var xLabel: String?
    /// The y-axis label (`plt.ylabel`).
    public var yLabel: String?
    /// Width of the picture in pixels.
    public var width: Double
    /// Height of the picture in pixels.
    public var height: Double
    /// Where the legend goes; it is only drawn when some series has a label.
    public var legendPosition: LegendPosition = .upperRight
    /// Fixed x range (`plt.xlim`); `nil` fits the data with a small margin.
    public var xLimits: ClosedRange<Double>?
    /// Fixed y range (`plt.ylim`); `nil` fits the data with a small margin.
    public var yLimits: ClosedRange<Double>?

    struct LineSeries { var x: [Double]; var y: [Double]; var label: String?; var color: String; var width: Double }
    struct ScatterSeries { var x: [Double]; var y: [Double]; var colors: [String]; var label: String?; var size: Double }
    /// A raster image stretched over a rectangle in data coordinates (decision-boundary background).
    struct Raster { var image: PixelImage; var x: ClosedRange<Double>; var y: ClosedRange<Double> }
    /// A grid of small titled images instead of axes (`imageGrid`).
    struct ImageGrid { var images: [(image: PixelImage, title: String)]; var columns: Int; var cell: Double }

    var lines: [LineSeries] = []
    var scatters: [ScatterSeries] = []
    var raster: Raster?
    var imageGrid: ImageGrid?

    /// An empty figure, like `plt.figure()` followed by `plt.title(...)`, `plt.xlabel(...)`, `plt.ylabel(...)`.
    /// Sizes are in pixels (default 480 × 360).
    public init(title: String? = nil, xLabel: String? = nil, yLabel: String? = nil,
                width: Double = 480, height: Double = 360) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.width = width
        self.height = height
    }

    /// Adds a line through the points `(x[i], y[i])`, like `plt.plot(x, y, label=...)`.
    /// Without `x` the points are at 0, 1, 2, … like `plt.plot(y)`. Colours follow matplotlib's
    /// default cycle unless you pass `color` (any SVG colour, e.g. `"#d62728"` or `"black"`).
    public mutating func line(x: [Double]? = nil, y: [Double], label: String? = nil, color: String? = nil,
                              lineWidth: Double = 1.5) {
        let xs = x ?? y.indices.map(Double.init)
        precondition(xs.count == y.count, "line: x has \(xs.count) values but y has \(y.count)")
        lines.append(LineSeries(x: xs, y: y, label: label, color: color ?? tab10[lines.count % tab10.count],
                                width: lineWidth))
    }

    /// Adds a line from 1-D (or (1, n) / (n, 1)) tensors, like `plt.plot(np.squeeze(costs))`.
    public mutating func line(x: Tensor? = nil, y: Tensor, label: String? = nil, color: String? = nil) {
        line(x: x?.scalars, y: y.scalars, label: label, color: color)
    }

    /// A new figure holding one line: `Figure.line(y: costs, label: "train")`, like a one-line `plt.plot`.
    public static func line(x: [Double]? = nil, y: [Double], label: String? = nil, title: String? = nil,
                            xLabel: String? = nil, yLabel: String? = nil) -> Figure {
        var figure = Figure(title: title, xLabel: xLabel, yLabel: yLabel)
        figure.line(x: x, y: y, label: label)
        return figure
    }

    /// Adds points `(x[i], y[i])`, like `plt.scatter(x, y, c=..., s=...)`.
    /// - Parameters:
    ///   - classes: optional class per point (e.g. the labels 0/1); points are coloured by class with the
    ///     course's `Spectral` colormap (0 red, 1 blue). Without it every point gets the next cycle colour.
    ///   - size: marker radius in pixels.
    public mutating func scatter(x: [Double], y: [Double], classes: [Double]? = nil, label: String? = nil,
                                 size: Double = 3) {
        precondition(x.count == y.count, "scatter: x has \(x.count) values but y has \(y.count)")
        let colors: [String]
        if let classes {
            precondition(classes.count == x.count, "scatter: \(x.count) points but \(classes.count) classes")
            colors = classColors(classes).map(\.hex)
        } else {
            colors = [tab10[(lines.count + scatters.count) % tab10.count]]
        }
        scatters.append(ScatterSeries(x: x, y: y, colors: colors, label: label, size: size))
    }

    /// Adds the examples of a course-style dataset: `X` of shape (2, m) (one point per column) coloured
    /// by `labels` of shape (1, m) — `plt.scatter(X[0, :], X[1, :], c=Y, s=40, cmap=plt.cm.Spectral)`.
    public mutating func scatter(X: Tensor, labels: Tensor, size: Double = 3) {
        let (x, y) = Figure.rows(of: X, for: "scatter")
        precondition(labels.scalars.count == x.count, "scatter: X has \(x.count) columns but labels has \(labels.scalars.count) values")
        scatter(x: x, y: y, classes: labels.scalars, size: size)
    }

    /// The two rows of a (2, m) tensor.
    static func rows(of X: Tensor, for caller: String) -> ([Double], [Double]) {
        precondition(X.shape.count == 2 && X.shape[0] == 2,
                     "\(caller): X must have shape (2, m), one example per column; got \(X.shape)")
        let s = X.scalars, m = X.shape[1]
        return (Array(s[0..<m]), Array(s[m..<(2 * m)]))
    }

    /// What is drawn, in pixels: the source of both the SVG and the PNG.
    var scene: Scene { imageGrid != nil ? imageGridScene() : axesScene() }

    /// The picture as SVG text (`image/svg+xml`).
    public var svg: String { scene.svg }

    /// The picture as a PNG file (`image/png`), drawn by the same code from the same shapes as the SVG,
    /// with DejaVu Sans for the text. `try Data(fig.png).write(to: URL(fileURLWithPath: "fig.png"))` saves it.
    public var png: [UInt8] { Rasterizer(scene).png }

    /// What the notebook shows: the SVG, the same picture as PNG (which Notebook 7 shows in a notebook it
    /// does not trust, where it shows no SVG) and a short text fallback (`<Figure: title>`).
    public var mimeBundle: MimeBundle {
        let scene = self.scene
        return MimeBundle(["image/svg+xml": scene.svg,
                           "image/png": Data(Rasterizer(scene).png).base64EncodedString(),
                           "text/plain": description])
    }

    /// `<Figure: title>`, the plain-text stand-in for the picture.
    public var description: String { "<Figure: \(title ?? "untitled")>" }
}
