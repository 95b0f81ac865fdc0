import XCTest
@testable import NeuralNet

/// Buffer reuse of temporaries must never change an array someone still holds, on small arrays and
/// on course-sized ones.
final class TensorBufferReuseTests: XCTestCase {
    func testOperandsAreNeverChanged() {
        let x: Tensor = [[1, -2], [3, 4]]
        let y = x
        let col: Tensor = [[1], [2]]
        _ = x + x; _ = x - col; _ = col * x; _ = x / 2; _ = 1 - x; _ = 2 * x; _ = -x
        _ = exp(x); _ = log(abs(x)); _ = sqrt(abs(x)); _ = tanh(x); _ = square(x); _ = sign(x)
        _ = maximum(x, 0); _ = x .> 0; _ = clip(x, min: 0, max: 1); _ = power(x, 3); _ = x.T
        var z = x
        z += 1
        XCTAssertEqual(x, [[1, -2], [3, 4]])
        XCTAssertEqual(y, [[1, -2], [3, 4]])
        XCTAssertEqual(col, [[1], [2]])
        XCTAssertEqual(z, [[2, -1], [4, 5]])
        let r = x.reshape(4)
        _ = exp(r) + r
        XCTAssertEqual(x, [[1, -2], [3, 4]], "a reshaped array shares the buffer and must be copied on write")
    }

    func testChainedTemporariesAreCorrect() {
        let z: Tensor = [[-1, 0, 2]]
        let s = 1 / (1 + exp(-z))
        // exp is vectorised (FastMath.swift): within a few ulp of the C library, not bit-identical.
        for (a, v) in zip(s.scalars, z.scalars) { XCTAssertEqual(a, 1 / (1 + Foundation.exp(-v)), accuracy: 1e-15) }
        let t = tanh(z)
        XCTAssertEqual((1 - t * t).scalars[1], 1)
    }

    /// Broadcasting, in-place updates, reductions and a product on a (12288, 209) array (the cat data
    /// set's shape), the fast paths of the training loops. Their speed is measured by `make bench`.
    func testElementwiseOnCourseSizedArray() {
        let X = zeros(12288, 209) + 0.5, b = zeros(12288, 1) + 1
        var y = X * 2 + b                        // 2, column broadcast
        y -= X                                   // 1.5, in place
        let rows = sum(y, axis: 1, keepdims: true)
        XCTAssertEqual(rows.shape, [12288, 1])
        XCTAssertEqual(Set(rows.scalars), [1.5 * 209])
        let product = dot(zeros(7, 12288) + 1, X)
        XCTAssertEqual(product.shape, [7, 209])
        XCTAssertEqual(Set(product.scalars), [0.5 * 12288])
        XCTAssertEqual(X.scalars.first, 0.5, "the operand is unchanged")
    }
}
