import XCTest
@testable import NeuralNet

/// Buffer reuse of temporaries must never change an array someone still holds; big arrays stay fast.
final class TensorPerformanceTests: XCTestCase {
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

    /// Elementwise loops on a (12288, 209) array (the cat data set) stay in tight loops.
    func testElementwiseSpeedOnCourseSizedArray() {
        let X = zeros(12288, 209) + 0.5, b = zeros(12288, 1) + 1
        let start = Date()
        for _ in 0..<3 {
            var y = X * 2 + b
            y -= X
            _ = sum(y, axis: 1, keepdims: true)
            _ = dot(zeros(7, 12288), X)
        }
        // A few milliseconds per round in release builds; lots of slack for debug builds and busy machines.
        XCTAssertLessThan(Date().timeIntervalSince(start) / 3, 3.0)
    }
}
