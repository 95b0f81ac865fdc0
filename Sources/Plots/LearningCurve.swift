import Foundation
import NeuralNet
import NotebookRuntime

/// A cost curve that draws itself while a model trains: the course's `plotCosts` chart, shown when the
/// first cost arrives and redrawn in place (`updateDisplay`) at most a few times a second, however fast
/// the iterations go.
///
/// ```swift
/// let curve = LearningCurve(learningRate: learningRate, quiet: !printCost)
/// for i in progress(0..<numIterations, quiet: !printCost) {
///     // … one step of gradient descent …
///     if i % 100 == 0 { curve.append(cost) }
/// }
/// curve.finish()
/// ```
///
/// Where nobody watches the run (nbconvert, papermill: see `NotebookFrontEnd`) only the final curve is
/// drawn, once, so that saved notebooks stay small. With `quiet` nothing is drawn.
public final class LearningCurve: LiveCostCurve {
    /// The costs recorded so far.
    public private(set) var costs: [Double] = []
    private let learningRate: Double?
    private let every: Int
    private let quiet: Bool
    private let live: Bool
    private let interval: TimeInterval
    private let displayID = "learning-curve-" + UUID().uuidString
    private var shown = false
    private var finished = false
    private var nextDraw = Date.distantPast

    /// A curve of costs recorded every `every` iterations, titled with `learningRate` like `plotCosts`;
    /// redrawn at most `redrawsPerSecond` times a second.
    public init(learningRate: Double? = nil, every: Int = 100, quiet: Bool = false, redrawsPerSecond: Double = 4) {
        self.learningRate = learningRate
        self.every = every
        self.quiet = quiet
        live = !quiet && (NotebookFrontEnd.isInteractive || NotebookFrontEnd.hasWidgets)
        interval = 1 / max(redrawsPerSecond, 0.1)
    }

    deinit { finish() }

    /// The chart as it stands.
    public var figure: Figure { plotCosts(costs, learningRate: learningRate, every: every) }

    /// Records a cost; redraws the chart if the last redraw is old enough.
    public func append(_ cost: Double) {
        costs.append(cost)
        guard live, !finished else { return }
        let now = Date()
        guard now >= nextDraw else { return }
        nextDraw = now.addingTimeInterval(interval)
        draw()
    }

    /// Draws the final chart (the only drawing of a run nobody watches); later calls do nothing.
    public func finish() {
        guard !finished else { return }
        finished = true
        guard !quiet, !costs.isEmpty else { return }
        draw()
    }

    private func draw() {
        if shown {
            updateDisplay(figure, id: displayID)
        } else {
            shown = true
            display(figure, id: displayID)
        }
    }
}

/// For `TrainingDisplay` in NeuralNet, which cannot name this module: a new curve, retained, as an
/// opaque pointer (`learningRate` NaN for none).
@_cdecl("swift_kernel_make_learning_curve")
public func _makeLearningCurve(_ learningRate: Double, _ every: Int) -> UnsafeMutableRawPointer? {
    let curve = LearningCurve(learningRate: learningRate.isNaN ? nil : learningRate, every: every)
    return Unmanaged.passRetained(curve as AnyObject).toOpaque()
}
