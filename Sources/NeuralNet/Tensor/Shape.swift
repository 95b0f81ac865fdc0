// Reshaping and axis permutation.

extension NDArray {
    /// The same elements (in row-major order) arranged in a new shape, like numpy's `a.reshape(2, -1)`.
    /// One axis may be `-1`: its length is worked out from the others, so `X.reshape(X.shape[0], -1)`
    /// flattens every example. The data is shared with `self` until one of them is written.
    public func reshape(_ shape: Int...) -> NDArray { reshape(shape) }

    /// The same elements arranged in a new shape given as an array, like `a.reshape((2, -1))`.
    public func reshape(_ newShape: [Int]) -> NDArray {
        var r = self
        r.setShape(resolvedReshape(size, newShape))
        return r
    }

    /// A 1-D copy of all elements in row-major order, like numpy's `a.flatten()`.
    public func flatten() -> NDArray { reshape([size]) }

    /// The elements as a 1-D array, like numpy's `a.ravel()` (same as ``flatten()``).
    public func ravel() -> NDArray { reshape([size]) }

    /// Removes axes of length 1, like numpy's `np.squeeze(a)`: `(1, 3)` → `(3,)`, `(1, 1)` → `()`.
    /// With `axis`, removes only that axis (it must have length 1).
    public func squeeze(axis: Int? = nil) -> NDArray {
        if let axis {
            let ax = normalizedAxis(axis, ndim, "squeeze")
            if shape[ax] != 1 {
                fatalError("squeeze: cannot select an axis to squeeze out which has size not equal to one (axis \(axis) of shape \(shapeString(shape)))")
            }
            var s = shape; s.remove(at: ax)
            return reshape(s)
        }
        return reshape(shape.filter { $0 != 1 })
    }

    /// Inserts an axis of length 1 at position `axis`, like `np.expand_dims(a, axis)`:
    /// a `(3,)` vector becomes `(1, 3)` with axis 0 or `(3, 1)` with axis 1 (or -1).
    public func expandDims(axis: Int) -> NDArray {
        let ax = normalizedAxis(axis, ndim + 1, "expandDims")
        var s = shape; s.insert(1, at: ax)
        return reshape(s)
    }

    /// The transpose, like numpy's `a.T`: rows become columns for a matrix, all axes are reversed for
    /// n-d arrays, and a 1-D vector is unchanged (use `reshape(-1, 1)` for a column).
    /// Matrices remember their transpose until written, so repeated `X.T` is free; the transpose of
    /// a row or a column shares the data (the order of the elements is the same).
    public var T: NDArray {
        if ndim < 2 { return self }
        if ndim == 2 && (shape[0] == 1 || shape[1] == 1) { return reshape([shape[1], shape[0]]) }
        if ndim == 2 {
            let tshape = [shape[1], shape[0]]
            if let cached = storage.cachedTranspose(for: shape) { return NDArray(shape: tshape, storage: cached) }
            let t = permutedCopy(self, [1, 0])
            storage.setCachedTranspose(t.storage, for: shape)
            return t
        }
        return transpose(Array((0..<ndim).reversed()))
    }

    /// The axes permuted, like `np.transpose(a, axes)`: axis `i` of the result is axis `axes[i]` of
    /// `self`. Without `axes`, reverses them (same as ``T``).
    public func transpose(_ axes: [Int]? = nil) -> NDArray {
        guard let axes else { return T }
        if axes.count != ndim { fatalError("transpose: axes \(axes) don't match array of shape \(shapeString(shape))") }
        let perm = axes.map { normalizedAxis($0, ndim, "transpose") }
        if Set(perm).count != ndim { fatalError("transpose: repeated axis in transpose \(axes)") }
        if perm == Array(0..<ndim) { return self }
        return permutedCopy(self, perm)
    }

    /// The axes permuted, like `a.transpose(1, 0, 2)`.
    public func transpose(_ axes: Int...) -> NDArray { transpose(axes.isEmpty ? nil : axes) }

    /// Exchanges two axes, like `np.swapaxes(a, axis1, axis2)`.
    public func swapaxes(_ axis1: Int, _ axis2: Int) -> NDArray {
        var p = Array(0..<ndim)
        p.swapAt(normalizedAxis(axis1, ndim, "swapaxes"), normalizedAxis(axis2, ndim, "swapaxes"))
        return transpose(p)
    }
}

/// The shape `newShape` with its `-1` resolved, or a stop with numpy's message.
func resolvedReshape(_ size: Int, _ newShape: [Int]) -> [Int] {
    var s = newShape
    let unknown = s.indices.filter { s[$0] == -1 }
    if unknown.count > 1 { fatalError("reshape: can only specify one unknown dimension (got \(shapeString(newShape)))") }
    if s.contains(where: { $0 < -1 }) { fatalError("reshape: negative dimensions not allowed: \(shapeString(newShape))") }
    let known = s.filter { $0 != -1 }.reduce(1, *)
    if let u = unknown.first {
        if known == 0 || size % known != 0 { fatalError(reshapeErrorMessage(size, newShape)) }
        s[u] = size / known
    } else if known != size {
        fatalError(reshapeErrorMessage(size, newShape))
    }
    return s
}

/// A contiguous copy of `a` with its axes permuted (`perm[i]` = source axis of result axis `i`).
@_specialize(where S == Double)
@_specialize(where S == Float)
func permutedCopy<S: TensorScalar>(_ a: NDArray<S>, _ perm: [Int]) -> NDArray<S> {
    let outShape = perm.map { a.shape[$0] }
    let out = NDArray<S>(uninitializedShape: outShape)
    let src = a.storage.pointer, dst = out.storage.pointer
    let srcStrides = contiguousStrides(a.shape)
    let strides = perm.map { srcStrides[$0] }        // source stride of each result axis
    let n = outShape.count
    if a.size == 0 { return out }
    if n == 2 {
        transpose2D(src, dst, rows: outShape[1], cols: outShape[0], srcRowStride: strides[1])
        return withExtendedLifetime(a) { out }
    }
    // Odometer over all result axes but the last; the last is a strided inner loop.
    let inner = outShape[n - 1], innerStride = strides[n - 1]
    let outer = a.size / inner
    var idx = [Int](repeating: 0, count: n - 1)
    var off = 0
    var o = dst
    for _ in 0..<outer {
        for j in 0..<inner { o[j] = src[off + j * innerStride] }
        o += inner
        var d = n - 2
        while d >= 0 {
            idx[d] += 1; off += strides[d]
            if idx[d] < outShape[d] { break }
            off -= strides[d] * outShape[d]; idx[d] = 0
            d -= 1
        }
    }
    return withExtendedLifetime(a) { out }
}

/// dst (cols × rows, row-major) = transpose of src (rows × cols with row stride `srcRowStride`),
/// in 32×32 tiles to stay in cache.
@inline(__always)
private func transpose2D<S>(_ src: UnsafePointer<S>, _ dst: UnsafeMutablePointer<S>, rows: Int, cols: Int, srcRowStride: Int) {
    let tile = 32
    var i0 = 0
    while i0 < rows {
        let i1 = Swift.min(i0 + tile, rows)
        var j0 = 0
        while j0 < cols {
            let j1 = Swift.min(j0 + tile, cols)
            for j in j0..<j1 {
                let d = dst + j * rows
                for i in i0..<i1 { d[i] = src[i * srcRowStride + j] }
            }
            j0 = j1
        }
        i0 = i1
    }
}

/// The elements of `a` in a new shape, like `np.reshape(a, shape)`; one axis may be `-1`.
public func reshape<S: TensorScalar>(_ a: NDArray<S>, _ shape: [Int]) -> NDArray<S> { a.reshape(shape) }
/// The transpose (all axes reversed), like `np.transpose(a)`; with `axes`, that permutation.
public func transpose<S: TensorScalar>(_ a: NDArray<S>, _ axes: [Int]? = nil) -> NDArray<S> { a.transpose(axes) }
/// Removes axes of length 1, like `np.squeeze(a)`; with `axis`, only that one.
public func squeeze<S: TensorScalar>(_ a: NDArray<S>, axis: Int? = nil) -> NDArray<S> { a.squeeze(axis: axis) }
/// Inserts an axis of length 1, like `np.expand_dims(a, axis)`.
public func expandDims<S: TensorScalar>(_ a: NDArray<S>, axis: Int) -> NDArray<S> { a.expandDims(axis: axis) }
