// C1 W2A2 "Logistic Regression with a Neural Network mindset": a single sigmoid neuron,
// trained by gradient descent.

import Foundation
import NotebookRuntime

/// The gradients of the logistic-regression cost (the course's `grads` dictionary).
public struct LogisticGradients {
    /// Gradient of the cost with respect to the weights `w`; same shape as `w`, `(n_x, 1)`.
    public var dw: Tensor
    /// Gradient of the cost with respect to the bias `b` (a number).
    public var db: Double

    /// Makes a gradient pair from `dw` and `db`.
    public init(dw: Tensor, db: Double) {
        self.dw = dw
        self.db = db
    }
}

/// Everything `model` returns (the course's dictionary `d`).
public struct LogisticRegressionResult {
    /// The cost recorded every 100 iterations (iteration 0, 100, 200, …).
    public var costs: [Double]
    /// Predictions (0 or 1) on the test set, shape `(1, m_test)`.
    public var yPredictionTest: Tensor
    /// Predictions (0 or 1) on the training set, shape `(1, m_train)`.
    public var yPredictionTrain: Tensor
    /// The learned weights, shape `(n_x, 1)`.
    public var w: Tensor
    /// The learned bias.
    public var b: Double
    /// The learning rate used.
    public var learningRate: Double
    /// The number of gradient-descent iterations run.
    public var numIterations: Int

    /// Collects what `model` learned and predicted (a learner's own `model` returns one too).
    public init(costs: [Double], yPredictionTest: Tensor, yPredictionTrain: Tensor, w: Tensor, b: Double,
                learningRate: Double, numIterations: Int) {
        self.costs = costs
        self.yPredictionTest = yPredictionTest
        self.yPredictionTrain = yPredictionTrain
        self.w = w
        self.b = b
        self.learningRate = learningRate
        self.numIterations = numIterations
    }
}

extension CourseReference {
    /// Creates the starting point for logistic regression: `w` a column of zeros of shape `(dim, 1)`
    /// and `b = 0.0`.
    ///
    /// Zeros are fine here (unlike in networks with hidden layers): a single neuron has no symmetry to break.
    package static func initializeWithZeros(_ dim: Int) -> (w: Tensor, b: Double) {
        (zeros(dim, 1), 0.0)
    }
}

extension CourseReference {
    /// One forward and backward pass of logistic regression over all `m` examples.
    ///
    /// Forward: `A = sigmoid(wᵀX + b)` and the cross-entropy cost
    /// `J = −(1/m) Σ [Y log A + (1 − Y) log(1 − A)]`.
    /// Backward: `dw = (1/m) X (A − Y)ᵀ` and `db = (1/m) Σ (A − Y)`.
    ///
    /// - Parameters:
    ///   - w: weights, shape `(n_x, 1)`.
    ///   - b: bias.
    ///   - X: data, shape `(n_x, m)` — one example per column.
    ///   - Y: true labels (0 or 1), shape `(1, m)`.
    /// - Returns: the gradients and the cost.
    package static func propagate(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double) {
        let m = Double(exampleCount(X))
        if let pass = logisticPassInBlocks(w, b, X, Y) {   // the same formulas, X read once
            let cost = -crossEntropySum(pass.A, Y) / m
            return (LogisticGradients(dw: pass.XdZ / m, db: totalSum(pass.dZ) / m), cost)
        }
        // Forward propagation (from X to the cost).
        let A = sigmoid(dot(w.T, X) + b)
        let cost = -crossEntropySum(A, Y) / m   // Σ [Y log(A) + (1 − Y) log(1 − A)]
        // Backward propagation (the gradients).
        let dw = dot(X, (A - Y).T) / m
        let db = totalSum(A - Y) / m
        return (LogisticGradients(dw: dw, db: db), cost)
    }
}

extension CourseReference {
    /// Learns `w` and `b` by running gradient descent for `numIterations` steps:
    /// `w = w − learningRate · dw`, `b = b − learningRate · db`.
    ///
    /// The cost is recorded every 100 iterations (iterations 0, 100, …), and printed as
    /// `Cost after iteration i: …` when `printCost` is true, with a progress bar and a live learning
    /// curve (`TrainingDisplay`).
    ///
    /// - Returns: the learned `(w, b)`, the gradients of the last step, and the recorded costs.
    package static func optimize(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor,
                                 numIterations: Int = 100, learningRate: Double = 0.009,
                                 printCost: Bool = false)
                -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])
            {
        var w = w, b = b
        var costs: [Double] = []
        var grads = LogisticGradients(dw: zerosLike(w), db: 0)
        let curve = TrainingDisplay.curve(learningRate: learningRate, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let (g, cost) = propagate(w, b, X, Y)
            grads = g
            w = gradientStep(w, learningRate, grads.dw)   // w - learningRate * dw
            b = b - learningRate * grads.db
            if i % 100 == 0 {
                costs.append(cost)
                curve?.append(cost)
                if printCost { print(String(format: "Cost after iteration %d: %f", i, cost)) }
            }
        }
        curve?.finish()
        return ((w, b), grads, costs)
    }
}

extension CourseReference {
    /// Predicts 0 or 1 for every example: 1 where `sigmoid(wᵀX + b) > 0.5`, else 0.
    ///
    /// - Parameters:
    ///   - w: weights, shape `(n_x, 1)`.
    ///   - b: bias.
    ///   - X: data, shape `(n_x, m)`.
    /// - Returns: the predictions, shape `(1, m)`.
    package static func predict(_ w: Tensor, _ b: Double, _ X: Tensor) -> Tensor {
        let A = sigmoid(dot(w.T, X) + b)
        return A .> 0.5
    }
}

extension CourseReference {
    /// Builds the whole logistic-regression model: zero initialisation, `optimize`, then `predict`
    /// on the training and the test set.
    ///
    /// With `printCost`, also prints the costs and `train accuracy: … %` / `test accuracy: … %`
    /// (accuracy = `100 − mean(|Ŷ − Y|)·100`).
    package static func model(_ XTrain: Tensor, _ YTrain: Tensor, _ XTest: Tensor, _ YTest: Tensor,
                              numIterations: Int = 2000, learningRate: Double = 0.5,
                              printCost: Bool = false) -> LogisticRegressionResult
            {
        let (w0, b0) = initializeWithZeros(XTrain.shape[0])
        let (params, _, costs) = optimize(w0, b0, XTrain, YTrain, numIterations: numIterations,
                                          learningRate: learningRate, printCost: printCost)
        let yPredictionTest = predict(params.w, params.b, XTest)
        let yPredictionTrain = predict(params.w, params.b, XTrain)
        if printCost {
            let trainAccuracy = 100 - totalSum(abs(yPredictionTrain - YTrain)) / Double(YTrain.scalars.count) * 100
            let testAccuracy = 100 - totalSum(abs(yPredictionTest - YTest)) / Double(YTest.scalars.count) * 100
            print("train accuracy: \(trainAccuracy) %")
            print("test accuracy: \(testAccuracy) %")
        }
        return LogisticRegressionResult(costs: costs, yPredictionTest: yPredictionTest,
                                        yPredictionTrain: yPredictionTrain, w: params.w, b: params.b,
                                        learningRate: learningRate, numIterations: numIterations)
    }
}
