// Products with a thin A (a few rows against a long B): the first layer of the course's networks,
// `W1 · X` and `dZ1 · Xᵀ` with X of 12288 × 209. OpenBLAS repacks all of B on every call, which for
// a handful of rows costs as much as the arithmetic; CMatrixKernels reads B in place. Measured on the
// development machines (one thread, float32): on Zen 4 (AVX-512) W1 · X with 7 rows 2.4 times
// OpenBLAS's speed, dZ1 · Xᵀ 2.1 times, 20 rows 1.15 times; on Zen 3 (AVX2) about 2 and 2.6 times,
// 20 rows 1.1 and 1.3 times. float64 no faster (BLAS is then bound by memory too), so float64 stays
// with BLAS and its results do not move.

import CMatrixKernels

/// When the thin loops take a product instead of BLAS.
enum ThinProductPolicy {
    /// Below this many multiply-adds BLAS's fixed costs are small; the loops gain nothing measurable.
    static let minimumWork = 1 << 16
    /// Fewer columns (`A · B`) or a shorter inner dimension (`A · Bᵀ`) than this leaves the vectors half empty.
    static let minimumVectorDimension = 32

    /// Whether the loops should take row-major `A · op(B)` of these sizes, `ldb` apart B's rows.
    ///
    /// `A · B` walks down a strip of B's rows; rows a multiple of 4 KiB apart (X stored transposed,
    /// 209 × 12288 floats) all land in the same few sets of the L1 cache and evict one another, and
    /// the loops are then slower than BLAS: `dot(dZ, X.T)` must stay `A · Bᵀ` on X itself.
    @inline(__always)
    static func applies<S: TensorScalar>(_: S.Type, transB: Bool, m: Int, n: Int, k: Int, ldb: Int) -> Bool {
        S.self == Float.self && m >= 1 && m <= Int(NN_THIN_MAX_ROWS) && m * n * k >= minimumWork
            && (transB ? k : n) >= minimumVectorDimension
            && (transB || (ldb * MemoryLayout<S>.stride) % 4096 != 0)
            && nn_thin_product_tile_columns_float() > 0
    }
}

/// Row-major `C = A · op(B)` (A is `m × k`, not transposed; `op(B)` is `k × n`) in CMatrixKernels'
/// thin loops when the shape suits them and the element type is float32; returns `false` when BLAS
/// should do it instead. Columns of C are split between `ElementwiseThreads.count` threads: every
/// element's sums are fixed by `k` alone, so results do not depend on the split.
@inline(__always)
func thinProduct<S: TensorScalar>(transB: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<S>, lda: Int,
                                  b: UnsafePointer<S>, ldb: Int, c: UnsafeMutablePointer<S>, ldc: Int) -> Bool {
    guard ThinProductPolicy.applies(S.self, transB: transB, m: m, n: n, k: k, ldb: ldb) else { return false }
    let a = UnsafeRawPointer(a).assumingMemoryBound(to: Float.self)
    let b = UnsafeRawPointer(b).assumingMemoryBound(to: Float.self)
    let c = UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self)
    // The guard met the loops' conditions (a build for this processor, m rows at most), so they
    // take every part. Parts are whole tiles of columns (A · B) or pairs of B's rows (A · Bᵀ):
    // a part ending mid-tile would send columns through the zero-padded tail strip, or the one-row path.
    let unit = transB ? 2 : nn_thin_product_tile_columns_float()
    let units = (n + unit - 1) / unit
    forEachPart(units, weight: unit * m * k) { range in
        let columns = range.lowerBound * unit ..< Swift.min(range.upperBound * unit, n)
        // A · B: columns of B and C; A · Bᵀ: rows of B, columns of C.
        let part = transB ? b + columns.lowerBound * ldb : b + columns.lowerBound
        _ = nn_thin_product_float(transB ? 1 : 0, m, columns.count, k, a, lda, part, ldb, c + columns.lowerBound, ldc)
    }
    return true
}
