import NeuralNet

/// The course's learning curve: the cost recorded every `every` iterations, plotted against the
/// iteration count in units of `every` (the notebooks' `plot_costs(costs, learning_rate)`).
///
///     plotCosts(costs, learningRate: 0.005)   // title "Learning rate =0.005", y "cost",
///                                             // x "iterations (per hundreds)"
public func plotCosts(_ costs: [Double], learningRate: Double?, every: Int = 100) -> Figure {
    var figure = Figure(title: learningRate.map { "Learning rate =\(formatRate($0))" },
                        xLabel: every == 100 ? "iterations (per hundreds)" : "iterations (per \(every))",
                        yLabel: "cost")
    figure.line(y: costs)
    return figure
}

/// `plotCosts` for costs stored in a tensor (any shape; `np.squeeze(costs)`).
public func plotCosts(_ costs: Tensor, learningRate: Double?, every: Int = 100) -> Figure {
    plotCosts(costs.scalars, learningRate: learningRate, every: every)
}

/// Several learning curves on one chart with a legend, like the course's learning-rate comparison:
///
///     plotLearningRates([(0.01, costs1), (0.001, costs2), (0.0001, costs3)])
///
/// Each curve is labelled with its learning rate; the legend sits at the upper centre as in the notebook.
public func plotLearningRates(_ runs: [(learningRate: Double, costs: [Double])], every: Int = 100) -> Figure {
    var figure = Figure(xLabel: every == 100 ? "iterations (hundreds)" : "iterations (per \(every))", yLabel: "cost")
    for run in runs { figure.line(y: run.costs, label: formatRate(run.learningRate)) }
    figure.legendPosition = .upperCenter
    return figure
}

/// Learning rates as Python prints them (0.005, 0.0001, 1.2).
func formatRate(_ rate: Double) -> String {
    let text = "\(rate)"
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
}

/// A scatter plot of a two-feature dataset coloured by class, like the course's
/// `plt.scatter(X[0, :], X[1, :], c=Y, s=40, cmap=plt.cm.Spectral)`.
///
///     let (X, Y) = loadPlanarDataset()
///     scatter(X: X, labels: Y)        // the red and blue "flower"
///
/// - Parameters:
///   - X: shape (2, m), one example per column (row 0 = x1, row 1 = x2).
///   - labels: shape (1, m) (or m values), the class of each example.
public func scatter(X: Tensor, labels: Tensor, title: String? = nil) -> Figure {
    var figure = Figure(title: title, xLabel: "x1", yLabel: "x2")
    figure.scatter(X: X, labels: labels)
    return figure
}

/// The regions a classifier assigns to each class, with the data on top — the course's
/// `plot_decision_boundary(lambda x: predict(parameters, x.T), X, Y)`.
///
///     plotDecisionBoundary({ predict(parameters, $0) }, X: X, Y: Y, title: "Decision Boundary for hidden layer size 4")
///
/// The plane is covered with a grid of `resolution × resolution` cells spanning the data range
/// padded by 1 on every side; the centres of all cells are passed to `predict` **at once** as one
/// (2, k) tensor (one point per column, the layout our `predict` functions take) and it must
/// return k predictions (shape (1, k) or (k)), usually 0/1. The background is drawn as an embedded PNG.
/// - Parameters:
///   - predict: the model; receives (2, k) points, returns k class predictions.
///   - X: the data, (2, m). `Y`: its labels, (1, m).
public func plotDecisionBoundary(_ predict: (Tensor) -> Tensor, X: Tensor, Y: Tensor, title: String? = nil,
                                 resolution: Int = 100) -> Figure {
    let (x1, x2) = Figure.rows(of: X, for: "plotDecisionBoundary")
    precondition(!x1.isEmpty, "plotDecisionBoundary: X has no examples")
    precondition(resolution > 1, "plotDecisionBoundary: resolution must be at least 2")
    let xRange = (x1.min()! - 1)...(x1.max()! + 1), yRange = (x2.min()! - 1)...(x2.max()! + 1)
    let n = resolution, k = n * n
    let dx = (xRange.upperBound - xRange.lowerBound) / Double(n)
    let dy = (yRange.upperBound - yRange.lowerBound) / Double(n)
    // Cell centres, top row (largest x2) first, so the predictions are already in image order.
    var points = [Double](repeating: 0, count: 2 * k)
    for row in 0..<n {
        for col in 0..<n {
            points[row * n + col] = xRange.lowerBound + (Double(col) + 0.5) * dx
            points[k + row * n + col] = yRange.upperBound - (Double(row) + 0.5) * dy
        }
    }
    let predictions = predict(Tensor(shape: [2, k], scalars: points)).scalars
    precondition(predictions.count == k, "plotDecisionBoundary: predict returned \(predictions.count) values for \(k) points")
    let lo = min(predictions.min() ?? 0, 0), hi = max(predictions.max() ?? 1, 1)
    var pixels = [UInt8](repeating: 0, count: 3 * k)
    for i in 0..<k {
        let c = spectral((predictions[i] - lo) / (hi - lo)).lightened(0.45)
        pixels[3 * i] = c.r; pixels[3 * i + 1] = c.g; pixels[3 * i + 2] = c.b
    }
    var figure = Figure(title: title, xLabel: "x1", yLabel: "x2")
    figure.raster = Figure.Raster(image: PixelImage(width: n, height: n, rgb: true, pixels: pixels), x: xRange, y: yRange)
    figure.scatter(X: X, labels: Y)
    return figure
}
