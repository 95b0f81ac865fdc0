// Checks for notebook 1, "Swift and tensor basics" (the course's C1 W2A1 "Python Basics with Numpy").
// Inputs and expected values are the course's public tests (course-spec §2); the few extra cases
// (a 2-D input, a second scalar) were computed with numpy to full precision.

import NeuralNet

/// Checks a learner's `basicSigmoid` (one number in, one number out) at 1, 0 and −2.
public func checkBasicSigmoid(_ basicSigmoid: @escaping (Double) -> Double) {
    var check = ExerciseCheck("basicSigmoid")
    let hint = "basicSigmoid(x) = 1 / (1 + exp(-x)), with Foundation's exp for a single Double"
    check.expectNumber(basicSigmoid(1), 0.7310585786300049, "basicSigmoid(1)", hint: hint)
    check.expectNumber(basicSigmoid(0), 0.5, "basicSigmoid(0)", hint: hint)
    check.expectNumber(basicSigmoid(-2), 0.11920292202211755, "basicSigmoid(-2)", hint: hint)
    check.finish()
}

/// Checks a learner's `sigmoid` on the course's cases of notebooks 1 and 2: `[1, 2, 3]`, `[0, 2]`,
/// `[0.5, 0, 2]`, the single number 1 (a 0-d tensor) and a 2×2 matrix, whose shape must be kept.
public func checkSigmoid(_ sigmoid: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("sigmoid")
    let hint = "sigmoid(x) = 1 / (1 + exp(-x)); NeuralNet's exp works on every entry of a tensor at once"
    check.expectTensor(sigmoid([1, 2, 3]), [0.73105858, 0.88079708, 0.95257413], "sigmoid([1, 2, 3])", hint: hint)
    check.expectTensor(sigmoid([0, 2]), [0.5, 0.88079708], "sigmoid([0, 2])", hint: hint)
    check.expectTensor(sigmoid([0.5, 0, 2.0]), [0.62245933, 0.5, 0.88079708], "sigmoid([0.5, 0, 2.0])", hint: hint)
    check.expectTensor(sigmoid(Tensor(1.0)), Tensor(0.7310585786300049), "sigmoid of the single number 1",
                       hint: hint)
    check.expectTensor(sigmoid([[-1, 0], [4, -3]]),
                       [[0.2689414213699951, 0.5], [0.9820137900379085, 0.04742587317756678]],
                       "sigmoid([[-1, 0], [4, -3]])", hint: hint + " (keep the input's shape)")
    check.finish()
}

/// Checks a learner's `sigmoidDerivative` on `[1, 2, 3]` (the course's case) and a 2×2 matrix.
public func checkSigmoidDerivative(_ sigmoidDerivative: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("sigmoidDerivative")
    let hint = "with s = sigmoid(x), the derivative is s * (1 - s), elementwise"
    check.expectTensor(sigmoidDerivative([1, 2, 3]), [0.19661193, 0.10499359, 0.04517666],
                       "sigmoidDerivative([1, 2, 3])", hint: hint)
    check.expectTensor(sigmoidDerivative([[-1, 0], [4, -3]]),
                       [[0.19661193324148185, 0.25], [0.01766270621329111, 0.04517665973091214]],
                       "sigmoidDerivative([[-1, 0], [4, -3]])", hint: hint)
    check.finish()
}

/// The course's 3×3×2 test image for `imageToVector`.
private let testImage: Tensor = [
    [[0.67826139, 0.29380381], [0.90714982, 0.52835647], [0.4215251, 0.45017551]],
    [[0.92814219, 0.96677647], [0.85304703, 0.52351845], [0.19981397, 0.27417313]],
    [[0.60659855, 0.00533165], [0.10820313, 0.49978937], [0.34144279, 0.94630077]],
]

/// Checks a learner's `imageToVector` on the course's 3×3×2 image (a column of 18 numbers in
/// row-major order) and on a 2×1×3 image.
public func checkImageToVector(_ imageToVector: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("imageToVector")
    let hint = "reshape to [length * height * depth, 1] keeps the numbers in row-major order; do not transpose"
    let column = Tensor(testImage.scalars).reshape([18, 1])
    check.expectTensor(imageToVector(testImage), column, "imageToVector(image) for the 3×3×2 image",
                       tolerance: 0, hint: hint)
    let small: Tensor = [[[1, 2, 3]], [[4, 5, 6]]]
    check.expectTensor(imageToVector(small), [[1], [2], [3], [4], [5], [6]],
                       "imageToVector(image) for a 2×1×3 image", tolerance: 0,
                       hint: "use the sizes of the image you are given (image.shape), not fixed numbers")
    check.finish()
}

/// Checks a learner's `normalizeRows` on the course's matrix `[[0, 3, 4], [1, 6, 4]]`.
public func checkNormalizeRows(_ normalizeRows: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("normalizeRows")
    check.expectTensor(normalizeRows([[0, 3, 4], [1, 6, 4]]),
                       [[0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]],
                       "normalizeRows([[0, 3, 4], [1, 6, 4]])",
                       hint: "divide x by sqrt(sum(x * x, axis: 1, keepdims: true)), a column of row lengths")
    check.finish()
}

/// Checks a learner's `softmax` on the course's 2×5 matrix of scores.
public func checkSoftmax(_ softmax: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("softmax")
    check.expectTensor(softmax([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]]),
                       [[9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
                        [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04]],
                       "softmax([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]])",
                       hint: "exp(x) divided by its row sums, sum(exp(x), axis: 1, keepdims: true); each row sums to 1")
    check.finish()
}

/// The course's predictions and labels for the L1 and L2 losses.
private let lossPredictions: Tensor = [0.9, 0.2, 0.1, 0.4, 0.9]
private let lossLabels: Tensor = [1, 0, 0, 1, 1]

/// Checks a learner's `L1` loss on the course's predictions (1.1) and on a perfect prediction (0).
public func checkL1(_ L1: @escaping (Tensor, Tensor) -> Double) {
    var check = ExerciseCheck("L1")
    let hint = "L1 = sum(abs(y - yhat)), the sum of the absolute differences"
    check.expectNumber(L1(lossPredictions, lossLabels), 1.1, "L1(yhat, y)", hint: hint)
    check.expectNumber(L1(lossLabels, lossLabels), 0, "L1(y, y) for a perfect prediction", hint: hint)
    check.finish()
}

/// Checks a learner's `L2` loss on the course's predictions (0.43) and on a perfect prediction (0).
public func checkL2(_ L2: @escaping (Tensor, Tensor) -> Double) {
    var check = ExerciseCheck("L2")
    let hint = "L2 = the sum of (y - yhat)²: with d = y - yhat, sum(d * d) or dot(d, d).item"
    check.expectNumber(L2(lossPredictions, lossLabels), 0.43, "L2(yhat, y)", hint: hint)
    check.expectNumber(L2(lossLabels, lossLabels), 0, "L2(y, y) for a perfect prediction", hint: hint)
    check.finish()
}

/// Checks a learner's `centerRows` (each row minus its own mean) on a 3×3 matrix, where the rank-1 mistake
/// (a mean without `keepdims`, shape (3,)) silently subtracts the means along the wrong axis, and on a 2×4 matrix.
/// The expected values are worked out by hand: the row means are 2, 6, 3 and 2, 5.
public func checkCenterRows(_ centerRows: @escaping (Tensor) -> Tensor) {
    var check = ExerciseCheck("centerRows")
    let hint = "subtract mean(x, axis: 1, keepdims: true), a column of shape (n, 1); without keepdims the means "
        + "have shape (n,) and are subtracted from each row instead of from each column"
    check.expectTensor(centerRows([[1, 2, 3], [4, 6, 8], [0, 0, 9]]), [[-1, 0, 1], [-2, 0, 2], [-3, -3, 6]],
                       "centerRows([[1, 2, 3], [4, 6, 8], [0, 0, 9]])", hint: hint)
    check.expectTensor(centerRows([[1, 1, 1, 5], [2, 4, 6, 8]]), [[-1, -1, -1, 3], [-3, -1, 1, 3]],
                       "centerRows([[1, 1, 1, 5], [2, 4, 6, 8]])", hint: hint)
    check.finish()
}
