// C1 W4A1 "Building your Deep Neural Network: Step by Step": forward and backward propagation
// for [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID.

/// The linear part of a layer's forward pass: `Z = W·A + b`.
///
/// - Parameters:
///   - A: activations from the previous layer (or the input data), shape `(n[l-1], m)`.
///   - W: weights, shape `(n[l], n[l-1])`.
///   - b: bias, shape `(n[l], 1)` (broadcast over the `m` columns).
/// - Returns: `Z`, shape `(n[l], m)`, and a `LinearCache` holding `A`, `W`, `b` for the backward pass.
public func linearForward(_ A: Tensor, _ W: Tensor, _ b: Tensor) -> (Z: Tensor, cache: LinearCache) {
    LibraryCallLog.shared.record("linearForward")
    let Z = dot(W, A) + b
    return (Z, LinearCache(A: A, W: W, b: b))
}

/// One whole layer forward: LINEAR then ACTIVATION, `A = g(W·A_prev + b)`.
///
/// - Parameters:
///   - APrev: activations from the previous layer, shape `(n[l-1], m)`.
///   - W: weights, shape `(n[l], n[l-1])`.
///   - b: bias, shape `(n[l], 1)`.
///   - activation: `"sigmoid"`, `"relu"` (or `"tanh"`).
/// - Returns: the activations `A`, shape `(n[l], m)`, and the layer's cache `(linear, activation)`.
public func linearActivationForward(_ APrev: Tensor, _ W: Tensor, _ b: Tensor,
                                    activation: Activation) -> (A: Tensor, cache: LayerCache) {
    LibraryCallLog.shared.record("linearActivationForward")
    let (Z, linearCache) = linearForward(APrev, W, b)
    let A: Tensor
    switch activation {
    case .sigmoid: A = sigmoid(Z)
    case .relu: A = relu(Z)
    case .tanh: A = tanh(Z)
    }
    return (A, (linearCache, ActivationCache(Z: Z)))
}

/// The forward pass of the whole L-layer network: layers 1 … L−1 are LINEAR → RELU, layer L is
/// LINEAR → SIGMOID.
///
/// - Parameters:
///   - X: input data, shape `(n_x, m)`.
///   - parameters: `W1`, `b1`, …, `WL`, `bL` (L is found from the keys).
/// - Returns: `AL`, the predicted probabilities (shape `(1, m)`), and the list of the L layer caches
///   (`caches[0]` is layer 1).
public func LModelForward(_ X: Tensor, _ parameters: Parameters) -> (AL: Tensor, caches: [LayerCache]) {
    LibraryCallLog.shared.record("LModelForward")
    let L = layerCount(parameters)
    precondition(L >= 1, "parameters needs W1, b1, …")
    var caches: [LayerCache] = []
    var A = X
    for l in 1..<L {
        let (next, cache) = linearActivationForward(A, lookup(parameters, "W\(l)"), lookup(parameters, "b\(l)"),
                                                    activation: .relu)
        caches.append(cache)
        A = next
    }
    let (AL, cache) = linearActivationForward(A, lookup(parameters, "W\(L)"), lookup(parameters, "b\(L)"),
                                              activation: .sigmoid)
    caches.append(cache)
    return (AL, caches)
}

/// The linear part of a layer's backward pass. Given `dZ`, with `m = A_prev.shape[1]`:
///
///     dW = (1/m) dZ · A_prevᵀ     db = (1/m) Σ_rows dZ     dA_prev = Wᵀ · dZ
///
/// - Parameters:
///   - dZ: gradient of the cost with respect to this layer's `Z`, shape `(n[l], m)`.
///   - cache: the `LinearCache` (`A_prev`, `W`, `b`) saved by `linearForward`.
/// - Returns: `dAPrev` (shape of `A_prev`), `dW` (shape of `W`) and `db` (shape of `b`).
public func linearBackward(_ dZ: Tensor, _ cache: LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor) {
    LibraryCallLog.shared.record("linearBackward")
    let (dAPrev, dW, db) = linearBackward(dZ, cache, inputGradient: true)
    return (dAPrev!, dW, db)
}

/// `linearBackward`, leaving out `dAPrev` when `inputGradient` is false: in the first layer that is
/// `dA0`, the gradient with respect to the data, which training never uses (a third of a layer's
/// backward work; deep-learning frameworks skip it the same way). `dW` and `db` are the same either way.
///
///     let (_, dW1, db1) = linearBackward(dZ1, cache1, inputGradient: false)   // dAPrev is nil
public func linearBackward(_ dZ: Tensor, _ cache: LinearCache,
                           inputGradient: Bool) -> (dAPrev: Tensor?, dW: Tensor, db: Tensor) {
    let m = Double(exampleCount(cache.A))
    let dW = dotTransposing(dZ, transposeA: false, cache.A, transposeB: true) / m   // dot(dZ, A_prev.T)
    let db = sum(dZ, axis: 1, keepdims: true) / m
    let dAPrev = inputGradient ? dotTransposing(cache.W, transposeA: true, dZ, transposeB: false) : nil   // dot(W.T, dZ)
    return (dAPrev, dW, db)
}

/// One whole layer backward: first through the activation (`dZ = dA * g'(Z)`), then `linearBackward`.
///
/// - Parameters:
///   - dA: gradient of the cost with respect to this layer's output `A`.
///   - cache: the layer's `(linear, activation)` cache from `linearActivationForward`.
///   - activation: the activation used going forward, `"sigmoid"` or `"relu"` (or `"tanh"`).
/// - Returns: `dAPrev`, `dW`, `db`.
public func linearActivationBackward(_ dA: Tensor, _ cache: LayerCache,
                                     activation: Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor) {
    LibraryCallLog.shared.record("linearActivationBackward")
    let (dAPrev, dW, db) = linearActivationBackward(dA, cache, activation: activation, inputGradient: true)
    return (dAPrev!, dW, db)
}

/// `linearActivationBackward`, without `dAPrev` unless `inputGradient` (see `linearBackward`): the
/// first layer of a training loop passes `inputGradient: false`, since nothing uses `dA0`.
///
///     let (_, dW1, db1) = linearActivationBackward(dA1, cache1, activation: .relu, inputGradient: false)
public func linearActivationBackward(_ dA: Tensor, _ cache: LayerCache, activation: Activation,
                              inputGradient: Bool) -> (dAPrev: Tensor?, dW: Tensor, db: Tensor) {
    let (linearCache, activationCache) = cache
    let dZ: Tensor
    switch activation {
    case .sigmoid: dZ = sigmoidBackward(dA, activationCache)
    case .relu: dZ = reluBackward(dA, activationCache)
    case .tanh: dZ = dA * tanhDerivative(activationCache.Z)
    }
    return linearBackward(dZ, linearCache, inputGradient: inputGradient)
}

/// The backward pass of the whole L-layer network.
///
/// Starts from the derivative of the cross-entropy cost, `dAL = −(Y/AL − (1 − Y)/(1 − AL))`, goes back
/// through layer L (sigmoid), then layers L−1 … 1 (relu).
///
/// - Parameters:
///   - AL: the output of `LModelForward`, shape `(1, m)`.
///   - Y: the true labels, reshaped to `AL`'s shape.
///   - caches: the caches from `LModelForward`.
/// - Returns: `dA0 … dA{L−1}`, `dW1 … dWL`, `db1 … dbL`. (`dA{l}` is the gradient with respect to the
///   output of layer l; `dA0` is with respect to the input.)
public func LModelBackward(_ AL: Tensor, _ Y: Tensor, _ caches: [LayerCache]) -> Gradients {
    LibraryCallLog.shared.record("LModelBackward")
    return LModelBackward(AL, Y, caches, inputGradient: true)
}

/// `LModelBackward`, without `dA0` unless `inputGradient` (see `linearBackward`): what `LLayerModel`
/// trains with. The other gradients are the same either way.
///
///     let grads = LModelBackward(AL, Y, caches, inputGradient: false)   // no "dA0" key
public func LModelBackward(_ AL: Tensor, _ Y: Tensor, _ caches: [LayerCache], inputGradient: Bool) -> Gradients {
    var grads: Gradients = [:]
    let L = caches.count
    let Y = Y.reshape(AL.shape)
    let dAL = -(Y / AL - (1 - Y) / (1 - AL))
    var (dAPrev, dW, db) = linearActivationBackward(dAL, caches[L - 1], activation: .sigmoid,
                                                    inputGradient: inputGradient || L > 1)
    grads["dA\(L - 1)"] = dAPrev
    grads["dW\(L)"] = dW
    grads["db\(L)"] = db
    for l in stride(from: L - 2, through: 0, by: -1) {
        (dAPrev, dW, db) = linearActivationBackward(lookup(grads, "dA\(l + 1)", in: "grads"), caches[l],
                                                    activation: .relu, inputGradient: inputGradient || l > 0)
        grads["dA\(l)"] = dAPrev
        grads["dW\(l + 1)"] = dW
        grads["db\(l + 1)"] = db
    }
    return grads
}
