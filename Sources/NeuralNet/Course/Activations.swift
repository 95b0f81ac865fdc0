// Activation functions and their derivatives (C1 W2A1 "Python Basics with Numpy", and the helper
// functions of C1 W4A1 "Building your Deep Neural Network").

import Foundation

extension CourseReference {
    /// The sigmoid of one number, `1 / (1 + e^(−x))` (the course's `basic_sigmoid`).
    ///
    /// Works on a single `Double` only; use `sigmoid(_:)` for a whole tensor.
    ///
    ///     basicSigmoid(1)   // 0.7310585786300049
    package static func basicSigmoid(_ x: Double) -> Double {
        1 / (1 + Foundation.exp(-x))
    }
}

/// The sigmoid of every entry, `1 / (1 + e^(−x))`: squashes any number into (0, 1).
///
/// Works on a tensor of any shape (vectorised with `exp`).
///
///     sigmoid([1, 2, 3])   // [0.73105858, 0.88079708, 0.95257413]
public func sigmoid(_ x: Tensor) -> Tensor {
    LibraryCallLog.shared.record("sigmoid")
    return unaryOperation(.sigmoid, x)   // 1 / (1 + exp(-x)) in one pass over the elements
}

extension CourseReference {
    /// The gradient of the sigmoid at every entry: with `s = sigmoid(x)`, it is `s * (1 − s)`.
    ///
    ///     sigmoidDerivative([1, 2, 3])   // [0.19661193, 0.10499359, 0.04517666]
    package static func sigmoidDerivative(_ x: Tensor) -> Tensor {
        let s = sigmoid(x)
        return s * (1 - s)
    }
}

/// The rectified linear unit of every entry, `max(0, x)`: negatives become 0, positives pass through.
public func relu(_ x: Tensor) -> Tensor {
    maximum(x, 0)
}

/// The gradient of ReLU at every entry: 1 where `x > 0`, else 0 (at exactly 0 we use 0, like the course).
public func reluDerivative(_ x: Tensor) -> Tensor {
    x .> 0
}

/// The leaky ReLU of every entry: `x` where `x > 0`, else `alpha * x` (a small slope instead of 0).
///
/// - Parameter alpha: the slope for negative inputs, 0.01 by default.
public func leakyRelu(_ x: Tensor, alpha: Double = 0.01) -> Tensor {
    let positive = x .> 0
    return positive * x + (1 - positive) * (alpha * x)
}

/// The gradient of leaky ReLU at every entry: 1 where `x > 0`, else `alpha`.
public func leakyReluDerivative(_ x: Tensor, alpha: Double = 0.01) -> Tensor {
    let positive = x .> 0
    return positive + (1 - positive) * alpha
}

/// The gradient of `tanh` at every entry: `1 − tanh(x)²`.
///
/// In backprop you usually already have `A = tanh(Z)` and write `1 - A * A` directly.
public func tanhDerivative(_ x: Tensor) -> Tensor {
    let t = tanh(x)
    return 1 - t * t
}

extension CourseReference {
    /// Softmax of each **row**: `exp(x) / (sum of exp(x) along the row)`, so every row sums to 1.
    ///
    /// Like the course (W2A1), `x` has shape `(n, k)`: `n` rows of `k` scores each. The course's version
    /// does not subtract the row maximum first, and neither does this one, so very large scores (> ~700)
    /// overflow.
    ///
    ///     softmax([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]])
    ///     // [[9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
    ///     //  [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04]]
    package static func softmax(_ x: Tensor) -> Tensor {
        let xExp = exp(x)
        let xSum = sum(xExp, axis: 1, keepdims: true)
        return xExp / xSum
    }
}

// MARK: - Forward helpers that also return a cache (W4A1's dnn_utils)

/// Sigmoid for the deep-network assignment: returns `A = sigmoid(Z)` *and* a cache holding `Z`
/// for `sigmoidBackward` (the course's `A, activation_cache = sigmoid(Z)`).
public func sigmoidWithCache(_ Z: Tensor) -> (A: Tensor, cache: ActivationCache) {
    (sigmoid(Z), ActivationCache(Z: Z))
}

/// ReLU for the deep-network assignment: returns `A = relu(Z)` *and* a cache holding `Z`
/// for `reluBackward` (the course's `A, activation_cache = relu(Z)`).
public func reluWithCache(_ Z: Tensor) -> (A: Tensor, cache: ActivationCache) {
    (relu(Z), ActivationCache(Z: Z))
}

/// Backward step through a sigmoid unit: `dZ = dA * s * (1 − s)` with `s = sigmoid(Z)`.
///
/// - Parameters:
///   - dA: gradient of the cost with respect to the activation `A`, any shape.
///   - cache: the `ActivationCache` (holding `Z`) saved by the forward pass.
/// - Returns: `dZ`, the gradient with respect to `Z`, same shape as `dA`.
public func sigmoidBackward(_ dA: Tensor, _ cache: ActivationCache) -> Tensor {
    timesSigmoidDerivative(dA, cache.Z)   // dA * s * (1 - s) in one pass
}

/// Backward step through a ReLU unit: `dZ = dA` where `Z > 0`, and 0 where `Z ≤ 0`.
///
/// - Parameters:
///   - dA: gradient of the cost with respect to the activation `A`, any shape.
///   - cache: the `ActivationCache` (holding `Z`) saved by the forward pass.
/// - Returns: `dZ`, the gradient with respect to `Z`, same shape as `dA`.
public func reluBackward(_ dA: Tensor, _ cache: ActivationCache) -> Tensor {
    timesReluDerivative(dA, cache.Z)   // dA * (Z > 0) in one pass
}
