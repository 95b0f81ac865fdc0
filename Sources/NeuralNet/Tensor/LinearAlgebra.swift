// dot, matmul, outer and norm (the public free functions are in API+Double/Float). Matrix products go to OpenBLAS, choosing gemm / gemv / dot the
// way numpy does (so results match numpy linked to OpenBLAS).

/// numpy's classification of a dot operand (`_select_matrix_shape` in numpy's cblasfuncs.c).
private enum MatrixKind { case scalar, row, column, matrix }

private func matrixKind(_ s: [Int]) -> MatrixKind {
    switch s.count {
    case 0: return .scalar
    case 1: return s[0] > 1 ? .column : .scalar
    default:
        if s[0] > 1 { return s[1] == 1 ? .column : .matrix }
        return s[1] == 1 ? .scalar : .row
    }
}

/// The stored transpose of `a` when `a` is a large matrix much taller than wide that is multiplied
/// again and again (the training set `X` of shape (12288, 209) in `dot(w.T, X)`), else nil.
/// OpenBLAS's matrix-vector kernels run about twice as fast along long rows as along short ones,
/// so the one-time copy pays for itself from the third product on.
private func longRowLayout<S: TensorScalar>(_ a: NDArray<S>) -> NDArray<S>? {
    guard a.ndim == 2, a.size >= 1 << 16, a.shape[1] * 8 <= a.shape[0] else { return nil }
    guard a.storage.cachedTranspose(for: a.shape) != nil || a.storage.transposeAskedBefore(for: a.shape) else { return nil }
    return a.T
}

/// The matrix product of 1-D/2-D operands following numpy's BLAS dispatch.
@_specialize(where S == Double)
@_specialize(where S == Float)
func blasDot<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>, _ name: String) -> NDArray<S> {
    if a.ndim == 0 || b.ndim == 0 { return binaryOperation(.mul, a, b, name) }
    let k = a.shape[a.ndim - 1]
    let bk = b.ndim == 1 ? 0 : b.ndim - 2
    if k != b.shape[bk] { fatalError(alignmentErrorMessage(name, a.shape, b.shape, dimA: a.ndim - 1, dimB: bk)) }
    var outShape = Array(a.shape.dropLast())
    if b.ndim == 2 { outShape.append(b.shape[1]) }
    let ka = matrixKind(a.shape), kb = matrixKind(b.shape)
    let A = a.storage.pointer, B = b.storage.pointer
    var out: NDArray<S>
    if ka == .scalar || kb == .scalar {
        // numpy uses axpy on a zeroed output: the elementwise product added to +0 (−0 becomes +0).
        out = binaryOperation(.mul, a.reshape(ka == .scalar ? [] : a.shape), b.reshape(kb == .scalar ? [] : b.shape), name)
        return binaryOperation(.add, out, number: 0).reshape(outShape)
    }
    out = NDArray(uninitializedShape: outShape)
    if out.size == 0 { return out }
    if k == 0 { return NDArray(repeating: 0, shape: outShape) }
    let C = out.storage.pointer
    withExtendedLifetime((a, b)) {
        if kb == .column && ka != .matrix {
            C[0] = S._dot(n: k, x: A, incx: 1, y: B, incy: 1)
        } else if ka == .matrix && kb != .matrix {
            if let at = longRowLayout(a) {   // A·x = (Aᵀ)ᵀ·x
                withExtendedLifetime(at) {
                    S._gemv(trans: true, m: k, n: a.shape[0], alpha: 1, a: at.storage.pointer, lda: a.shape[0],
                            x: B, incx: 1, beta: 0, y: C, incy: 1)
                }
            } else {
                gemv(transposed: false, rows: a.shape[0], cols: k, a: A, x: B, y: C)
            }
        } else if ka != .matrix && kb == .matrix {
            let m = b.shape[1]
            if let bt = longRowLayout(b) {   // xᵀ·B = Bᵀ·x
                withExtendedLifetime(bt) {
                    S._gemv(trans: false, m: m, n: k, alpha: 1, a: bt.storage.pointer, lda: k, x: A, incx: 1,
                            beta: 0, y: C, incy: 1)
                }
            } else {
                gemv(transposed: true, rows: k, cols: m, a: B, x: A, y: C)
            }
        } else {
            let n = a.shape[0], m = b.shape[1]
            gemm(transA: false, transB: false, m: n, n: m, k: k, alpha: 1, a: A, lda: k, b: B, ldb: m,
                    beta: 0, c: C, ldc: m)
        }
    }
    return out
}

/// `op(a) · op(b)` for 2-D arrays, `op` transposing where asked: numpy's `np.dot(a, b.T)` and
/// `np.dot(a.T, b)`. Matrix products go to one gemm call with BLAS's transpose flags (numpy hands its
/// transposed views to BLAS the same way), so no transposed copy is made; a row or a column on either
/// side takes gemv (or dot), as numpy does.
@_specialize(where S == Double)
@_specialize(where S == Float)
func dotTransposing<S: TensorScalar>(_ a: NDArray<S>, transposeA: Bool, _ b: NDArray<S>, transposeB: Bool) -> NDArray<S> {
    guard a.ndim == 2 && b.ndim == 2 else {
        return dotImpl(transposeA ? a.T : a, transposeB ? b.T : b)
    }
    let n = transposeA ? a.shape[1] : a.shape[0], k = transposeA ? a.shape[0] : a.shape[1]
    let kb = transposeB ? b.shape[1] : b.shape[0], m = transposeB ? b.shape[0] : b.shape[1]
    if k != kb { fatalError(alignmentErrorMessage("dot", [n, k], [kb, m], dimA: 1, dimB: 0)) }
    if n == 0 || m == 0 || k == 0 { return blasDot(transposeA ? a.T : a, transposeB ? b.T : b, "dot") }
    // A large operand transposed again and again (the training set in `dot(dZ, X.T)`) is transposed
    // once and kept: OpenBLAS multiplies a stored transpose ~10% faster than it reads one on the fly.
    // (Not when the thin loops take `A · Bᵀ` as it is: they read the rows of B directly.)
    if transposeB && n > 1 && m > 1 && b.size >= 1 << 14
        && !(!transposeA && ThinProductPolicy.applies(S.self, transB: true, m: n, n: m, k: k, ldb: b.shape[1]))
        && (b.storage.cachedTranspose(for: b.shape) != nil || b.storage.transposeAskedBefore(for: b.shape)) {
        return dotTransposing(a, transposeA: transposeA, b.T, transposeB: false)
    }
    if transposeA && n > 1 && m > 1 && a.size >= 1 << 14
        && (a.storage.cachedTranspose(for: a.shape) != nil || a.storage.transposeAskedBefore(for: a.shape)) {
        return dotTransposing(a.T, transposeA: false, b, transposeB: transposeB)
    }
    let out = NDArray<S>(uninitializedShape: [n, m])
    let A = a.storage.pointer, B = b.storage.pointer, C = out.storage.pointer
    withExtendedLifetime((a, b)) {
        // A row or a column is stored the same way transposed or not, so only the matrix's flag matters.
        if n == 1 && m == 1 {
            C[0] = S._dot(n: k, x: A, incx: 1, y: B, incy: 1)
        } else if n == 1 {
            gemv(transposed: !transposeB, rows: b.shape[0], cols: b.shape[1], a: B, x: A, y: C)
        } else if m == 1 {
            gemv(transposed: transposeA, rows: a.shape[0], cols: a.shape[1], a: A, x: B, y: C)
        } else {
            gemm(transA: transposeA, transB: transposeB, m: n, n: m, k: k, alpha: 1, a: A, lda: a.shape[1],
                    b: B, ldb: b.shape[1], beta: 0, c: C, ldc: m)
        }
    }
    return out
}

/// numpy's `np.dot` for any element type (documented on the public `dot`).
func dotImpl<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>) -> NDArray<S> {
    if a.ndim <= 2 && b.ndim <= 2 { return blasDot(a, b, "dot") }
    let k = a.shape[a.ndim - 1], bk = b.ndim == 1 ? 0 : b.ndim - 2
    if k != b.shape[bk] { fatalError(alignmentErrorMessage("dot", a.shape, b.shape, dimA: a.ndim - 1, dimB: bk)) }
    let a2 = a.reshape(-1, k)
    if b.ndim <= 2 {
        return blasDot(a2, b, "dot").reshape(Array(a.shape.dropLast()) + Array(b.shape.dropFirst()))
    }
    // Move b's contracted axis to the front: (k, pre..., m) → (k, P·m).
    let nb = b.ndim
    let perm = [nb - 2] + Array(0..<(nb - 2)) + [nb - 1]
    let b2 = b.transpose(perm).reshape(k, -1)
    let outShape = Array(a.shape.dropLast()) + Array(b.shape[..<(nb - 2)]) + [b.shape[nb - 1]]
    return blasDot(a2, b2, "dot").reshape(outShape)
}

/// numpy's `np.matmul` for any element type (documented on the public `matmul`).
func matmulImpl<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>) -> NDArray<S> {
    if a.ndim == 0 || b.ndim == 0 { fatalError("matmul: input operand does not have enough dimensions (shapes \(shapeString(a.shape)) and \(shapeString(b.shape)))") }
    if a.ndim <= 2 && b.ndim <= 2 {
        if a.ndim == 2 && b.ndim == 2 {
            let k = a.shape[1]
            if k != b.shape[0] { fatalError(alignmentErrorMessage("matmul", a.shape, b.shape, dimA: 1, dimB: 0)) }
            if k == 0 { return NDArray(repeating: 0, shape: [a.shape[0], b.shape[1]]) }
            let out = NDArray<S>(uninitializedShape: [a.shape[0], b.shape[1]])
            if out.size > 0 {
                withExtendedLifetime((a, b)) {
                    gemm(transA: false, transB: false, m: a.shape[0], n: b.shape[1], k: k, alpha: 1,
                            a: a.storage.pointer, lda: Swift.max(k, 1), b: b.storage.pointer, ldb: Swift.max(b.shape[1], 1),
                            beta: 0, c: out.storage.pointer, ldc: Swift.max(b.shape[1], 1))
                }
            }
            return out
        }
        return blasDot(a, b, "matmul")
    }
    // Batched: promote vectors, broadcast the batch axes, loop over gemm.
    let a3 = a.ndim == 1 ? a.reshape(1, -1) : a, b3 = b.ndim == 1 ? b.reshape(-1, 1) : b
    let n = a3.shape[a3.ndim - 2], k = a3.shape[a3.ndim - 1], m = b3.shape[b3.ndim - 1]
    if k != b3.shape[b3.ndim - 2] {
        fatalError(alignmentErrorMessage("matmul", a.shape, b.shape, dimA: a.ndim - 1, dimB: b.ndim == 1 ? 0 : b.ndim - 2))
    }
    let batchA = Array(a3.shape.dropLast(2)), batchB = Array(b3.shape.dropLast(2))
    let batch = broadcastOrDie("matmul", batchA, batchB)
    let ab = broadcastTo(a3, batch + [n, k]), bb = broadcastTo(b3, batch + [k, m])
    var out = NDArray<S>(uninitializedShape: batch + [n, m])
    let count = batch.reduce(1, *)
    withExtendedLifetime((ab, bb)) {
        for i in 0..<count where n * m > 0 {
            gemm(transA: false, transB: false, m: n, n: m, k: k, alpha: 1, a: ab.storage.pointer + i * n * k,
                    lda: Swift.max(k, 1), b: bb.storage.pointer + i * k * m, ldb: m, beta: 0,
                    c: out.storage.pointer + i * n * m, ldc: m)
        }
    }
    if a.ndim == 1 { out = out.squeeze(axis: -2) }
    if b.ndim == 1 { out = out.squeeze(axis: -1) }
    return out
}

/// The outer product of two vectors, like `np.outer(a, b)`: shape `(a.size, b.size)`.
func outerImpl<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>) -> NDArray<S> {
    binaryOperation(.mul, a.reshape(-1, 1), b.reshape(1, -1), "outer")
}

extension NDArray {
    /// The dot product with `other`, like numpy's `a.dot(b)`: matrix product for 2-D arrays,
    /// inner product for vectors; see the free function `dot(_:_:)`.
    public func dot(_ other: NDArray) -> NDArray { dotImpl(self, other) }
    /// The matrix product with `other`, like numpy's `a @ b`; see the free function `matmul(_:_:)`.
    public func matmul(_ other: NDArray) -> NDArray { matmulImpl(self, other) }
}

/// `np.linalg.norm(x, ord)` of the whole array (documented on the public `norm`).
func normAll<S: TensorScalar>(_ x: NDArray<S>, ord: S?) -> S {
    guard let ord else {
        return withExtendedLifetime(x) { S._dot(n: x.size, x: x.storage.pointer, incx: 1, y: x.storage.pointer, incy: 1) }.squareRoot()
    }
    switch x.ndim {
    case 1: return vectorNorm(x, ord: ord, axis: 0, keepdims: false).item
    case 2:
        if ord == 1 { return unaryOperation(.abs, x).sum(axis: 0).max() }
        if ord == .infinity { return unaryOperation(.abs, x).sum(axis: 1).max() }
        fatalError("norm: ord \(ord) is not supported for matrices here (use ord nil, 1 or .infinity)")
    default:
        fatalError("norm: ord \(ord) needs a 1-D or 2-D array, got shape \(shapeString(x.shape))")
    }
}

/// Vector norms along `axis`, `np.linalg.norm(x, ord, axis, keepdims)`.
func vectorNorm<S: TensorScalar>(_ x: NDArray<S>, ord: S, axis: Int, keepdims: Bool) -> NDArray<S> {
    let ax = unaryOperation(.abs, x)
    switch ord {
    case .infinity: return ax.max(axis: axis, keepdims: keepdims)
    case -.infinity: return ax.min(axis: axis, keepdims: keepdims)
    case 0: return binaryOperation(.ne, x, NDArray(0), "norm").sum(axis: axis, keepdims: keepdims)
    case 1: return ax.sum(axis: axis, keepdims: keepdims)
    case 2: return unaryOperation(.sqrt, binaryOperation(.mul, x, x, "norm").sum(axis: axis, keepdims: keepdims))
    default: return powerImpl(powerImpl(ax, ord).sum(axis: axis, keepdims: keepdims), 1 / ord)
    }
}

/// `a` repeated along new or length-1 axes to `shape`, like `np.broadcast_to` (as a contiguous copy).
public func broadcastTo<S: TensorScalar>(_ a: NDArray<S>, _ shape: [Int]) -> NDArray<S> {
    if a.shape == shape { return a }
    guard broadcastShapes(a.shape, shape) == shape else {
        fatalError("broadcastTo: cannot broadcast an array of shape \(shapeString(a.shape)) to shape \(shapeString(shape))")
    }
    return binaryOperation(.right, NDArray<S>(uninitializedShape: shape), a, "broadcastTo")
}
