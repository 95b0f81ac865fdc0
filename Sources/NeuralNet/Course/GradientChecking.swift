// C2 W1A3 "Gradient Checking": compare backpropagation's gradients with numerical estimates
// `(J(θ + ε) − J(θ − ε)) / 2ε`.

/// The toy one-parameter "network" of the notebook: `J(θ) = θ · x`.
public func forwardPropagation(_ x: Double, _ theta: Double) -> Double {
    theta * x
}

/// The exact derivative of the toy network: `dJ/dθ = x`.
public func backwardPropagation(_ x: Double, _ theta: Double) -> Double {
    x
}

/// Gradient checking for the toy network `J(θ) = θ · x`.
///
/// Computes `gradapprox = (J(θ + ε) − J(θ − ε)) / (2ε)`, the exact `grad = backwardPropagation(x, θ)`,
/// and returns the relative difference `|grad − gradapprox| / (|grad| + |gradapprox|)`.
/// Below about 1e-7 the gradient is right.
///
///     gradientCheck(3, 4)   // 7.814075313343006e-11
///
/// - Parameter printMsg: prints whether the backward propagation looks right (threshold 2e-7).
@discardableResult
public func gradientCheck(_ x: Double, _ theta: Double, epsilon: Double = 1e-7, printMsg: Bool = false) -> Double {
    let thetaplus = theta + epsilon
    let thetaminus = theta - epsilon
    let JPlus = forwardPropagation(x, thetaplus)
    let JMinus = forwardPropagation(x, thetaminus)
    let gradapprox = (JPlus - JMinus) / (2 * epsilon)
    let grad = backwardPropagation(x, theta)
    let difference = Swift.abs(grad - gradapprox) / (Swift.abs(grad) + Swift.abs(gradapprox))
    if printMsg { reportGradientCheck(difference) }
    return difference
}

/// Rolls the parameters into one column vector `θ`, in the order `W1, b1, W2, b2, …` (each matrix
/// row by row).
///
/// - Returns: the vector `theta`, shape `(number of parameters, 1)`, and for every entry the name of
///   the parameter it came from (`keys[i]` is `"W1"`, `"b1"`, …).
public func dictionaryToVector(_ parameters: Parameters) -> (theta: Tensor, keys: [String]) {
    var scalars: [Double] = [], keys: [String] = []
    for l in 1...max(layerCount(parameters), 1) {
        for name in ["W\(l)", "b\(l)"] {
            let values = lookup(parameters, name).scalars
            scalars += values
            keys += Array(repeating: name, count: values.count)
        }
    }
    return (Tensor(shape: [scalars.count, 1], scalars: scalars), keys)
}

/// Unrolls a column vector `θ` (from `dictionaryToVector`) back into a parameter dictionary,
/// taking every parameter's shape from `template`.
public func vectorToDictionary(_ theta: Tensor, like template: Parameters) -> Parameters {
    let values = theta.scalars
    var parameters: Parameters = [:]
    var offset = 0
    for l in 1...max(layerCount(template), 1) {
        for name in ["W\(l)", "b\(l)"] {
            let shape = lookup(template, name, in: "template").shape
            let count = shape.reduce(1, *)
            precondition(offset + count <= values.count, "theta is too short for the template")
            parameters[name] = Tensor(shape: shape, scalars: Array(values[offset..<offset + count]))
            offset += count
        }
    }
    precondition(offset == values.count, "theta has \(values.count) entries, the template \(offset)")
    return parameters
}

/// Rolls the gradients into one column vector, in the order `dW1, db1, dW2, db2, …` (the same order as
/// `dictionaryToVector`, so entry i of both vectors belongs to the same parameter).
public func gradientsToVector(_ gradients: Gradients) -> Tensor {
    var scalars: [Double] = []
    var l = 1
    while gradients["dW\(l)"] != nil {
        scalars += gradients["dW\(l)"]!.scalars
        scalars += lookup(gradients, "db\(l)", in: "gradients").scalars
        l += 1
    }
    return Tensor(shape: [scalars.count, 1], scalars: scalars)
}

/// The forward pass and cost of the notebook's "fraud detection" network,
/// [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID, with the cross-entropy cost
/// `(1/m) Σ [−Y log(AL) − (1 − Y) log(1 − AL)]`.
///
/// - Returns: the cost and a cache (`Z{l}`, `A{l}`, `W{l}`, `b{l}` for every layer) for `backwardPropagationN`.
public func forwardPropagationN(_ X: Tensor, _ Y: Tensor, _ parameters: Parameters) -> (cost: Double, cache: [String: Tensor]) {
    let L = layerCount(parameters)
    var cache: [String: Tensor] = [:]
    var A = X
    for l in 1...L {
        let W = lookup(parameters, "W\(l)"), b = lookup(parameters, "b\(l)")
        let Z = dot(W, A) + b
        A = l < L ? relu(Z) : sigmoid(Z)
        cache["Z\(l)"] = Z
        cache["A\(l)"] = A
        cache["W\(l)"] = W
        cache["b\(l)"] = b
    }
    let m = Double(exampleCount(X))
    let logprobs = -log(A) * Y - log(1 - A) * (1 - Y)
    return (totalSum(logprobs) / m, cache)
}

/// The (correct) backward pass of the "fraud detection" network. The notebook's version hides two
/// bugs for you to find with `gradientCheckN`; this one has none.
///
/// - Returns: `dZ{l}`, `dW{l}`, `db{l}` for every layer and `dA{l}` for the hidden layers.
public func backwardPropagationN(_ X: Tensor, _ Y: Tensor, _ cache: [String: Tensor]) -> Gradients {
    regularizedBackward(X, Y, cache, lambd: 0, keepProb: nil)
}

/// Gradient checking for a whole network.
///
/// Rolls the parameters into a vector `θ`; for every entry i, computes `J(θ + ε·e_i)` and
/// `J(θ − ε·e_i)` with `cost` and `gradapprox[i] = (J₊ − J₋) / 2ε`. Returns the relative difference
/// `‖grad − gradapprox‖ / (‖grad‖ + ‖gradapprox‖)` between the backprop `gradients` and the estimate.
/// Around 1e-7 or less: backprop is right; much larger: there is a mistake.
///
/// - Parameters:
///   - parameters: `W1`, `b1`, … of the network.
///   - gradients: what your backward propagation returned (`dW1`, `db1`, …).
///   - X: input data; Y: labels.
///   - epsilon: the small shift ε.
///   - printMsg: prints the verdict (threshold 2e-7).
///   - cost: the cost function J(X, Y, parameters); by default the cost of `forwardPropagationN`.
@discardableResult
public func gradientCheckN(_ parameters: Parameters, _ gradients: Gradients, _ X: Tensor, _ Y: Tensor,
                           epsilon: Double = 1e-7, printMsg: Bool = false,
                           cost: (Tensor, Tensor, Parameters) -> Double = { forwardPropagationN($0, $1, $2).cost })
    -> Double
{
    let (parametersValues, _) = dictionaryToVector(parameters)
    let theta = parametersValues.scalars
    let grad = gradientsToVector(gradients)
    precondition(grad.scalars.count == theta.count,
                 "gradients have \(grad.scalars.count) entries but parameters \(theta.count)")
    var gradapprox = [Double](repeating: 0, count: theta.count)
    for i in 0..<theta.count {
        var thetaplus = theta
        thetaplus[i] += epsilon
        let JPlus = cost(X, Y, vectorToDictionary(Tensor(shape: [theta.count, 1], scalars: thetaplus), like: parameters))
        var thetaminus = theta
        thetaminus[i] -= epsilon
        let JMinus = cost(X, Y, vectorToDictionary(Tensor(shape: [theta.count, 1], scalars: thetaminus), like: parameters))
        gradapprox[i] = (JPlus - JMinus) / (2 * epsilon)
    }
    let approx = Tensor(shape: [theta.count, 1], scalars: gradapprox)
    let numerator = euclideanNorm(grad - approx)
    let denominator = euclideanNorm(grad) + euclideanNorm(approx)
    let difference = numerator / denominator
    if printMsg { reportGradientCheck(difference) }
    return difference
}

/// Prints the notebook's verdict for a gradient-check difference.
func reportGradientCheck(_ difference: Double) {
    if difference > 2e-7 {
        print("\u{1B}[93mThere is a mistake in the backward propagation! difference = \(difference)\u{1B}[0m")
    } else {
        print("\u{1B}[92mYour backward propagation works perfectly fine! difference = \(difference)\u{1B}[0m")
    }
}
