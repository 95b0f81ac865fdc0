// Matrix products too small for BLAS to pay off: for the planar network's (4, 2) · (2, 400), OpenBLAS
// spends longer scaling and packing than multiplying. Below `smallProductLimit` multiply-adds the
// product runs in plain loops over contiguous rows; above, it goes to OpenBLAS gemm.

/// Products with at most this many multiply-adds (n · m · k) skip BLAS.
private let smallProductLimit = 8192

/// Row-major `C = alpha · op(A) · op(B) + beta · C`, `op(A)` being `m × k` and `op(B)` `k × n` (BLAS
/// naming), in loops for small products with alpha 1 and beta 0, else through `S._gemm`.
@inline(__always)
func gemm<S: TensorScalar>(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: S,
                           a: UnsafePointer<S>, lda: Int, b: UnsafePointer<S>, ldb: Int,
                           beta: S, c: UnsafeMutablePointer<S>, ldc: Int) {
    if alpha == 1 && beta == 0 && m * n * k <= smallProductLimit {
        smallGemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc)
    } else {
        S._gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha, a: a, lda: lda, b: b, ldb: ldb,
                beta: beta, c: c, ldc: ldc)
    }
}

/// `y = op(A) · x` for a row-major `rows × cols` matrix `A` with `lda == cols` (`op` transposes when
/// `transposed`), unit strides: BLAS gemv, or the loops of `smallGemm` (as a `1 × k` row times a
/// matrix) for products too small for BLAS's call overhead.
@inline(__always)
func gemv<S: TensorScalar>(transposed: Bool, rows: Int, cols: Int, a: UnsafePointer<S>,
                           x: UnsafePointer<S>, y: UnsafeMutablePointer<S>) {
    if rows * cols <= smallProductLimit {
        if transposed {   // yᵀ = xᵀ · A
            smallGemm(false, false, 1, cols, rows, x, rows, a, cols, y, cols)
        } else {          // yᵀ = xᵀ · Aᵀ
            smallGemm(false, true, 1, rows, cols, x, cols, a, cols, y, rows)
        }
    } else {
        S._gemv(trans: transposed, m: rows, n: cols, alpha: 1, a: a, lda: cols, x: x, incx: 1, beta: 0, y: y, incy: 1)
    }
}

/// `C = op(A) · op(B)` in loops whose innermost runs along contiguous memory.
@_specialize(where S == Double)
@_specialize(where S == Float)
func smallGemm<S: TensorScalar>(_ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int,
                                _ a: UnsafePointer<S>, _ lda: Int, _ b: UnsafePointer<S>, _ ldb: Int,
                                _ c: UnsafeMutablePointer<S>, _ ldc: Int) {
    if !transB {
        // Row i of C accumulates A[i, p] · (row p of B): contiguous along j.
        for i in 0..<m {
            let ci = c + i * ldc
            ci.update(repeating: 0, count: n)
            for p in 0..<k {
                let aip = transA ? a[p * lda + i] : a[i * lda + p]
                let bp = b + p * ldb
                for j in 0..<n { ci[j] += aip * bp[j] }
            }
        }
    } else if !transA {
        // C[i, j] = (row i of A) · (row j of B): two contiguous rows, four partial sums.
        for i in 0..<m {
            let ai = a + i * lda
            for j in 0..<n {
                let bj = UnsafeRawPointer(b + j * ldb), aRow = UnsafeRawPointer(ai)
                // Partial sum q (a vector lane) takes the products at q, q + 4, q + 8, ...
                var s = SIMD4<S>()
                var p = 0
                while p + 4 <= k {
                    let offset = p * MemoryLayout<S>.stride
                    s += aRow.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self)
                        * bj.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self)
                    p += 4
                }
                var s0 = s[0]
                while p < k { s0 += ai[p] * (b + j * ldb)[p]; p += 1 }
                c[i * ldc + j] = (s0 + s[1]) + (s[2] + s[3])
            }
        }
    } else {
        for i in 0..<m {
            for j in 0..<n {
                var s: S = 0
                for p in 0..<k { s += a[p * lda + i] * b[j * ldb + p] }
                c[i * ldc + j] = s
            }
        }
    }
}
