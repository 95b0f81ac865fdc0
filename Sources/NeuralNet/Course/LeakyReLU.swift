// Leaky ReLU with the slope of its negative side named `slope`, as notebook 3 writes it:
// `leakyRelu(Z, slope: 0.01)`. The computation is Activations.swift's `leakyRelu(_:alpha:)`.

/// The leaky ReLU of every entry: `x` where `x > 0`, else `slope * x`.
///
/// ReLU's outputs and gradient are 0 for every negative input, so a unit whose inputs are all negative
/// stops learning; leaky ReLU keeps a small gradient (`slope`, typically 0.01) there.
///
///     leakyRelu([-2, 0, 3], slope: 0.1)      // [-0.2, 0, 3]
public func leakyRelu(_ x: Tensor, slope: Double) -> Tensor {
    precondition(slope >= 0 && slope < 1,
                 "leakyRelu: the slope for negative inputs must be at least 0 and below 1 (0.01 is usual); got \(slope)")
    return leakyRelu(x, alpha: slope)
}

/// The derivative of leaky ReLU at every entry: 1 where `x > 0`, else `slope` (at exactly 0 we use
/// `slope`, as ReLU's derivative uses 0 there).
///
///     leakyReluDerivative([-2, 0, 3], slope: 0.1)      // [0.1, 0.1, 1]
public func leakyReluDerivative(_ x: Tensor, slope: Double) -> Tensor {
    precondition(slope >= 0 && slope < 1,
                 "leakyReluDerivative: the slope for negative inputs must be at least 0 and below 1 (0.01 is usual); got \(slope)")
    return leakyReluDerivative(x, alpha: slope)
}
