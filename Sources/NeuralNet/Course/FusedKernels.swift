// One-pass versions of formulas the building blocks evaluate every iteration. Each computes exactly
// the course's expression element by element, in the same order of operations (so the same
// rounding), but without a temporary array per operator. Shapes that would need broadcasting fall
// back to the plain tensor expression.

/// `Σ [Y log(A) + (1 − Y) log(1 − A)]` over all elements, summed in numpy's pairwise order.
func crossEntropySum(_ A: Tensor, _ Y: Tensor) -> Double {
    guard A.shape == Y.shape else { return totalSum(Y * log(A) + (1 - Y) * log(1 - A)) }
    return A.withUnsafeBufferPointer { a in
        Y.withUnsafeBufferPointer { y in crossEntropySum(a.baseAddress, y.baseAddress, A.size) }
    }
}

/// `Σ [y log(a) + (1 − y) log(1 − a)]` over `n` numbers of any element type, in numpy's pairwise order.
///
/// With labels that are exactly 0 or 1 and probabilities strictly between 0 and 1, each term is
/// `log(a)` or `log(1 − a)` to the last bit (the other product is ±0, which adds nothing), so only
/// that logarithm is taken: half the work. Anything else takes both, as numpy does, and gives the
/// same infinities and NaNs.
@_specialize(where S == Double)
@_specialize(where S == Float)
func crossEntropySum<S: TensorScalar>(_ a: UnsafePointer<S>?, _ y: UnsafePointer<S>?, _ n: Int) -> S {
    guard n > 0, let a, let y else { return 0 }
    let bytes = 2 * n * MemoryLayout<S>.stride
    let scratch = BufferCache.shared.allocate(bytes: bytes).bindMemory(to: S.self, capacity: 2 * n)
    defer { BufferCache.shared.deallocate(UnsafeMutableRawPointer(scratch), bytes: bytes) }
    let terms = scratch, logB = scratch + n
    var outside: UInt8 = 0   // branch-free, so that the loop vectorises
    for i in 0..<n {
        let label = y[i], p = a[i]
        outside |= (label == 0 ? 0 : 1) & (label == 1 ? 0 : 1)
        outside |= (p > 0 ? 0 : 1) | (p < 1 ? 0 : 1)
        terms[i] = label == 1 ? p : 1 - p
    }
    if outside == 0 {
        vectorLog(terms, terms, n)
        return pairwiseSum(terms, n)
    }
    for i in 0..<n { logB[i] = 1 - a[i] }
    vectorLog(a, terms, n)
    vectorLog(logB, logB, n)
    for i in 0..<n { terms[i] = y[i] * terms[i] + (1 - y[i]) * logB[i] }
    return pairwiseSum(terms, n)
}

/// `value − rate · grad`, the gradient-descent step, in one pass.
func gradientStep(_ value: Tensor, _ rate: Double, _ grad: Tensor) -> Tensor {
    guard value.shape == grad.shape else { return value - rate * grad }
    let out = Tensor(uninitializedShape: value.shape)
    let o = out.storage.pointer
    value.withUnsafeBufferPointer { v in
        grad.withUnsafeBufferPointer { g in
            for i in 0..<v.count { o[i] = v[i] - rate * g[i] }
        }
    }
    return out
}

/// `value = value − rate · grad` in place (the same arithmetic as the function form).
func gradientStep(_ value: inout Tensor, _ rate: Double, _ grad: Tensor) {
    guard value.shape == grad.shape else { value = value - rate * grad; return }
    value.withUnsafeMutableBufferPointer { v in
        grad.withUnsafeBufferPointer { g in
            for i in 0..<v.count { v[i] = v[i] - rate * g[i] }
        }
    }
}

/// `dA * (1 − A²)`: back through a tanh layer whose output was `A` (reuses `dA`'s buffer if unshared).
func timesTanhDerivative(_ dA: consuming Tensor, _ A: Tensor) -> Tensor {
    guard dA.shape == A.shape else { return dA * (1 - A * A) }
    var out = dA
    out.withUnsafeMutableBufferPointer { o in
        A.withUnsafeBufferPointer { a in
            for i in 0..<o.count { o[i] = o[i] * (1 - a[i] * a[i]) }
        }
    }
    return out
}

/// `dA * s * (1 − s)` with `s = sigmoid(Z)`: back through a sigmoid layer.
func timesSigmoidDerivative(_ dA: Tensor, _ Z: Tensor) -> Tensor {
    guard dA.shape == Z.shape else {
        let s = sigmoid(Z)
        return dA * s * (1 - s)
    }
    var out = sigmoid(Z)
    out.withUnsafeMutableBufferPointer { s in
        dA.withUnsafeBufferPointer { d in
            for i in 0..<s.count { s[i] = d[i] * s[i] * (1 - s[i]) }
        }
    }
    return out
}

/// `dA * (Z > 0)`: back through a ReLU layer.
func timesReluDerivative(_ dA: Tensor, _ Z: Tensor) -> Tensor {
    guard dA.shape == Z.shape else { return dA * (Z .> 0) }
    let out = Tensor(uninitializedShape: dA.shape)
    let o = out.storage.pointer
    dA.withUnsafeBufferPointer { d in
        Z.withUnsafeBufferPointer { z in
            for i in 0..<d.count { o[i] = d[i] * (z[i] > 0 ? 1 : 0) }
        }
    }
    return out
}
