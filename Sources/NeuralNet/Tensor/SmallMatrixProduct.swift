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
                let bj = b + j * ldb
                var s0: S = 0, s1: S = 0, s2: S = 0, s3: S = 0
                var p = 0
                while p + 4 <= k {
                    s0 += ai[p] * bj[p]; s1 += ai[p + 1] * bj[p + 1]
                    s2 += ai[p + 2] * bj[p + 2]; s3 += ai[p + 3] * bj[p + 3]
                    p += 4
                }
                while p < k { s0 += ai[p] * bj[p]; p += 1 }
                c[i * ldc + j] = (s0 + s1) + (s2 + s3)
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
