// Matrix products too small for BLAS to pay off: for the planar network's (4, 2) · (2, 400), OpenBLAS
// spends longer scaling and packing than multiplying. Up to `smallProductLimit` multiply-adds the
// product runs in plain loops over contiguous rows; above, it goes to OpenBLAS gemm.
//
// The loops also make small products give the same bits on every processor. OpenBLAS picks its
// kernels by processor, and they sum in different orders: the planar notebook's 20-unit ReLU network
// (W1 · X of 20 × 2 by 2 × 400, 16 000 multiply-adds), trained at a learning rate where it is chaotic,
// ended at cost 0.3846 with the AVX-512 kernels (Zen 4) and 0.3862 with the AVX2 ones (Zen 3).

/// Products with at most this many multiply-adds (n · m · k) skip BLAS.
private let smallProductLimit = 1 << 16

/// Row-major `C = alpha · op(A) · op(B) + beta · C`, `op(A)` being `m × k` and `op(B)` `k × n` (BLAS
/// naming), in loops for small products with alpha 1 and beta 0, in the thin loops of
/// ThinProducts.swift for a float32 A of a few rows, else through `S._gemm`.
@inline(__always)
func gemm<S: TensorScalar>(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: S,
                           a: UnsafePointer<S>, lda: Int, b: UnsafePointer<S>, ldb: Int,
                           beta: S, c: UnsafeMutablePointer<S>, ldc: Int) {
    if alpha == 1 && beta == 0 && m * n * k <= smallProductLimit {
        smallGemm(transA, transB, m, n, k, a, lda, b, ldb, c, ldc)
    } else if alpha == 1 && beta == 0 && !transA
                && thinProduct(transB: transB, m: m, n: n, k: k, a: a, lda: lda, b: b, ldb: ldb, c: c, ldc: ldc) {
        return
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
    if k == 0 {
        for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) }
    } else if !transB {
        // Row i of C accumulates A[i, p] · (row p of B): contiguous along j.
        // The first term is stored rather than added to a zeroed row: the same sums, one pass fewer
        // (`+ 0` keeps the zeroed row's +0 where the product is −0).
        for i in 0..<m {
            let ci = c + i * ldc
            let ai0 = transA ? a[i] : a[i * lda]
            for j in 0..<n { ci[j] = ai0 * b[j] + 0 }
            for p in 1..<k {
                let aip = transA ? a[p * lda + i] : a[i * lda + p]
                let bp = b + p * ldb
                for j in 0..<n { ci[j] += aip * bp[j] }
            }
        }
    } else if !transA {
        // C[i, j] = (row i of A) · (row j of B), two contiguous rows; up to four outputs run side by
        // side so that their additions overlap instead of waiting on one another.
        for i in 0..<m {
            let ai = a + i * lda, ci = c + i * ldc
            var j = 0
            while n - j >= 4 { rowDots(4, ai, b + j * ldb, ldb, k, ci + j); j += 4 }
            if n - j >= 2 { rowDots(2, ai, b + j * ldb, ldb, k, ci + j); j += 2 }
            if n - j == 1 { rowDots(1, ai, b + j * ldb, ldb, k, ci + j) }
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

/// `c[w] = a · (row w of b)` for `w < width` (1 to 4, a constant once inlined), rows of `k` scalars
/// `ldb` apart. Partial sum q (a vector lane) takes the products at q, q + 4, q + 8, ...; the leftover
/// products (k not a multiple of 4) go to lane 0, then the lanes are added: numpy's 4-way order.
@inline(__always)
private func rowDots<S: TensorScalar>(_ width: Int, _ a: UnsafePointer<S>, _ b: UnsafePointer<S>, _ ldb: Int,
                                      _ k: Int, _ c: UnsafeMutablePointer<S>) {
    let aRow = UnsafeRawPointer(a), stride = MemoryLayout<S>.stride
    let b0 = UnsafeRawPointer(b), b1 = UnsafeRawPointer(b + (width > 1 ? ldb : 0))
    let b2 = UnsafeRawPointer(b + (width > 2 ? 2 * ldb : 0)), b3 = UnsafeRawPointer(b + (width > 3 ? 3 * ldb : 0))
    var s0 = SIMD4<S>(), s1 = SIMD4<S>(), s2 = SIMD4<S>(), s3 = SIMD4<S>()
    var p = 0, offset = 0
    while p &+ 4 <= k {   // wrapping arithmetic: no overflow checks in the loop
        let x = aRow.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self)
        s0 += x * b0.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self)
        if width > 1 { s1 += x * b1.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self) }
        if width > 2 { s2 += x * b2.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self) }
        if width > 3 { s3 += x * b3.loadUnaligned(fromByteOffset: offset, as: SIMD4<S>.self) }
        p &+= 4
        offset &+= 4 &* stride
    }
    @inline(__always) func finish(_ s: SIMD4<S>, _ w: Int) {
        let bw = b + w * ldb
        var first = s[0]
        for q in p..<k { first += a[q] * bw[q] }
        c[w] = (first + s[1]) + (s[2] + s[3])
    }
    finish(s0, 0)
    if width > 1 { finish(s1, 1) }
    if width > 2 { finish(s2, 2) }
    if width > 3 { finish(s3, 3) }
}
