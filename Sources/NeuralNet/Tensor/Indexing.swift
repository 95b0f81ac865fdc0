// Indexing and slicing with numpy flavour:
//   a[i]            first-axis element (row of a matrix), negative i counts from the end
//   a[i, j]         one number (give an index for every axis)
//   a[0..<2, 3]     rows 0 and 1 of column 3 → 1-D, like a[0:2, 3]
//   a[..., 3]       column 3 as a 1-D array, like a[:, 3]
//   a[2, ...]       row 2, like a[2, :]
//   a[..., perm]    columns in the order of an [Int], like a[:, perm] (mini-batch shuffles)
//   a[mask: m]      the elements where mask m is non-zero, like a[m]; assignable: dZ[mask: Z .<= 0] = Tensor(0)
// Slices are copies (a Swift value), but assigning through a subscript writes into the array.

/// Something that picks positions along one axis: an `Int` (removes the axis), a range such as
/// `0..<2`, `1...`, `..<5`, `2...4`, a `stride(from:to:by:)`, or an `[Int]` of positions.
/// Negative positions count from the end, as in numpy; range ends past the axis are clipped.
public protocol TensorIndex {
    /// The selected positions along an axis of length `size`, and whether the axis is removed.
    func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool)
}

/// numpy's slice bounds: negative counts from the end, then clipped to `0...size`.
private func sliceBound(_ b: Int, _ size: Int) -> Int { Swift.min(Swift.max(b < 0 ? b + size : b, 0), size) }

extension Int: TensorIndex {
    /// The single position `self` (negative counts from the end); the axis is removed.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        ([normalizedIndex(self, axis: axis, size: size)], true)
    }
}
extension Range: TensorIndex where Bound == Int {
    /// Positions `lowerBound ..< upperBound`, clipped like a numpy slice.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        let lo = sliceBound(lowerBound, size), hi = sliceBound(upperBound, size)
        return (lo < hi ? Array(lo..<hi) : [], false)
    }
}
extension ClosedRange: TensorIndex where Bound == Int {
    /// Positions `lowerBound ... upperBound`, clipped like a numpy slice.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        let hi = upperBound < 0 ? upperBound + size + 1 : upperBound + 1
        return (lowerBound..<hi).selectPositions(axisSize: size, axis: axis)
    }
}
extension PartialRangeFrom: TensorIndex where Bound == Int {
    /// Positions from `lowerBound` to the end, like numpy's `a[2:]`.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (lowerBound..<size).selectPositions(axisSize: size, axis: axis)
    }
}
extension PartialRangeUpTo: TensorIndex where Bound == Int {
    /// Positions before `upperBound`, like numpy's `a[:5]`.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (0..<(upperBound < 0 ? upperBound + size : upperBound)).selectPositions(axisSize: size, axis: axis)
    }
}
extension PartialRangeThrough: TensorIndex where Bound == Int {
    /// Positions up to and including `upperBound`.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (0...upperBound).selectPositions(axisSize: size, axis: axis)
    }
}
extension StrideTo: TensorIndex where Element == Int {
    /// The positions of the stride (each must be inside the axis), like numpy's `a[0:10:2]`.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (map { normalizedIndex($0, axis: axis, size: size) }, false)
    }
}
extension StrideThrough: TensorIndex where Element == Int {
    /// The positions of the stride (each must be inside the axis).
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (map { normalizedIndex($0, axis: axis, size: size) }, false)
    }
}
extension Array: TensorIndex where Element == Int {
    /// These positions in this order (repeats allowed), like numpy's `a[:, [3, 0, 2]]`.
    public func selectPositions(axisSize size: Int, axis: Int) -> (positions: [Int], dropsAxis: Bool) {
        (map { normalizedIndex($0, axis: axis, size: size) }, false)
    }
}

/// A selection of positions on the leading axes (the rest are taken whole).
struct Selection {
    var positions: [[Int]]      // per selected axis
    var resultShape: [Int]      // shape of the selected block, axes picked by an Int removed
    var tail: Int               // elements per position tuple (product of unselected axes)
    var strides: [Int]          // source strides of the selected axes

    init(_ indices: [(any TensorIndex)?], shape: [Int]) {
        if indices.count > shape.count {
            fatalError("index: too many indices for array: array is \(shape.count)-dimensional, but \(indices.count) were indexed")
        }
        positions = []; resultShape = []
        for (axis, idx) in indices.enumerated() {
            if let idx {
                let (p, drops) = idx.selectPositions(axisSize: shape[axis], axis: axis)
                positions.append(p)
                if !drops { resultShape.append(p.count) }
            } else {
                positions.append(Array(0..<shape[axis])); resultShape.append(shape[axis])
            }
        }
        resultShape += shape[indices.count...]
        tail = shape[indices.count...].reduce(1, *)
        strides = Array(contiguousStrides(shape).prefix(indices.count))
    }

    /// Calls `body(base, resultOffset)` once per combination of positions on all selected axes but
    /// the last; the caller then loops over `positions.last` (source offset `base + p * lastStride`,
    /// `tail` elements each), so the per-element work stays in a tight loop without closures.
    @inline(__always) func forEachRun(_ body: (Int, Int) -> Void) {
        let k = positions.count
        if positions.contains(where: \.isEmpty) { return }
        let runLength = positions[k - 1].count * tail
        var idx = [Int](repeating: 0, count: k - 1)
        var base = 0
        for d in 0..<(k - 1) { base += positions[d][0] * strides[d] }
        var r = 0
        while true {
            body(base, r)
            r += runLength
            var d = k - 2
            while d >= 0 {
                base -= positions[d][idx[d]] * strides[d]
                idx[d] += 1
                if idx[d] < positions[d].count { base += positions[d][idx[d]] * strides[d]; break }
                idx[d] = 0; base += positions[d][0] * strides[d]
                d -= 1
            }
            if d < 0 { return }
        }
    }
}

/// The gather loop of `NDArray.gather`, specialised per element type.
@_specialize(where S == Double)
@_specialize(where S == Float)
func gatherRuns<S: TensorScalar>(_ sel: Selection, _ src: UnsafePointer<S>, _ dst: UnsafeMutablePointer<S>,
                                 _ last: UnsafeBufferPointer<Int>, _ stride: Int, _ tail: Int) {
    sel.forEachRun { base, r in
        let o = dst + r, s = src + base
        if tail == 1 {
            for (j, p) in last.enumerated() { o[j] = s[p * stride] }
        } else {
            for (j, p) in last.enumerated() { (o + j * tail).update(from: s + p * stride, count: tail) }
        }
    }
}

extension NDArray {
    /// The selected block as a new array.
    func gather(_ indices: [(any TensorIndex)?]) -> NDArray {
        if indices.isEmpty { return self }
        let sel = Selection(indices, shape: shape)
        let out = NDArray(uninitializedShape: sel.resultShape)
        let tail = sel.tail, last = sel.positions[sel.positions.count - 1], stride = sel.strides[sel.strides.count - 1]
        withExtendedLifetime(self) {
            last.withUnsafeBufferPointer { last in
                gatherRuns(sel, storage.pointer, out.storage.pointer, last, stride, tail)
            }
        }
        return out
    }

    /// Writes `value` (broadcast to the block's shape) into the selected block.
    mutating func scatter(_ indices: [(any TensorIndex)?], _ value: NDArray) {
        let sel = Selection(indices, shape: shape)
        guard broadcastShapes(value.shape, sel.resultShape) == sel.resultShape else {
            fatalError("setitem: could not broadcast input array from shape \(shapeString(value.shape)) into shape \(shapeString(sel.resultShape))")
        }
        let v = broadcastTo(value, sel.resultShape)
        makeUnique()
        if sel.positions.isEmpty { storage.pointer.update(from: v.storage.pointer, count: size); return }
        let tail = sel.tail, last = sel.positions[sel.positions.count - 1], stride = sel.strides[sel.strides.count - 1]
        let dst = storage.pointer, src = v.storage.pointer
        withExtendedLifetime(v) {
            last.withUnsafeBufferPointer { last in
                sel.forEachRun { base, r in
                    var r = r
                    if tail == 1 {
                        for p in last { dst[base + p * stride] = src[r]; r += 1 }
                    } else {
                        for p in last { (dst + base + p * stride).update(from: src + r, count: tail); r += tail }
                    }
                }
            }
        }
    }

    /// The flat offset of a full index tuple (negative indices count from the end).
    func flatOffset(_ indices: [Int]) -> Int {
        if indices.count != ndim {
            fatalError("index: a[\(indices.map(String.init).joined(separator: ", "))] needs \(ndim) indices for an array of shape \(shapeString(shape)) to give a number; use ranges or `...` for the other axes (e.g. a[\(indices.map(String.init).joined(separator: ", ")), ...]) to get an array")
        }
        var off = 0
        for (axis, i) in indices.enumerated() { off = off * shape[axis] + normalizedIndex(i, axis: axis, size: shape[axis]) }
        return off
    }

    /// Element `i` along the first axis, like numpy's `a[i]`: a row of a matrix, a 0-d array for
    /// a vector. Negative `i` counts from the end. Assigning writes that row (with broadcasting).
    public subscript(_ i: Int) -> NDArray {
        get {
            if ndim == 0 { fatalError("index: too many indices for array: array is 0-dimensional, but 1 were indexed") }
            return gather([i])
        }
        set { scatter([i], newValue) }
    }

    /// One element as a number, like numpy's `a[i, j]`; give one index per axis (negative
    /// indices count from the end). Assignable: `a[0, 1] = 5`.
    public subscript(_ i0: Int, _ i1: Int, _ rest: Int...) -> Scalar {
        get { storage.pointer[flatOffset([i0, i1] + rest)] }
        set { let off = flatOffset([i0, i1] + rest); makeUnique(); storage.pointer[off] = newValue }
    }

    /// The positions `i0` of the first axis, like numpy's `a[0:2]` or `a[[3, 1]]`. Assignable.
    public subscript<I0: TensorIndex>(_ i0: I0) -> NDArray {
        get { gather([i0]) }
        set { scatter([i0], newValue) }
    }

    /// A block picked on the first two axes, like numpy's `a[0:2, 3]` or `a[1, [0, 2]]`.
    /// An `Int` removes its axis, as in numpy. Assignable (the value broadcasts to the block).
    public subscript<I0: TensorIndex, I1: TensorIndex>(_ i0: I0, _ i1: I1) -> NDArray {
        get { gather([i0, i1]) }
        set { scatter([i0, i1], newValue) }
    }

    /// A block picked on the first three axes, like numpy's `a[0, 1:3, 2]`. Assignable.
    public subscript<I0: TensorIndex, I1: TensorIndex, I2: TensorIndex>(_ i0: I0, _ i1: I1, _ i2: I2) -> NDArray {
        get { gather([i0, i1, i2]) }
        set { scatter([i0, i1, i2], newValue) }
    }

    /// All of the first axis, positions `i1` of the second, like numpy's `a[:, 3]` (a 1-D column
    /// copy) or `a[:, permutation]`. Write `a[..., 3]`. Assignable.
    public subscript<I1: TensorIndex>(_: UnboundedRange, _ i1: I1) -> NDArray {
        get { gather([nil, i1]) }
        set { scatter([nil, i1], newValue) }
    }

    /// Positions `i0` of the first axis, all of the second, like numpy's `a[2, :]`. Write `a[2, ...]`.
    public subscript<I0: TensorIndex>(_ i0: I0, _: UnboundedRange) -> NDArray {
        get { gather([i0]) }
        set { scatter([i0], newValue) }
    }

    /// All of the first two axes, positions `i2` of the third, like numpy's `a[:, :, 0]`.
    public subscript<I2: TensorIndex>(_: UnboundedRange, _: UnboundedRange, _ i2: I2) -> NDArray {
        get { gather([nil, nil, i2]) }
        set { scatter([nil, nil, i2], newValue) }
    }

    /// The elements where `mask` is non-zero, in row-major order, as a 1-D array — numpy's
    /// boolean indexing `a[mask]`. `mask` must have the shape of `a` (e.g. `a .> 0`).
    /// Assigning sets those elements: `dZ[mask: Z .<= 0] = Tensor(0)` (numpy's `dZ[Z <= 0] = 0`).
    public subscript(mask mask: NDArray) -> NDArray {
        get {
            checkMask(mask)
            var out: [Scalar] = []
            withUnsafeBufferPointer { a in mask.withUnsafeBufferPointer { m in
                for i in 0..<a.count where m[i] != 0 { out.append(a[i]) }
            } }
            return NDArray(out)
        }
        set {
            checkMask(mask)
            let count = countNonzero(mask)
            if newValue.size != 1 && newValue.size != count {
                fatalError("setitem: cannot assign \(newValue.size) input values to the \(count) output values where the mask is true")
            }
            let v = newValue.scalars
            withUnsafeMutableBufferPointer { a in mask.withUnsafeBufferPointer { m in
                var k = 0
                for i in 0..<a.count where m[i] != 0 { a[i] = v.count == 1 ? v[0] : v[k]; k += 1 }
            } }
        }
    }

    private func checkMask(_ mask: NDArray) {
        if mask.shape != shape {
            fatalError("index: boolean index did not match indexed array: mask shape \(shapeString(mask.shape)) vs array shape \(shapeString(shape))")
        }
    }

    /// The elements at `indices` along `axis`, like `np.take(a, indices, axis)`:
    /// `X.take(permutation, axis: 1)` is numpy's `X[:, permutation]`.
    public func take(_ indices: [Int], axis: Int = 0) -> NDArray {
        let ax = normalizedAxis(axis, ndim, "take")
        return gather(Array(repeating: nil, count: ax) + [indices])
    }
}

/// The elements at `indices` along `axis`, like `np.take(a, indices, axis=axis)`.
public func take<S: TensorScalar>(_ a: NDArray<S>, _ indices: [Int], axis: Int = 0) -> NDArray<S> {
    a.take(indices, axis: axis)
}
