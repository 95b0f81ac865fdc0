// The two matrix products of logistic regression, in one pass over a large data set.

/// Bytes of `Xᵀ` per block of examples: small enough to stay in a core's L2 cache (512 KiB and up)
/// between the two products of ``logisticPassInBlocks(_:_:_:_:)``.
private let blockBytes = 1 << 19

/// `propagate`'s forward and backward products for a large `X`: `A = sigmoid(wᵀ·X + b)`,
/// `dZ = A − Y` and `X·dZᵀ` (not yet divided by `m`).
///
/// With 12288 × 209 cat pictures both products are bound by reading `X` from memory, 20 MB each
/// time. Here the examples go through in blocks of 512 KiB of `X`'s transposed copy (one row per
/// example): a block's row products give its `A` and `dZ`, and the block, still in cache, adds its
/// share to `X·dZᵀ`. Memory is read once per iteration instead of twice. Both products stay BLAS
/// `gemv` calls; `X·dZᵀ` is summed block by block, so its last bits can differ from one `gemv`.
///
/// - Returns: nil when `X` is too small to gain (under 2 MiB) or the shapes are not
///   `w (n_x, 1)`, `X (n_x, m)`, `Y (1, m)`.
func logisticPassInBlocks(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (A: Tensor, dZ: Tensor, XdZ: Tensor)? {
    guard X.ndim == 2, X.size * MemoryLayout<Double>.stride >= 4 * blockBytes else { return nil }
    let nx = X.shape[0], m = X.shape[1]
    guard w.shape == [nx, 1], Y.shape == [1, m] else { return nil }
    let XT = X.T   // kept with X's buffer after the first call
    let rows = Swift.max(1, blockBytes / (nx * MemoryLayout<Double>.stride))
    let A = Tensor(uninitializedShape: [1, m]), dZ = Tensor(uninitializedShape: [1, m])
    let XdZ = Tensor(uninitializedShape: [nx, 1])
    withExtendedLifetime((XT, w, Y, A, dZ, XdZ)) {
        let xt = XT.storage.pointer, a = A.storage.pointer, dz = dZ.storage.pointer, y = Y.storage.pointer
        for start in stride(from: 0, to: m, by: rows) {
            let count = Swift.min(rows, m - start), block = xt + start * nx
            Double._gemv(trans: false, m: count, n: nx, alpha: 1, a: block, lda: nx, x: w.storage.pointer, incx: 1,
                         beta: 0, y: a + start, incy: 1)
            for j in start..<start + count { a[j] = a[j] + b }
            vectorSigmoid(a + start, a + start, count)
            for j in start..<start + count { dz[j] = a[j] - y[j] }
            Double._gemv(trans: true, m: count, n: nx, alpha: 1, a: block, lda: nx, x: dz + start, incx: 1,
                         beta: start == 0 ? 0 : 1, y: XdZ.storage.pointer, incy: 1)
        }
    }
    return (A, dZ, XdZ)
}
