// The one-pass loops of DenseNetworkTrainer, each the course's formula element by element in its order
// of operations (so the building blocks' rounding): the bias with the activation, the cost, the output
// gradient, the activations' derivatives and the update. exp, log, tanh and sigmoid run in the
// vectorised loops of FastMath.swift for float64 and float32 alike.

/// DenseNetworkTrainer's loops, in a namespace of their own.
enum DenseKernels {
    /// `Z = f(Z + b)` in one pass for the hidden activation `f`; `b` is a column, as in `dot(W, A) + b`.
    static func addBias<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>, then f: DenseHiddenActivation) {
        switch f {
        case .relu: addBiasRelu(&Z, b)
        case .tanh: addBias(&Z, b, then: vectorTanh)
        }
    }

    /// `Z = sigmoid(Z + b)`: the bits of `sigmoid(_:)` (float64) and of `1 / (1 + exp(-z))` (float32).
    static func addBiasSigmoid<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>) {
        addBias(&Z, b, then: vectorSigmoid)
    }

    /// `Z = relu(Z + b)` in one pass.
    private static func addBiasRelu<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>) {
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
    /// −0.0 too. float64 and float32 go as vector selects: the generic loop compiles to a branch, which
    /// mispredicts on data of both signs (float32 took 2.9 ns a number on the multi-class network).
    @inline(__always)
    private static func addBiasRelu<S: TensorScalar>(_ x: UnsafeMutablePointer<S>, _ n: Int, _ shift: S) {
        let raw = UnsafeMutableRawPointer(x)
        var j = 0
        if S.self == Double.self {
            j = addBiasReluVectors(raw, n, shift as! Double)
        } else if S.self == Float.self {
            j = addBiasReluVectors(raw, n, shift as! Float)
        }
        for j in j..<n {
            let v = x[j] + shift
            x[j] = v < 0 ? 0 : v
        }
    }

    /// `addBiasRelu` over the whole vectors of 8 float64 in `n` numbers; returns where it stopped.
    /// One function per element type: a generic SIMD version was not specialised and ran slower than
    /// the branch.
    @inline(__always)
    private static func addBiasReluVectors(_ raw: UnsafeMutableRawPointer, _ n: Int, _ shift: Double) -> Int {
        let shifts = SIMD8<Double>(repeating: shift)
        var j = 0
        while j + 8 <= n {
            var v = raw.loadUnaligned(fromByteOffset: j * 8, as: SIMD8<Double>.self) + shifts
            v.replace(with: 0, where: v .< 0)
            raw.storeBytes(of: v, toByteOffset: j * 8, as: SIMD8<Double>.self)
            j += 8
        }
        return j
    }

    /// `addBiasRelu` over the whole vectors of 16 float32 in `n` numbers; returns where it stopped.
    @inline(__always)
    private static func addBiasReluVectors(_ raw: UnsafeMutableRawPointer, _ n: Int, _ shift: Float) -> Int {
        let shifts = SIMD16<Float>(repeating: shift)
        var j = 0
        while j + 16 <= n {
            var v = raw.loadUnaligned(fromByteOffset: j * 4, as: SIMD16<Float>.self) + shifts
            v.replace(with: 0, where: v .< 0)
            raw.storeBytes(of: v, toByteOffset: j * 4, as: SIMD16<Float>.self)
            j += 16
        }
        return j
    }

    /// `Z = f(Z + b)` for a vectorised loop `f`: the additions row by row, then `f` over the rows of a part.
    @inline(__always)
    private static func addBias<S: TensorScalar>(_ Z: inout NDArray<S>, _ b: NDArray<S>, then f: VectorLoop<S>) {
        let cols = Z.shape[1]
        b.withUnsafeBufferPointer { bias in
            Z.withUnsafeMutableBufferPointer { z in
                guard let p = z.baseAddress else { return }
                forEachPart(bias.count, weight: cols) { rows in
                    for row in rows {
                        let shift = bias[row], line = p + row * cols
                        for j in 0..<cols { line[j] = line[j] + shift }
                    }
                    let part = p + rows.lowerBound * cols
                    f(part, part, rows.count * cols)
                }
            }
        }
    }

    /// The cost of `computeCost` (float64: that very function) for any element type, with its one
    /// logarithm per term where the labels are 0 or 1 (`crossEntropySum`).
    static func binaryCrossEntropy<S: TensorScalar>(_ A: NDArray<S>, _ Y: NDArray<S>) -> S {
        if let a = A as? Tensor, let y = Y as? Tensor { return S(computeCost(a, y)) }
        precondition(A.shape == Y.shape, "Y must have A's shape \(A.shape), not \(Y.shape)")
        let sum = A.withUnsafeBufferPointer { a in
            Y.withUnsafeBufferPointer { y in crossEntropySum(a.baseAddress, y.baseAddress, A.size) }
        }
        return -sum / S(Y.shape[1])
    }

    /// `dZ = −(Y/AL − (1 − Y)/(1 − AL)) · AL · (1 − AL)` in one pass: `sigmoidBackward` of the course's `dAL`.
    static func sigmoidOutputGradient<S: TensorScalar>(_ AL: NDArray<S>, _ Y: NDArray<S>) -> NDArray<S> {
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

    /// `A = A − Y` in place: the planar network's output gradient `dZ2 = A2 − Y`.
    static func subtractInPlace<S: TensorScalar>(_ A: inout NDArray<S>, _ Y: NDArray<S>) {
        precondition(A.shape == Y.shape, "Y must have A's shape \(A.shape), not \(Y.shape)")
        Y.withUnsafeBufferPointer { y in
            A.withUnsafeMutableBufferPointer { a in
                guard let a = a.baseAddress, let y = y.baseAddress else { return }
                forEachPart(Y.size) { part in
                    for i in part { a[i] = a[i] - y[i] }
                }
            }
        }
    }

    /// `x = x / divisor` in place (the course's `… / m`).
    static func divideInPlace<S: TensorScalar>(_ x: inout NDArray<S>, _ divisor: S) {
        x.withUnsafeMutableBufferPointer { p in
            guard let x = p.baseAddress else { return }
            forEachPart(p.count) { part in
                let x = x + part.lowerBound
                for i in 0..<part.count { x[i] = x[i] / divisor }
            }
        }
    }

    /// `dA = dA · f′` in place, back through the hidden activation `f` whose output was `A`: ReLU
    /// `dA * (A > 0)` (`A > 0` exactly where `Z > 0`), tanh `dA * (1 − A²)` (`timesTanhDerivative`).
    static func timesDerivativeInPlace<S: TensorScalar>(_ dA: inout NDArray<S>, _ A: NDArray<S>,
                                                        of f: DenseHiddenActivation) {
        A.withUnsafeBufferPointer { a in
            dA.withUnsafeMutableBufferPointer { d in
                let n = d.count
                guard let d = d.baseAddress, let a = a.baseAddress else { return }
                forEachPart(n) { part in
                    let d = d + part.lowerBound, a = a + part.lowerBound
                    switch f {
                    case .relu: for i in 0..<part.count { d[i] = d[i] * (a[i] > 0 ? 1 : 0) }
                    case .tanh: for i in 0..<part.count { d[i] = d[i] * (1 - a[i] * a[i]) }
                    }
                }
            }
        }
    }

    /// `value = value − rate · grad` in place (`updateParameters`'s arithmetic).
    static func subtractScaled<S: TensorScalar>(_ value: inout NDArray<S>, _ rate: S, _ grad: NDArray<S>) {
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
}
