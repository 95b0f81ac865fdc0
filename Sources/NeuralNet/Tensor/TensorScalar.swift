#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import CBLAS

/// The element types an ``NDArray`` can hold: `Double` (numpy's `float64`, the default) and
/// `Float` (numpy's `float32`).
///
/// The requirements connect the array code to the C math library and to OpenBLAS; you never call
/// them yourself — use ``exp(_:)``, ``dot(_:_:)`` and friends on whole arrays instead.
public protocol TensorScalar: BinaryFloatingPoint, LosslessStringConvertible, Sendable, SIMDScalar, Codable
where RawSignificand: FixedWidthInteger {
    /// numpy's name for the type: `"float64"` or `"float32"`.
    static var dtypeName: String { get }
    /// e^x (C `exp`).
    static func _exp(_ x: Self) -> Self
    /// Natural logarithm (C `log`).
    static func _log(_ x: Self) -> Self
    /// log(1 + x), accurate for small x (C `log1p`).
    static func _log1p(_ x: Self) -> Self
    /// Hyperbolic tangent (C `tanh`).
    static func _tanh(_ x: Self) -> Self
    /// x raised to the power y (C `pow`).
    static func _pow(_ x: Self, _ y: Self) -> Self
    /// Row-major matrix product `C = alpha * op(A) * op(B) + beta * C` (BLAS `?gemm`).
    static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Self,
                      a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int,
                      beta: Self, c: UnsafeMutablePointer<Self>, ldc: Int)
    /// Row-major matrix-vector product `y = alpha * op(A) * x + beta * y` (BLAS `?gemv`);
    /// `A` is `m × n` before `op`.
    static func _gemv(trans: Bool, m: Int, n: Int, alpha: Self, a: UnsafePointer<Self>, lda: Int,
                      x: UnsafePointer<Self>, incx: Int, beta: Self, y: UnsafeMutablePointer<Self>, incy: Int)
    /// Inner product of two strided vectors (BLAS `?dot`).
    static func _dot(n: Int, x: UnsafePointer<Self>, incx: Int, y: UnsafePointer<Self>, incy: Int) -> Self
}

@inline(__always) private func blasTrans(_ t: Bool) -> CBLAS_TRANSPOSE { t ? CblasTrans : CblasNoTrans }

@inline(__always) private func blasInt(_ n: Int, _ what: StaticString = "dimension") -> blasint {
    guard let v = blasint(exactly: n) else { fatalError("BLAS: \(what) \(n) is too large for 32-bit BLAS") }
    return v
}

extension Double: TensorScalar {
    /// numpy's name for `Double`: `"float64"`.
    public static var dtypeName: String { "float64" }
    /// e^x.
    @inlinable public static func _exp(_ x: Double) -> Double { exp(x) }
    /// Natural logarithm.
    @inlinable public static func _log(_ x: Double) -> Double { log(x) }
    /// log(1 + x).
    @inlinable public static func _log1p(_ x: Double) -> Double { log1p(x) }
    /// Hyperbolic tangent.
    @inlinable public static func _tanh(_ x: Double) -> Double { tanh(x) }
    /// x to the power y.
    @inlinable public static func _pow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
    /// `cblas_dgemm`, row-major.
    public static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Double,
                             a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
                             beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int) {
        cblas_dgemm(CblasRowMajor, blasTrans(transA), blasTrans(transB), blasInt(m), blasInt(n), blasInt(k),
                    alpha, a, blasInt(lda), b, blasInt(ldb), beta, c, blasInt(ldc))
    }
    /// `cblas_dgemv`, row-major.
    public static func _gemv(trans: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
                             x: UnsafePointer<Double>, incx: Int, beta: Double,
                             y: UnsafeMutablePointer<Double>, incy: Int) {
        cblas_dgemv(CblasRowMajor, blasTrans(trans), blasInt(m), blasInt(n), alpha, a, blasInt(lda),
                    x, blasInt(incx), beta, y, blasInt(incy))
    }
    /// `cblas_ddot`.
    public static func _dot(n: Int, x: UnsafePointer<Double>, incx: Int, y: UnsafePointer<Double>, incy: Int) -> Double {
        cblas_ddot(blasInt(n), x, blasInt(incx), y, blasInt(incy))
    }
}

extension Float: TensorScalar {
    /// numpy's name for `Float`: `"float32"`.
    public static var dtypeName: String { "float32" }
    /// e^x.
    @inlinable public static func _exp(_ x: Float) -> Float { expf(x) }
    /// Natural logarithm.
    @inlinable public static func _log(_ x: Float) -> Float { logf(x) }
    /// log(1 + x).
    @inlinable public static func _log1p(_ x: Float) -> Float { log1pf(x) }
    /// Hyperbolic tangent.
    @inlinable public static func _tanh(_ x: Float) -> Float { tanhf(x) }
    /// x to the power y.
    @inlinable public static func _pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    /// `cblas_sgemm`, row-major.
    public static func _gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float,
                             a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                             beta: Float, c: UnsafeMutablePointer<Float>, ldc: Int) {
        cblas_sgemm(CblasRowMajor, blasTrans(transA), blasTrans(transB), blasInt(m), blasInt(n), blasInt(k),
                    alpha, a, blasInt(lda), b, blasInt(ldb), beta, c, blasInt(ldc))
    }
    /// `cblas_sgemv`, row-major.
    public static func _gemv(trans: Bool, m: Int, n: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
                             x: UnsafePointer<Float>, incx: Int, beta: Float,
                             y: UnsafeMutablePointer<Float>, incy: Int) {
        cblas_sgemv(CblasRowMajor, blasTrans(trans), blasInt(m), blasInt(n), alpha, a, blasInt(lda),
                    x, blasInt(incx), beta, y, blasInt(incy))
    }
    /// `cblas_sdot`.
    public static func _dot(n: Int, x: UnsafePointer<Float>, incx: Int, y: UnsafePointer<Float>, incy: Int) -> Float {
        cblas_sdot(blasInt(n), x, blasInt(incx), y, blasInt(incy))
    }
}
