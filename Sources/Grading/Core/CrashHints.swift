// What a test cell adds to the error when the learner's function crashes while its check runs it (a shape
// error in `dot`, an index out of range): the shapes and formulas the check would otherwise have given as
// its hint, which the crash would hide.

/// The hint of each exercise's check for a crash of the learner's function, by exercise name.
enum CrashHints {
    /// The note a crash during the check of `exercise` shows: where it happened, then `hint` (or the
    /// exercise's own hint from the table).
    static func note(for exercise: String, hint: String? = nil) -> String {
        var note = "this happened while the check ran your \(exercise) on the course's cases"
        if let hint = hint ?? byExercise[exercise] { note += "; " + hint }
        return note
    }

    private static let byExercise: [String: String] = [
        // Notebook 1
        "basicSigmoid": "basicSigmoid(x) = 1 / (1 + exp(-x)) for one Double",
        "sigmoid": "sigmoid(x) = 1 / (1 + exp(-x)) on every entry; the result has x's shape",
        "sigmoidDerivative": "s = sigmoid(x), then s * (1 - s) on every entry; the result has x's shape",
        "imageToVector": "image.reshape([length * height * depth, 1]) with the sizes of image.shape: one column",
        "normalizeRows": "x (n, m) divided by its row lengths sqrt(sum(x * x, axis: 1, keepdims: true)), shape (n, 1), "
            + "which broadcasting stretches to (n, m)",
        "softmax": "exp(x) (n, m) divided by its row sums sum(exp(x), axis: 1, keepdims: true), shape (n, 1)",
        "L1": "sum(abs(y - yhat)); yhat and y have the same shape",
        "L2": "with d = y - yhat: sum(d * d)",
        "centerRows": "x (n, m) minus its row means mean(x, axis: 1, keepdims: true), shape (n, 1); a mean of shape (n,) "
            + "does not broadcast against (n, m) unless n == m, and then it is subtracted along the wrong axis",
        // Notebook 2
        "datasetSizes": "mTrain = trainXOrig.shape[0], mTest = testXOrig.shape[0], numPx = trainXOrig.shape[1]",
        "flattenImages": "images (m, h, w): images.reshape(images.shape[0], -1) is (m, h · w), and .T makes it (h · w, m)",
        "initializeWithZeros": "w = zeros(dim, 1), b = 0.0",
        "propagate": "with X (nX, m) and w (nX, 1): A = sigmoid(dot(w.T, X) + b) is (1, m); dw = dot(X, (A - Y).T) / m "
            + "is (nX, 1) like w; db = sum(A - Y) / m and the cost are numbers",
        "optimize": "each step: (grads, cost) = propagate(w, b, X, Y), then w = w - learningRate * grads.dw (w stays "
            + "(nX, 1)) and b = b - learningRate * grads.db",
        "predict": "A = sigmoid(dot(w.T, X) + b) (notebook 2) or A2 of forwardPropagation (notebook 3) is (1, m); "
            + "predictions are 1 where A > 0.5: A .> 0.5",
        "model": "(w, b) = initializeWithZeros(XTrain.shape[0]); optimize on XTrain and YTrain; predict on XTrain and on XTest",
        // Notebook 3
        "layerSizes": "nX = X.shape[0], nH = 4, nY = Y.shape[0]",
        "initializeParameters": "W1 = randn(nH, nX) * 0.01, b1 = zeros(nH, 1), W2 = randn(nY, nH) * 0.01, b2 = zeros(nY, 1)",
        "forwardPropagation": "with X (nX, m): Z1 = dot(W1, X) + b1 and A1 = tanh(Z1) are (nH, m); Z2 = dot(W2, A1) + b2 "
            + "and A2 = sigmoid(Z2) are (1, m)",
        "computeCost": "AL and Y are both (1, m) with m = Y.shape[1]: cost = -(1/m) · sum(Y * log(AL) + (1 - Y) * log(1 - AL)), a number",
        "backwardPropagation": "dZ2 = A2 - Y is (1, m); dW2 = dot(dZ2, A1.T) / m like W2; db2 = sum(dZ2, axis: 1, keepdims: true) / m; "
            + "dZ1 = dot(W2.T, dZ2) * (1 - A1²) is (nH, m); dW1 = dot(dZ1, X.T) / m like W1; db1 = sum(dZ1, axis: 1, keepdims: true) / m",
        "updateParameters": "each parameter minus learningRate times its gradient (W1 - learningRate * dW1 has W1's shape)",
        "nnModel": "seed(3), layerSizes, initializeParameters(nX, nH, nY); in the loop: forwardPropagation, computeCost, "
            + "backwardPropagation, updateParameters",
        // Notebook 4
        "initializeParametersDeep": "for l in 1..<layerDims.count: W{l} = randn(layerDims[l], layerDims[l - 1]) * 0.01, "
            + "b{l} = zeros(layerDims[l], 1)",
        "linearForward": "Z = dot(W, A) + b: W (n, nPrev) times A (nPrev, m) gives (n, m); b (n, 1) is broadcast",
        "linearActivationForward": "Z from linearForward(APrev, W, b), then A = sigmoid(Z) or relu(Z) (the …WithCache helpers "
            + "also give the activation cache)",
        "LModelForward": "L = parameters.count / 2; layers 1 … L−1: linearActivationForward(A, W{l}, b{l}, activation: .relu); "
            + "layer L: .sigmoid; AL is (1, m)",
        "linearBackward": "with (APrev, W, b) from the cache and m = APrev.shape[1]: dW = dot(dZ, APrev.T) / m like W; "
            + "db = sum(dZ, axis: 1, keepdims: true) / m like b; dAPrev = dot(W.T, dZ) like APrev",
        "linearActivationBackward": "dZ = reluBackward(dA, activationCache) or sigmoidBackward(dA, activationCache), "
            + "then linearBackward(dZ, linearCache)",
        "LModelBackward": "Y with AL's shape; dAL = -(Y / AL - (1 - Y) / (1 - AL)); layer L with .sigmoid, then layers L−1 … 1 with .relu",
        // Notebook 5
        "twoLayerModel": "in the loop: linearActivationForward with .relu then .sigmoid, computeCost, "
            + "dA2 = -(Y / A2 - (1 - Y) / (1 - A2)), linearActivationBackward in reverse order, updateParameters",
        "LLayerModel": "in the loop: LModelForward, computeCost, LModelBackward, updateParameters",
        // Notebooks 0 and 1b
        "housePrice": "max(0, 3 * size - 60), one Double",
        "oneExampleGradients": "with x and w both (n, 1): z = Double(dot(w.T, x)) + b, a = 1 / (1 + exp(-z)), dz = a - y; "
            + "dw = x * dz is (n, 1), db = dz",
        "gradientsWithLoops": "with X (n, m): for i in 0..<m, z = b + Σ_j w[j, 0] * X[j, i]; dw is an [Double] of n sums "
            + "turned into a (n, 1) tensor at the end; Y[0, i] is example i's label",
        "vectorizedGradients": "with X (n, m) and w (n, 1): A = sigmoid(dot(w.T, X) + b) is (1, m); dw = dot(X, (A - Y).T) / m "
            + "is (n, 1) like w; db = sum(A - Y) / m",
    ]
}
