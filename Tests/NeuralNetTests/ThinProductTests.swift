import CMatrixKernels
import XCTest
@testable import NeuralNet

/// CMatrixKernels' thin products against float64 BLAS on the same numbers, and their independence
/// from how the columns are split between threads.
final class ThinProductTests: XCTestCase {
    /// A row-major `rows × cols` matrix of uniform numbers in [-1, 1), as Float and as Double.
    private func matrix(_ rows: Int, _ cols: Int, seed: UInt64) -> (float: [Float], double: [Double]) {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        let values = (0..<rows * cols).map { _ -> Float in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(Int64(bitPattern: state >> 11) % 2048) / 1024 - 1
        }
        return (values, values.map(Double.init))
    }

    /// `C = A · op(B)` by the thin loops (float32) and by dgemm (float64 of the same numbers).
    private func products(transB: Bool, m: Int, n: Int, k: Int) -> (thin: [Float], reference: [Double])? {
        let a = matrix(m, k, seed: 1), b = transB ? matrix(n, k, seed: 2) : matrix(k, n, seed: 2)
        let ldb = transB ? k : n
        var thin = [Float](repeating: .nan, count: m * n), reference = [Double](repeating: 0, count: m * n)
        let done = thin.withUnsafeMutableBufferPointer { c in
            thinProduct(transB: transB, m: m, n: n, k: k, a: a.float, lda: k, b: b.float, ldb: ldb,
                        c: c.baseAddress!, ldc: n)
        }
        guard done else { return nil }
        Double._gemm(transA: false, transB: transB, m: m, n: n, k: k, alpha: 1, a: a.double, lda: k,
                     b: b.double, ldb: ldb, beta: 0, c: &reference, ldc: n)
        return (thin, reference)
    }

    func testThinProductsAgreeWithFloat64BLAS() throws {
        try XCTSkipIf(nn_thin_product_tile_columns_float() == 0, "no AVX2 on this processor: BLAS does every product")
        var shapes = 0
        for transB in [false, true] {
            for m in [1, 2, 3, 7, 8, 9, 16, 20, 32] {
                for (n, k) in [(209, 700), (33, 2100), (300, 209), (64, 1024), (1000, 77)] {
                    guard let (thin, reference) = products(transB: transB, m: m, n: n, k: k) else { continue }
                    shapes += 1
                    // Terms are at most 1 in size: k of them carry at most k float32 roundings.
                    let bound = Double(k) * Double(Float.ulpOfOne)
                    for i in 0..<m * n {
                        XCTAssertLessThanOrEqual(abs(Double(thin[i]) - reference[i]), bound,
                                                 "transB \(transB), m \(m) n \(n) k \(k), element \(i)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(shapes, 60, "the thin loops should take these shapes")
    }

    func testAColumnHasTheSameBitsInATileAndInTheTail() throws {
        try XCTSkipIf(nn_thin_product_tile_columns_float() == 0, "no AVX2 on this processor")
        // The same B (ldb 48) with 48 columns (all in whole vectors) and with 33 (the last 1 or 17 in
        // the zero-padded tail strip): the first 33 columns of C must agree bit for bit.
        let m = 5, k = 600
        let a = matrix(m, k, seed: 7).float, b = matrix(k, 48, seed: 8).float
        var wide = [Float](repeating: 0, count: m * 48), narrow = [Float](repeating: 0, count: m * 33)
        XCTAssertTrue(thinProduct(transB: false, m: m, n: 48, k: k, a: a, lda: k, b: b, ldb: 48, c: &wide, ldc: 48))
        XCTAssertTrue(thinProduct(transB: false, m: m, n: 33, k: k, a: a, lda: k, b: b, ldb: 48, c: &narrow, ldc: 33))
        for r in 0..<m {
            XCTAssertEqual((0..<33).map { wide[r * 48 + $0].bitPattern }, (0..<33).map { narrow[r * 33 + $0].bitPattern },
                           "row \(r)")
        }
    }

    func testLongSumsAreFormedInBlocksAsBLASDoes() throws {
        try XCTSkipIf(nn_thin_product_tile_columns_float() == 0, "no AVX2 on this processor")
        // 12288 equal terms 0.1f: one chain of float32 additions drifts by 1.2e-4 relative; blocks of
        // 128 added together stay within 1e-6 (BLAS adds each block's product into C the same way).
        let k = 12288, n = 40
        let a = [Float](repeating: 1, count: 2 * k), b = [Float](repeating: 0.1, count: k * n)
        var c = [Float](repeating: 0, count: 2 * n)
        XCTAssertTrue(thinProduct(transB: false, m: 2, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: &c, ldc: n))
        let exact = Double(k) * Double(Float(0.1))
        for value in c { XCTAssertLessThan(abs(Double(value) - exact) / exact, 1e-6) }
    }

    func testThinProductsTakeOnlyThinFloat32Shapes() {
        let x = [Float](repeating: 1, count: 64 * 4096)
        var c = [Float](repeating: 0, count: 64 * 4096)
        // 33 rows: too many for the loops' registers.
        XCTAssertFalse(thinProduct(transB: false, m: 33, n: 64, k: 64, a: x, lda: 64, b: x, ldb: 64, c: &c, ldc: 64))
        // Too little work to matter.
        XCTAssertFalse(thinProduct(transB: false, m: 2, n: 64, k: 8, a: x, lda: 8, b: x, ldb: 64, c: &c, ldc: 64))
        let d = [Double](repeating: 1, count: 64 * 4096)
        var e = [Double](repeating: 0, count: 64 * 4096)
        XCTAssertFalse(thinProduct(transB: false, m: 7, n: 209, k: 1000, a: d, lda: 1000, b: d, ldb: 209, c: &e, ldc: 209))
    }

    func testThreadsDoNotChangeTheBits() throws {
        try XCTSkipIf(nn_thin_product_tile_columns_float() == 0, "no AVX2 on this processor")
        let saved = (ElementwiseThreads.count, ElementwiseThreads.minimumElements)
        defer { (ElementwiseThreads.count, ElementwiseThreads.minimumElements) = saved }
        for transB in [false, true] {
            ElementwiseThreads.count = 1
            let one = try XCTUnwrap(products(transB: transB, m: 7, n: 333, k: 509)).thin
            ElementwiseThreads.count = 3
            ElementwiseThreads.minimumElements = 1
            let three = try XCTUnwrap(products(transB: transB, m: 7, n: 333, k: 509)).thin
            XCTAssertEqual(one.map(\.bitPattern), three.map(\.bitPattern), "transB \(transB)")
            ElementwiseThreads.minimumElements = saved.1
        }
    }

    func testDotOfFloat32UsesTheThinLoopsCorrectly() {
        // The network's first layer: W1 · X and dZ1 · Xᵀ through the public API.
        let w = matrix(7, 1200, seed: 3), x = matrix(1200, 209, seed: 4), dz = matrix(7, 209, seed: 5)
        let W = NDArray<Float>(shape: [7, 1200], scalars: w.float), X = NDArray<Float>(shape: [1200, 209], scalars: x.float)
        let dZ = NDArray<Float>(shape: [7, 209], scalars: dz.float)
        let forward = dot(W, X).astype(Double.self)
        let expected = dot(Tensor(shape: [7, 1200], scalars: w.double), Tensor(shape: [1200, 209], scalars: x.double))
        XCTAssertLessThan(abs(forward - expected).max(), 1200 * Double(Float.ulpOfOne))
        let backward = dot(dZ, X.T).astype(Double.self)
        let expectedBackward = dot(Tensor(shape: [7, 209], scalars: dz.double), Tensor(shape: [1200, 209], scalars: x.double).T)
        XCTAssertLessThan(abs(backward - expectedBackward).max(), 209 * Double(Float.ulpOfOne))
    }
}
