// The training step of [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID or SOFTMAX with the course's
// arithmetic (the same operations in the same order as `LModelForward`, `LModelBackward` and
// `updateParameters`, so float64 results are bit for bit the building blocks'), in fewer passes over
// memory: the bias and the activation are applied in one pass over the fresh product, the output
// gradient is written in one pass (softmax, its cost and `AL − Y` together), the ReLU derivative and
// the divisions by m in place, the parameters updated in place, and `dA0` is never computed. Fresh
// products come from the recycled buffers of BufferCache, so every iteration reuses the same memory.

/// The last layer of a `DenseNetworkTrainer`.
package enum DenseOutputLayer: Sendable {
    /// One unit per output with `sigmoid` and the binary cross-entropy (the course's deep networks).
    case sigmoid
    /// A softmax over every column (shifted by the column maximum) with the categorical cross-entropy
    /// against one-hot labels.
    case softmax
}

/// Gradient descent on a dense network, one `step` per iteration, in float64 or float32.
package struct DenseNetworkTrainer<S: TensorScalar> {
    /// `W1 … WL`, updated in place by `step`.
    package private(set) var weights: [NDArray<S>]
    /// `b1 … bL`, updated in place by `step`.
    package private(set) var biases: [NDArray<S>]
    /// The last layer's activation and cost.
    package let output: DenseOutputLayer

    /// A trainer starting from `weights` and `biases` (layer 1 first).
    package init(weights: [NDArray<S>], biases: [NDArray<S>], output: DenseOutputLayer) {
        precondition(weights.count == biases.count && !weights.isEmpty, "one bias per weight matrix")
        self.weights = weights
        self.biases = biases
        self.output = output
    }

    /// One iteration: forward, cost, backward (without the gradient of the data), update.
    /// Returns the cost before the update, as the course's loops record it.
    @_specialize(where S == Double)
    @_specialize(where S == Float)
    package mutating func step(_ X: NDArray<S>, _ Y: NDArray<S>, learningRate: S) -> S {
        let L = weights.count
        let m = S(X.shape[1])
        var activations: [NDArray<S>] = []
        activations.reserveCapacity(L)
        for l in 0..<L {
            var Z = dotImpl(weights[l], l == 0 ? X : activations[l - 1])
            if l < L - 1 {
                addBiasRelu(&Z, biases[l])
            } else if output == .sigmoid {
                addBiasSigmoid(&Z, biases[l])
            }
            activations.append(Z)
        }
        let cost: S
        var dZ: NDArray<S>
        switch output {
        case .sigmoid:
            cost = binaryCrossEntropy(activations[L - 1], Y)
            dZ = sigmoidOutputGradient(activations[L - 1], Y)
        case .softmax:
            var Z = activations.removeLast()
            cost = softmaxCrossEntropyGradient(&Z, biases[L - 1], Y)
            dZ = Z
        }
        for l in stride(from: L - 1, through: 0, by: -1) {
            let APrev = l == 0 ? X : activations[l - 1]
            var dW = dotTransposing(dZ, transposeA: false, APrev, transposeB: true)   // dot(dZ, A_prev.T)
            divideInPlace(&dW, m)
            var db = reduceAxis(.sum, dZ, axis: 1, keepdims: true, "sum")
            divideInPlace(&db, m)
            if l > 0 {
                var dA = dotTransposing(weights[l], transposeA: true, dZ, transposeB: false)   // dot(W.T, dZ)
                timesReluDerivativeInPlace(&dA, activations[l - 1])
                dZ = dA
            }
            subtractScaled(&weights[l], learningRate, dW)
            subtractScaled(&biases[l], learningRate, db)
        }
        return cost
    }
}

extension DenseNetworkTrainer {
    /// The cost of the current parameters on `(X, Y)`: a forward pass only.
    @_specialize(where S == Double)
    @_specialize(where S == Float)
    package func cost(_ X: NDArray<S>, _ Y: NDArray<S>) -> S {
        var A = X
        for l in weights.indices {
            var Z = dotImpl(weights[l], A)
            if l < weights.count - 1 {
                addBiasRelu(&Z, biases[l])
            } else if output == .sigmoid {
                addBiasSigmoid(&Z, biases[l])
                return binaryCrossEntropy(Z, Y)
            } else {
                return softmaxCrossEntropyGradient(&Z, biases[l], Y)
            }
            A = Z
        }
        fatalError("unreachable: the loop returns at the last layer")
    }
}

/// `Z = relu(Z + b)` in one pass; `b` is a column, as in `dot(W, A) + b`.
private func addBiasRelu<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>) {
    let cols = Z.shape[1]
    b.withUnsafeBufferPointer { bias in
        Z.withUnsafeMutableBufferPointer { z in
            guard let p = z.baseAddress else { return }
            forEachPart(bias.count, weight: cols) { rows in
                for row in rows { addBiasRelu(p + row * cols, cols, bias[row]) }
            }
        }
    }
}

/// `x = max(x + shift, 0)` over `n` numbers: `v < 0 ? 0 : v` is numpy's `maximum(v, 0)` for NaN and
/// −0.0 too. float64 goes eight at a time as a vector select (the generic loop compiles to a branch).
@inline(__always)
private func addBiasRelu<S: TensorScalar>(_ x: UnsafeMutablePointer<S>, _ n: Int, _ shift: S) {
    if S.self == Double.self {
        addBiasRelu(UnsafeMutableRawPointer(x).assumingMemoryBound(to: Double.self), n, shift as! Double)
        return
    }
    for j in 0..<n {
        let v = x[j] + shift
        x[j] = v < 0 ? 0 : v
    }
}

/// The float64 `addBiasRelu`, with explicit 8-lane vectors.
@inline(__always)
private func addBiasRelu(_ x: UnsafeMutablePointer<Double>, _ n: Int, _ shift: Double) {
    let raw = UnsafeMutableRawPointer(x), shifts = SIMD8<Double>(repeating: shift)
    var j = 0
    while j + 8 <= n {
        var v = raw.loadUnaligned(fromByteOffset: j * 8, as: SIMD8<Double>.self) + shifts
        v.replace(with: 0, where: v .< 0)
        raw.storeBytes(of: v, toByteOffset: j * 8, as: SIMD8<Double>.self)
        j += 8
    }
    while j < n {
        let v = x[j] + shift
        x[j] = v < 0 ? 0 : v
        j += 1
    }
}

/// `Z = sigmoid(Z + b)`: float64 takes the library's vectorised sigmoid, the same bits as `sigmoid(_:)`.
private func addBiasSigmoid<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>) {
    let cols = Z.shape[1]
    b.withUnsafeBufferPointer { bias in
        Z.withUnsafeMutableBufferPointer { z in
            guard let p = z.baseAddress else { return }
            forEachPart(bias.count, weight: cols) { rows in
                for row in rows {
                    let shift = bias[row], line = p + row * cols
                    for j in 0..<cols { line[j] = line[j] + shift }
                }
                let part = p + rows.lowerBound * cols, count = rows.count * cols
                if S.self == Double.self {
                    let d = UnsafeMutableRawPointer(part).assumingMemoryBound(to: Double.self)
                    vectorSigmoid(d, d, count)
                } else {
                    for j in 0..<count { part[j] = SigmoidK.apply(part[j]) }
                }
            }
        }
    }
}

/// The cost of `computeCost` (float64: that very function) for any element type.
private func binaryCrossEntropy<S: TensorScalar>(_ A: NDArray<S>, _ Y: NDArray<S>) -> S {
    if let a = A as? Tensor, let y = Y as? Tensor { return S(computeCost(a, y)) }
    let n = A.size
    let bytes = n * MemoryLayout<S>.stride
    let terms = BufferCache.shared.allocate(bytes: bytes).bindMemory(to: S.self, capacity: n)
    defer { BufferCache.shared.deallocate(UnsafeMutableRawPointer(terms), bytes: bytes) }
    A.withUnsafeBufferPointer { a in
        Y.withUnsafeBufferPointer { y in
            for i in 0..<n { terms[i] = y[i] * S._log(a[i]) + (1 - y[i]) * S._log(1 - a[i]) }
        }
    }
    return -pairwiseSum(terms, n) / S(Y.shape[1])
}

/// `dZ = −(Y/AL − (1 − Y)/(1 − AL)) · AL · (1 − AL)` in one pass: `sigmoidBackward` of the course's `dAL`.
private func sigmoidOutputGradient<S: TensorScalar>(_ AL: NDArray<S>, _ Y: NDArray<S>) -> NDArray<S> {
    precondition(AL.shape == Y.shape, "Y must have AL's shape \(AL.shape), not \(Y.shape)")
    let dZ = NDArray<S>(uninitializedShape: AL.shape)
    let out = dZ.storage.pointer
    AL.withUnsafeBufferPointer { a in
        Y.withUnsafeBufferPointer { y in
            let n = a.count, a = a.baseAddress!, y = y.baseAddress!
            forEachPart(n) { part in
                for i in part {
                    let dA = -(y[i] / a[i] - (1 - y[i]) / (1 - a[i]))
                    out[i] = dA * a[i] * (1 - a[i])
                }
            }
        }
    }
    return dZ
}

/// Columns handled together by the softmax: a block of every row stays in the L1 cache.
private let softmaxBlockColumns = 256

/// Turns the output layer's product `Z` into `dZ = softmax(Z + b) − Y` in place and returns the cost
/// `−Σ Y log(softmax) / m`, all in one pass over `Z` (a block of columns at a time); the terms of the
/// cost are kept and summed in numpy's pairwise order.
private func softmaxCrossEntropyGradient<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>,
                                                           _ Y: NDArray<S>) -> S {
    precondition(Z.shape == Y.shape, "Y must have the output's shape \(Z.shape), not \(Y.shape)")
    let rows = Z.shape[0], cols = Z.shape[1], n = rows * cols
    let bytes = n * MemoryLayout<S>.stride
    let terms = BufferCache.shared.allocate(bytes: bytes).bindMemory(to: S.self, capacity: n)
    defer { BufferCache.shared.deallocate(UnsafeMutableRawPointer(terms), bytes: bytes) }
    let blocks = (cols + softmaxBlockColumns - 1) / softmaxBlockColumns
    b.withUnsafeBufferPointer { bias in
        Y.withUnsafeBufferPointer { labels in
            Z.withUnsafeMutableBufferPointer { zb in
                let z = zb.baseAddress!, y = labels.baseAddress!
                forEachPart(blocks, weight: rows * softmaxBlockColumns) { part in
                    withUnsafeTemporaryAllocation(of: S.self, capacity: softmaxBlockColumns) { scratch in
                        for block in part {
                            let start = block * softmaxBlockColumns
                            softmaxBlock(z, y, terms, bias, scratch.baseAddress!, rows: rows, cols: cols, start: start,
                                         width: Swift.min(softmaxBlockColumns, cols - start))
                        }
                    }
                }
            }
        }
    }
    return -pairwiseSum(terms, n) / S(cols)
}

/// The columns `start ..< start + width` of `softmaxCrossEntropyGradient`: `z` becomes
/// `softmax(z + b) − y` and `terms` gets `y · log(softmax(z + b))`; `columnMax` holds `width` numbers.
@inline(__always)
private func softmaxBlock<S: TensorScalar>(_ z: UnsafeMutablePointer<S>, _ y: UnsafePointer<S>, _ terms: UnsafeMutablePointer<S>,
                                           _ bias: UnsafeBufferPointer<S>, _ columnMax: UnsafeMutablePointer<S>,
                                           rows: Int, cols: Int, start: Int, width: Int) {
    for r in 0..<rows {
        let row = z + r * cols + start, shift = bias[r]
        for j in 0..<width { row[j] = row[j] + shift }
    }
    for j in 0..<width { columnMax[j] = z[start + j] }
    for r in 1..<Swift.max(rows, 1) {
        let row = z + r * cols + start
        for j in 0..<width { columnMax[j] = MaxK.apply(columnMax[j], row[j]) }
    }
    for r in 0..<rows {
        let row = z + r * cols + start
        for j in 0..<width { row[j] = row[j] - columnMax[j] }
        exponentiate(row, width)
    }
    let total = columnMax   // the maxima are used up: the column sums take their place
    for j in 0..<width { total[j] = 0 + z[start + j] }
    for r in 1..<Swift.max(rows, 1) {
        let row = z + r * cols + start
        for j in 0..<width { total[j] += row[j] }
    }
    for r in 0..<rows {
        let offset = r * cols + start, row = z + offset, label = y + offset, term = terms + offset
        for j in 0..<width { row[j] = row[j] / total[j] }
        logarithm(row, term, width)
        for j in 0..<width {
            term[j] = label[j] * term[j]
            row[j] = row[j] - label[j]
        }
    }
}

/// `x = e^x` over `n` numbers (float64: the library's vectorised `exp`).
@inline(__always)
private func exponentiate<S: TensorScalar>(_ x: UnsafeMutablePointer<S>, _ n: Int) {
    if S.self == Double.self {
        let d = UnsafeMutableRawPointer(x).assumingMemoryBound(to: Double.self)
        vectorExp(d, d, n)
    } else {
        for i in 0..<n { x[i] = S._exp(x[i]) }
    }
}

/// `out = log(x)` over `n` numbers (float64: the library's vectorised `log`).
@inline(__always)
private func logarithm<S: TensorScalar>(_ x: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, _ n: Int) {
    if S.self == Double.self {
        vectorLog(UnsafeRawPointer(x).assumingMemoryBound(to: Double.self),
                  UnsafeMutableRawPointer(out).assumingMemoryBound(to: Double.self), n)
    } else {
        for i in 0..<n { out[i] = S._log(x[i]) }
    }
}

/// `x = x / divisor` in place (the course's `… / m`).
private func divideInPlace<S: TensorScalar>(_ x: inout NDArray<S>, _ divisor: S) {
    x.withUnsafeMutableBufferPointer { p in
        guard let x = p.baseAddress else { return }
        forEachPart(p.count) { part in
            let x = x + part.lowerBound
            for i in 0..<part.count { x[i] = x[i] / divisor }
        }
    }
}

/// `dA = dA * (A > 0)` in place: back through a ReLU whose output was `A` (`A > 0` exactly where `Z > 0`).
private func timesReluDerivativeInPlace<S: TensorScalar>(_ dA: inout NDArray<S>, _ A: NDArray<S>) {
    A.withUnsafeBufferPointer { a in
        dA.withUnsafeMutableBufferPointer { d in
            let n = d.count
            guard let d = d.baseAddress, let a = a.baseAddress else { return }
            forEachPart(n) { part in
                let d = d + part.lowerBound, a = a + part.lowerBound
                for i in 0..<part.count { d[i] = d[i] * (a[i] > 0 ? 1 : 0) }
            }
        }
    }
}

/// `value = value − rate · grad` in place (`updateParameters`'s arithmetic).
private func subtractScaled<S: TensorScalar>(_ value: inout NDArray<S>, _ rate: S, _ grad: NDArray<S>) {
    grad.withUnsafeBufferPointer { g in
        value.withUnsafeMutableBufferPointer { v in
            let n = v.count
            guard let v = v.baseAddress, let g = g.baseAddress else { return }
            forEachPart(n) { part in
                let v = v + part.lowerBound, g = g + part.lowerBound
                for i in 0..<part.count { v[i] = v[i] - rate * g[i] }
            }
        }
    }
}

extension DenseNetworkTrainer where S == Double {
    /// A trainer starting from the course's dictionary of parameters `W1`, `b1`, …, `WL`, `bL`.
    package init(_ parameters: Parameters, layers: Int, output: DenseOutputLayer) {
        self.init(weights: (1...layers).map { lookup(parameters, "W\($0)") },
                  biases: (1...layers).map { lookup(parameters, "b\($0)") }, output: output)
    }

    /// The current parameters as the course's dictionary `W1`, `b1`, …, `WL`, `bL`.
    package var parameters: Parameters {
        var result: Parameters = [:]
        for l in weights.indices {
            result["W\(l + 1)"] = weights[l]
            result["b\(l + 1)"] = biases[l]
        }
        return result
    }
}
