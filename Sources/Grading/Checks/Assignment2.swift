// Checks for notebook 2, "Logistic regression with a neural-network mindset" (the course's C1 W2A2).
// Inputs and expected values are the course's public tests and the values its notebook shows
// (course-spec §3.2 and Appendix A); `model`'s data come from `seed(0)` and `randn`, as in the course.
// `sigmoid` is checked by `checkSigmoid` (Assignment1.swift), which covers both notebooks' cases.

import NeuralNet

/// Checks a learner's `datasetSizes` on two datasets of different sizes (so that numbers copied from the
/// notebook's output do not pass): `mTrain` and `mTest` are the first axes, `numPx` a picture's side.
public func checkDatasetSizes(_ datasetSizes: @escaping (Tensor, Tensor) -> (mTrain: Int, mTest: Int, numPx: Int)) {
    var check = ExerciseCheck("datasetSizes")
    for (mTrain, mTest, numPx) in [(209, 1000, 28), (5, 2, 4)] {
        let sizes = datasetSizes(zeros(mTrain, numPx, numPx), zeros(mTest, numPx, numPx))
        let shapes = "trainXOrig of shape \(shapeText([mTrain, numPx, numPx])), testXOrig of shape \(shapeText([mTest, numPx, numPx]))"
        check.expectEqual(sizes.mTrain, mTrain, "mTrain for \(shapes)",
                          hint: "mTrain is the number of training pictures, the first axis: trainXOrig.shape[0]")
        check.expectEqual(sizes.mTest, mTest, "mTest for \(shapes)",
                          hint: "mTest is the number of test pictures: testXOrig.shape[0]")
        check.expectEqual(sizes.numPx, numPx, "numPx for \(shapes)",
                          hint: "numPx is the height (= width) of one picture: trainXOrig.shape[1]")
    }
    check.finish()
}

/// Checks a learner's `flattenImages` on numbered pictures of two shapes, one not square: each picture
/// must become one column, its rows one after the other.
public func checkFlattenImages(_ flattenImages: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("flattenImages")
    let hint = "images.reshape(images.shape[0], -1) puts one picture per row; .T turns the rows into columns"
    // Three 2 × 2 pictures numbered 0...11: picture i holds 4i, 4i + 1, 4i + 2, 4i + 3.
    check.expectTensor(flattenImages(arange(12).reshape(3, 2, 2)),
                       [[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]],
                       "flattenImages of three 2 × 2 pictures numbered 0...11", tolerance: 0, hint: hint)
    // Two 2 × 3 pictures: picture 0 holds 0...5, picture 1 holds 6...11.
    check.expectTensor(flattenImages(arange(12).reshape(2, 2, 3)),
                       [[0, 6], [1, 7], [2, 8], [3, 9], [4, 10], [5, 11]],
                       "flattenImages of two 2 × 3 pictures numbered 0...11", tolerance: 0, hint: hint)
    check.finish()
}

/// Checks a learner's `initializeWithZeros` for 2, 3 and 4 features: `w` zeros of shape `(dim, 1)`, `b` 0.
public func checkInitializeWithZeros(_ initializeWithZeros: @escaping (Int) -> (w: Tensor, b: Double)) {
    var check = ExerciseCheck("initializeWithZeros")
    for dim in [2, 3, 4] {
        let (w, b) = initializeWithZeros(dim)
        check.expectTensor(w, zeros(dim, 1), "w of initializeWithZeros(\(dim))", tolerance: 0,
                           hint: "w = zeros(dim, 1), a column with one weight per feature")
        check.expectNumber(b, 0, "b of initializeWithZeros(\(dim))", tolerance: 0, hint: "b = 0.0")
    }
    check.finish()
}

/// Checks a learner's `propagate` on the course's test case (three features, four examples) and on
/// the example its notebook prints (two features, three examples): `dw`, `db` and the cost.
public func checkPropagate(_ propagate: @escaping (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)) {
    var check = ExerciseCheck("propagate")
    let cases: [(w: Tensor, b: Double, X: Tensor, Y: Tensor, dw: Tensor, db: Double, cost: Double)] = [
        ([[1], [2], [-1]], 2.5, [[1, 2, -1, 0], [3, 4, -3.2, 1], [3, 4, -3.2, -3.5]], [[1, 1, 0, 0]],
         [[-0.03909333], [0.12501464], [-0.99960809]], 0.288106326429569, 2.0424567983978403),
        ([[1], [2]], 1.5, [[1, -2, -1], [3, 0.5, -3.2]], [[1, 1, 0]],
         [[0.25071532], [-0.06604096]], -0.1250040450043965, 0.15900537707692405),
    ]
    for (number, c) in cases.enumerated() {
        let (grads, cost) = propagate(c.w, c.b, c.X, c.Y)
        let name = "case \(number + 1) (X of shape \(shapeText(c.X.shape)))"
        check.expectNumber(cost, c.cost, "cost, \(name)",
                           hint: "cost = -(1/m) · sum(Y * log(A) + (1 - Y) * log(1 - A)) with A = sigmoid(dot(w.T, X) + b)")
        check.expectTensor(grads.dw, c.dw, "grads.dw, \(name)",
                           hint: "dw = dot(X, (A - Y).T) / m, the same shape as w")
        check.expectNumber(grads.db, c.db, "grads.db, \(name)", hint: "db = sum(A - Y) / m")
    }
    check.finish()
}

/// Checks a learner's `optimize` on the course's test (101 iterations at learning rate 0.1, so two
/// costs are recorded) and on the notebook's example (100 iterations at 0.009).
public func checkOptimize(_ optimize: @escaping (Tensor, Double, Tensor, Tensor, Int, Double, Bool)
                            -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])) {
    var check = ExerciseCheck("optimize")
    let updateHint = "each step: w = w - learningRate * dw and b = b - learningRate * db, with the grads of propagate"
    let costHint = "record the cost when i % 100 == 0, for i from 0 to numIterations - 1"

    let test = optimize([[1], [2]], 2, [[1, 2, -1], [3, 4, -3.2]], [[1, 0, 1]], 101, 0.1, false)
    check.expectTensor(test.params.w, [[-0.70916784], [-0.42390859]], "w after 101 steps at learning rate 0.1",
                       hint: updateHint)
    check.expectNumber(test.params.b, 2.26891346, "b after 101 steps at learning rate 0.1", hint: updateHint)
    check.expectTensor(test.grads.dw, [[0.06188603], [-0.01407361]], "grads.dw of the last step",
                       hint: "return the gradients of the last iteration")
    check.expectNumber(test.grads.db, -0.04709353, "grads.db of the last step",
                       hint: "return the gradients of the last iteration")
    check.expectEqual(test.costs.count, 2, "number of recorded costs for 101 iterations", hint: costHint)
    if test.costs.count == 2 {
        check.expectTensor(Tensor(test.costs), [5.80154532, 0.31057104], "costs for 101 iterations", hint: costHint)
    }

    let shown = optimize([[1], [2]], 1.5, [[1, -2, -1], [3, 0.5, -3.2]], [[1, 1, 0]], 100, 0.009, false)
    check.expectTensor(shown.params.w, [[0.80956046], [2.0508202]], "w after 100 steps at learning rate 0.009",
                       hint: updateHint)
    check.expectNumber(shown.params.b, 1.5948713189708588, "b after 100 steps at learning rate 0.009",
                       hint: updateHint)
    check.expectEqual(shown.costs.count, 1, "number of recorded costs for 100 iterations", hint: costHint)
    check.finish()
}

/// Checks a learner's `predict` of logistic regression on the course's test case and the notebook's
/// example. (Named apart from notebook 3's `checkPredict`, whose `predict` takes parameters.)
public func checkLogisticPredict(_ predict: @escaping (Tensor, Double, Tensor) -> Tensor) {
    var check = ExerciseCheck("predict")
    let hint = "predict 1 where sigmoid(dot(w.T, X) + b) > 0.5 and 0 elsewhere, e.g. with A .> 0.5"
    check.expectTensor(predict([[0.3], [0.5], [-0.2]], -0.33333, [[1, -0.3, 1.5], [2, 0, 1], [0, -1.5, 2]]),
                       [[1, 0, 1]], "predict(w, b, X) for the course's test case", tolerance: 0,
                       hint: hint + " (did you forget to add b?)")
    check.expectTensor(predict([[0.1124579], [0.23106775]], -0.3, [[1, -1.1, -3.2], [1.2, 2, 0.1]]),
                       [[1, 1, 0]], "predict(w, b, X) for the notebook's example", tolerance: 0, hint: hint)
    check.finish()
}

/// Checks a learner's `model` on the course's test: after `seed(0)`, `X` = randn(4, 7) and
/// `xTest` = randn(4, 3), 50 iterations at learning rate 0.01.
public func checkModel(_ model: @escaping (Tensor, Tensor, Tensor, Tensor, Int, Double, Bool) -> LogisticRegressionResult) {
    var check = ExerciseCheck("model")
    seed(0)
    let X = randn(4, 7), Y: Tensor = [[1, 0, 0, 1, 0, 0, 1]]
    let xTest = randn(4, 3), yTest: Tensor = [[0, 1, 0]]
    let d = model(X, Y, xTest, yTest, 50, 0.01, false)
    let hint = "start from initializeWithZeros(XTrain.shape[0]), then optimize with the given numIterations and learningRate"
    check.expectTensor(d.w, [[0.08639757], [-0.08231268], [-0.11798927], [0.12866053]], "d.w", hint: hint)
    check.expectNumber(d.b, -0.03983236094816321, "d.b", hint: hint)
    check.expectEqual(d.costs.count, 1, "number of recorded costs (50 iterations)",
                      hint: "return the costs that optimize recorded")
    if d.costs.count == 1 {
        check.expectNumber(d.costs[0], 0.69314718, "d.costs[0]", hint: "the cost at iteration 0 is log(2) for zero weights")
    }
    check.expectTensor(d.yPredictionTrain, [[1, 1, 0, 1, 0, 0, 1]], "d.yPredictionTrain", tolerance: 0,
                       hint: "predict on XTrain with the learned w and b")
    check.expectTensor(d.yPredictionTest, [[1, 1, 0]], "d.yPredictionTest", tolerance: 0,
                       hint: "predict on XTest with the learned w and b")
    check.expectEqual(d.numIterations, 50, "d.numIterations")
    check.expectNumber(d.learningRate, 0.01, "d.learningRate", tolerance: 0)
    check.finish()
}

/// `checkDatasetSizes` for a `datasetSizes` passed by name: runs the check if it has the exercise's type, else fails
/// giving the signature, `func datasetSizes(_ trainXOrig: Tensor, _ testXOrig: Tensor) -> (mTrain: Int, mTest: Int, numPx: Int)`.
@_disfavoredOverload
public func checkDatasetSizes<Function>(_ datasetSizes: Function) {
    typealias Exercise = (Tensor, Tensor) -> (mTrain: Int, mTest: Int, numPx: Int)
    typealias SendableExercise = @Sendable (Tensor, Tensor) -> (mTrain: Int, mTest: Int, numPx: Int)
    guard let datasetSizes = datasetSizes as? Exercise ?? (datasetSizes as? SendableExercise) else {
        return reportWrongSignature(of: datasetSizes, exercise: "datasetSizes",
                                    declaration: ExerciseDeclarations.text(of: "datasetSizes"))
    }
    (checkDatasetSizes as (@escaping Exercise) -> Void)(datasetSizes)
}

/// `checkFlattenImages` for a `flattenImages` passed by name: runs the check if it has the exercise's type, else fails
/// giving the signature, `func flattenImages(_ images: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkFlattenImages<Function>(_ flattenImages: Function) {
    guard let flattenImages = flattenImages as? (Tensor) -> Tensor ?? (flattenImages as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: flattenImages, exercise: "flattenImages",
                                    declaration: ExerciseDeclarations.text(of: "flattenImages"))
    }
    (checkFlattenImages as (@escaping (Tensor) -> Tensor) -> Void)(flattenImages)
}
