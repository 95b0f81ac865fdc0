// Elementwise comparisons giving masks of 1.0 / 0.0 (numpy's boolean arrays), and mask helpers.
//
// Swift's pointwise operator spellings (as for SIMD vectors) are used: `.>`, `.<`, `.>=`, `.<=`,
// `.==`, `.!=`. `A .> 0.5` is numpy's `A > 0.5`: an array of the same shape holding 1.0 where the
// comparison holds and 0.0 elsewhere, so it can be used directly in arithmetic (`dZ * (Z .> 0)`),
// summed to count (`sum(p .== y)`), or passed to `where(_:_:_:)` and `a[mask:]`.
// The operators themselves are in API+Double.swift / API+Float.swift.

/// `np.where(mask, a, b)` for any element type (the public `where`/`select` are in API+Double/Float).
func selectImpl<S: TensorScalar>(_ mask: NDArray<S>, _ a: NDArray<S>, _ b: NDArray<S>) -> NDArray<S> {
    let m = binaryOperation(.ne, mask, NDArray(0), "where")
    // m*a + (1-m)*b would turn inf*0 into NaN; pick explicitly instead.
    let shape = broadcastOrDie("where", broadcastOrDie("where", m.shape, a.shape), b.shape)
    let mb = broadcastTo(m, shape), ab = broadcastTo(a, shape)
    var out = broadcastTo(b, shape)
    out.withUnsafeMutableBufferPointer { o in
        mb.withUnsafeBufferPointer { mp in
            ab.withUnsafeBufferPointer { ap in
                for i in 0..<o.count where mp[i] != 0 { o[i] = ap[i] }
            }
        }
    }
    return out
}
/// Whether any element is non-zero (true), like `np.any(a)`.
public func any<S: TensorScalar>(_ a: NDArray<S>) -> Bool { a.withUnsafeBufferPointer { $0.contains { $0 != 0 } } }
/// Whether every element is non-zero (true), like `np.all(a)`.
public func all<S: TensorScalar>(_ a: NDArray<S>) -> Bool { a.withUnsafeBufferPointer { !$0.contains { $0 == 0 } } }
/// The number of non-zero elements, like `np.count_nonzero(a)`.
public func countNonzero<S: TensorScalar>(_ a: NDArray<S>) -> Int {
    a.withUnsafeBufferPointer { b in var c = 0; for x in b where x != 0 { c += 1 }; return c }
}

/// Whether two arrays are equal within a tolerance everywhere, like `np.allclose(a, b)`:
/// `|a - b| <= atol + rtol * |b|` elementwise, with broadcasting; NaNs are never close.
public func allClose<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>, rtol: S = 1e-5, atol: S = 1e-8) -> Bool {
    guard broadcastShapes(a.shape, b.shape) != nil else { return false }
    return all(isClose(a, b, rtol: rtol, atol: atol))
}
/// Whether every element is within tolerance of a number, like `np.allclose(a, 0.5)`.
public func allClose<S: TensorScalar>(_ a: NDArray<S>, _ b: S, rtol: S = 1e-5, atol: S = 1e-8) -> Bool {
    allClose(a, NDArray(b), rtol: rtol, atol: atol)
}
/// Elementwise closeness, like `np.isclose(a, b)`: 1.0 where `|a - b| <= atol + rtol * |b|`.
public func isClose<S: TensorScalar>(_ a: NDArray<S>, _ b: NDArray<S>, rtol: S = 1e-5, atol: S = 1e-8) -> NDArray<S> {
    let diff = unaryOperation(.abs, binaryOperation(.sub, a, b, "isClose"))
    let tol = binaryOperation(.add, NDArray(atol), binaryOperation(.mul, NDArray(rtol), unaryOperation(.abs, b), "isClose"), "isClose")
    return binaryOperation(.le, diff, tol, "isClose")
}
