// The loops of FastMath.swift for generic code (`NDArray<S>`, the trainer): a specialised function
// keeps only the branch of its element type, so the check costs nothing. Element types other than
// Double and Float have no vector loop and go number by number through `TensorScalar`'s functions.

/// A vectorised loop over `n` elements from `x` into `out` (`out` may be `x`).
typealias VectorLoop<S> = (UnsafePointer<S>, UnsafeMutablePointer<S>, Int) -> Void

/// The vectorised loop of `op` for element type `S` (exp, log, tanh, sigmoid on Double or Float),
/// or nil when there is none.
@inline(__always)
func vectorLoop<S: TensorScalar>(_ op: UnaryOp, _: S.Type = S.self) -> VectorLoop<S>? {
    if S.self == Double.self {
        let loop: VectorLoop<Double>? = switch op {
        case .exp: vectorExp
        case .log: vectorLog
        case .tanh: vectorTanh
        case .sigmoid: vectorSigmoid
        default: nil
        }
        return loop.map { f in { x, out, n in f(rebound(x), rebound(out), n) } }
    }
    if S.self == Float.self {
        let loop: VectorLoop<Float>? = switch op {
        case .exp: vectorExp
        case .log: vectorLog
        case .tanh: vectorTanh
        case .sigmoid: vectorSigmoid
        default: nil
        }
        return loop.map { f in { x, out, n in f(rebound(x), rebound(out), n) } }
    }
    return nil
}

/// `x` as a pointer to `T`, for a `T` checked to be its element type.
@inline(__always)
private func rebound<S, T>(_ x: UnsafePointer<S>) -> UnsafePointer<T> {
    UnsafeRawPointer(x).assumingMemoryBound(to: T.self)
}

/// `x` as a mutable pointer to `T`, for a `T` checked to be its element type.
@inline(__always)
private func rebound<S, T>(_ x: UnsafeMutablePointer<S>) -> UnsafeMutablePointer<T> {
    UnsafeMutableRawPointer(x).assumingMemoryBound(to: T.self)
}

/// `out = exp(x)` over `n` numbers of any element type; `out` may be `x`.
@inline(__always)
func vectorExp<S: TensorScalar>(_ x: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, _ n: Int) {
    if let loop = vectorLoop(.exp, S.self) { loop(x, out, n) } else { for i in 0..<n { out[i] = S._exp(x[i]) } }
}

/// `out = log(x)` over `n` numbers of any element type; `out` may be `x`.
@inline(__always)
func vectorLog<S: TensorScalar>(_ x: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, _ n: Int) {
    if let loop = vectorLoop(.log, S.self) { loop(x, out, n) } else { for i in 0..<n { out[i] = S._log(x[i]) } }
}

/// `out = tanh(x)` over `n` numbers of any element type; `out` may be `x`.
@inline(__always)
func vectorTanh<S: TensorScalar>(_ x: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, _ n: Int) {
    if let loop = vectorLoop(.tanh, S.self) { loop(x, out, n) } else { for i in 0..<n { out[i] = S._tanh(x[i]) } }
}

/// `out = 1 / (1 + exp(-x))` over `n` numbers of any element type; `out` may be `x`.
@inline(__always)
func vectorSigmoid<S: TensorScalar>(_ x: UnsafePointer<S>, _ out: UnsafeMutablePointer<S>, _ n: Int) {
    if let loop = vectorLoop(.sigmoid, S.self) {
        loop(x, out, n)
    } else {
        for i in 0..<n { out[i] = 1 / (1 + S._exp(-x[i])) }
    }
}
