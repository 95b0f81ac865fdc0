// A ready-made logistic-regression classifier: the baseline of the planar-data notebook (the original
// course takes it from scikit-learn).

/// A logistic-regression classifier trained by gradient descent from zero weights.
///
///     let classifier = LogisticClassifier(fitting: X, Y)
///     let predictions = classifier.predict(X)   // 0 or 1 for every column of X
public struct LogisticClassifier {
    /// The learned weights, shape `(n_x, 1)`.
    public let w: Tensor
    /// The learned bias.
    public let b: Double

    /// Trains on `X` (shape `(n_x, m)`) and the labels `Y` (shape `(1, m)`, 0 or 1).
    ///
    /// - Parameters:
    ///   - numIterations: gradient-descent steps, 2000 by default.
    ///   - learningRate: the step size, 0.5 by default.
    public init(fitting X: Tensor, _ Y: Tensor, numIterations: Int = 2000, learningRate: Double = 0.5) {
        let start = CourseReference.initializeWithZeros(X.shape[0])
        let trained = CourseReference.optimize(start.w, start.b, X, Y, numIterations: numIterations,
                                               learningRate: learningRate).params
        w = trained.w
        b = trained.b
    }

    /// The predicted class of every column of `X`: 1 where `sigmoid(wᵀX + b) > 0.5`, else 0; shape `(1, m)`.
    public func predict(_ X: Tensor) -> Tensor {
        CourseReference.predict(w, b, X)
    }
}
