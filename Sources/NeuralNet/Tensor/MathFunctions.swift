// Helpers behind the elementwise math functions; the public `exp`, `log`, `power`, `maximum`, …
// are concrete overloads in API+Double.swift / API+Float.swift.

/// `x ** exponent` with numpy's exact fast paths for 2, 0.5, 1, -1 and 0
/// (square, sqrt, copy, reciprocal, ones).
func powerImpl<S: TensorScalar>(_ x: consuming NDArray<S>, _ exponent: S) -> NDArray<S> {
    switch exponent {
    case 2: return unaryOperation(.square, x)
    case 0.5: return unaryOperation(.sqrt, x)
    case 1: return unaryOperation(.identity, x)
    case -1: return unaryOperation(.reciprocal, x)
    case 0: return unaryOperation(.ones, x)
    default: return binaryOperation(.pow, x, NDArray(exponent), "power")
    }
}

/// Every element limited to `[lower, upper]` (either may be nil), numpy's `np.clip`.
func clipImpl<S: TensorScalar>(_ x: consuming NDArray<S>, _ lower: S?, _ upper: S?) -> NDArray<S> {
    var r = x
    if let lower { r = binaryOperation(.maximum, r, NDArray(lower), "clip") }
    if let upper { r = binaryOperation(.minimum, r, NDArray(upper), "clip") }
    return r
}

extension NDArray {
    /// Every element limited to the interval `[min, max]`, like numpy's `x.clip(min, max)`;
    /// `nil` leaves that side open.
    public func clip(min lower: Scalar?, max upper: Scalar?) -> NDArray { clipImpl(self, lower, upper) }
}
