// Reduction loops. Summation follows numpy's order exactly (pairwise along the contiguous axis,
// row by row along the others), so sums and means match numpy to the last bit.

enum ReduceOp { case sum, max, min }

/// numpy's `pairwise_sum`: blocks of up to 128 with 8 accumulators, halves above that.
@_specialize(where S == Double)
@_specialize(where S == Float)
func pairwiseSum<S: TensorScalar>(_ a: UnsafePointer<S>, _ n: Int) -> S {
    if n < 8 {
        var res: S = 0
        for i in 0..<n { res += a[i] }
        return res
    } else if n <= 128 {
        // Accumulator j sums the elements at j, j + 8, j + 16, ...: one vector lane each.
        let raw = UnsafeRawPointer(a)
        var r = raw.loadUnaligned(as: SIMD8<S>.self)
        var i = 8
        let end = n - n % 8
        while i < end {
            r += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<S>.stride, as: SIMD8<S>.self)
            i += 8
        }
        var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n { res += a[i]; i += 1 }
        return res
    } else {
        var n2 = n / 2
        n2 -= n2 % 8
        return pairwiseSum(a, n2) + pairwiseSum(a + n2, n - n2)
    }
}

@inline(__always)
private func reduceContiguous<S: TensorScalar>(_ op: ReduceOp, _ a: UnsafePointer<S>, _ n: Int) -> S {
    switch op {
    case .sum: return 0 + pairwiseSum(a, n)
    case .max:
        var m = a[0]
        for i in 1..<n { m = MaxK.apply(m, a[i]) }
        return m
    case .min:
        var m = a[0]
        for i in 1..<n { m = MinK.apply(m, a[i]) }
        return m
    }
}

private func opName(_ op: ReduceOp) -> String {
    switch op { case .sum: "sum"; case .max: "maximum"; case .min: "minimum" }
}

/// The reduction of all elements to one number.
@_specialize(where S == Double)
@_specialize(where S == Float)
func reduceAll<S: TensorScalar>(_ op: ReduceOp, _ a: NDArray<S>, _ name: String) -> S {
    if a.size == 0 {
        if op == .sum { return 0 }
        fatalError("\(name): zero-size array to reduction operation \(opName(op)) which has no identity")
    }
    return withExtendedLifetime(a) { reduceContiguous(op, a.storage.pointer, a.size) }
}

/// The reduction along one axis; `keepdims` leaves that axis in place with length 1.
@_specialize(where S == Double)
@_specialize(where S == Float)
func reduceAxis<S: TensorScalar>(_ op: ReduceOp, _ a: NDArray<S>, axis: Int, keepdims: Bool, _ name: String) -> NDArray<S> {
    let ax = normalizedAxis(axis, a.ndim, name)
    let len = a.shape[ax]
    let outer = a.shape[..<ax].reduce(1, *), inner = a.shape[(ax + 1)...].reduce(1, *)
    var outShape = a.shape
    if keepdims { outShape[ax] = 1 } else { outShape.remove(at: ax) }
    let out = NDArray<S>(uninitializedShape: outShape)
    if out.size == 0 { return out }
    if len == 0 {
        if op != .sum { fatalError("\(name): zero-size array to reduction operation \(opName(op)) which has no identity") }
        out.storage.pointer.initialize(repeating: 0, count: out.size)
        return out
    }
    let src = a.storage.pointer, dst = out.storage.pointer
    withExtendedLifetime(a) {
        if inner == 1 {
            for o in 0..<outer { dst[o] = reduceContiguous(op, src + o * len, len) }
            return
        }
        for o in 0..<outer {
            let d = dst + o * inner, s = src + o * len * inner
            switch op {
            case .sum:
                for i in 0..<inner { d[i] = 0 + s[i] }
                for k in 1..<Swift.max(len, 1) { let r = s + k * inner; for i in 0..<inner { d[i] += r[i] } }
            case .max:
                for i in 0..<inner { d[i] = s[i] }
                for k in 1..<Swift.max(len, 1) { let r = s + k * inner; for i in 0..<inner { d[i] = MaxK.apply(d[i], r[i]) } }
            case .min:
                for i in 0..<inner { d[i] = s[i] }
                for k in 1..<Swift.max(len, 1) { let r = s + k * inner; for i in 0..<inner { d[i] = MinK.apply(d[i], r[i]) } }
            }
        }
    }
    return out
}

/// Index of the first largest (or smallest) element of a strided run; NaN counts as the extreme.
@inline(__always)
private func argExtreme<S: TensorScalar>(_ a: UnsafePointer<S>, _ n: Int, _ stride: Int, max: Bool) -> Int {
    var best = a[0], bi = 0
    if best.isNaN { return 0 }
    for k in 1..<Swift.max(n, 1) {
        let v = a[k * stride]
        if v.isNaN { return k }
        if max ? (v > best) : (v < best) { best = v; bi = k }
    }
    return bi
}

/// The flat index of the largest (smallest) element.
@_specialize(where S == Double)
@_specialize(where S == Float)
func argReduceAll<S: TensorScalar>(_ a: NDArray<S>, max: Bool) -> Int {
    if a.size == 0 { fatalError("\(max ? "argmax" : "argmin"): attempt to get \(max ? "argmax" : "argmin") of an empty sequence") }
    return withExtendedLifetime(a) { argExtreme(a.storage.pointer, a.size, 1, max: max) }
}

/// The index of the largest (smallest) element along `axis`, as numbers in an array.
@_specialize(where S == Double)
@_specialize(where S == Float)
func argReduceAxis<S: TensorScalar>(_ a: NDArray<S>, axis: Int, keepdims: Bool, max: Bool) -> NDArray<S> {
    let name = max ? "argmax" : "argmin"
    let ax = normalizedAxis(axis, a.ndim, name)
    let len = a.shape[ax]
    if len == 0 { fatalError("\(name): attempt to get \(name) of an empty sequence") }
    let outer = a.shape[..<ax].reduce(1, *), inner = a.shape[(ax + 1)...].reduce(1, *)
    var outShape = a.shape
    if keepdims { outShape[ax] = 1 } else { outShape.remove(at: ax) }
    let out = NDArray<S>(uninitializedShape: outShape)
    let src = a.storage.pointer, dst = out.storage.pointer
    withExtendedLifetime(a) {
        for o in 0..<outer {
            for i in 0..<inner {
                dst[o * inner + i] = S(argExtreme(src + o * len * inner + i, len, inner, max: max))
            }
        }
    }
    return out
}
