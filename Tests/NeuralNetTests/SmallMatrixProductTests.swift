import XCTest
@testable import NeuralNet

/// The loops that replace BLAS for tiny products, against OpenBLAS itself, for every combination of
/// transposes and for output counts and lengths that exercise each remainder path.
final class SmallMatrixProductTests: XCTestCase {
    func testSmallGemmMatchesBLAS() {
        seed(7)
        for transA in [false, true] {
            for transB in [false, true] {
                for (m, n, k) in [(1, 1, 1), (1, 4, 400), (4, 2, 400), (3, 7, 13), (2, 5, 3), (4, 1, 1), (5, 3, 0), (2, 9, 6)] {
                    let a = randn(transA ? Swift.max(k, 1) : m, transA ? m : Swift.max(k, 1))
                    let b = randn(transB ? n : Swift.max(k, 1), transB ? Swift.max(k, 1) : n)
                    let lda = a.shape[1], ldb = b.shape[1]
                    var loops = [Double](repeating: .nan, count: m * n), blas = loops
                    a.withUnsafeBufferPointer { pa in
                        b.withUnsafeBufferPointer { pb in
                            loops.withUnsafeMutableBufferPointer { pc in
                                smallGemm(transA, transB, m, n, k, pa.baseAddress!, lda, pb.baseAddress!, ldb, pc.baseAddress!, n)
                            }
                            blas.withUnsafeMutableBufferPointer { pc in
                                Double._gemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, a: pa.baseAddress!,
                                             lda: lda, b: pb.baseAddress!, ldb: ldb, beta: 0, c: pc.baseAddress!, ldc: n)
                            }
                        }
                    }
                    let what = "transA \(transA) transB \(transB) m \(m) n \(n) k \(k)"
                    for (x, y) in zip(loops, blas) {
                        XCTAssertEqual(x, y, accuracy: 1e-12 * Swift.max(1, Swift.abs(y)), what)
                        if k == 0 { XCTAssertEqual(x.bitPattern, (0.0).bitPattern, "\(what): +0 for an empty sum") }
                    }
                }
            }
        }
    }

    func testProductsOfZeroKeepPositiveZero() {
        // numpy (BLAS) gives 0. for 0 · (−1); the loops store the first product and must not make it −0.
        let scalarTimesRow = dot(Tensor([[0.0]]), Tensor([[-1.0, 2.0]]))
        XCTAssertEqual(scalarTimesRow.scalars.map(\.sign), [.plus, .plus])
        let matrices = dot(Tensor([[0.0, 0.0], [1.0, 1.0]]), Tensor([[-1.0, 2.0], [-1.0, 1.0]]))
        XCTAssertEqual(matrices.scalars, [0, 0, -2, 3])
        XCTAssertEqual(matrices.scalars.map(\.sign), [.plus, .plus, .minus, .plus])
    }
}
