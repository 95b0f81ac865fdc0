import XCTest
@testable import NeuralNet

/// Broadcasting arithmetic, math functions, comparisons, reductions and matrix products.
final class TensorMathTests: XCTestCase {
    func assertClose(_ a: Tensor, _ b: Tensor, _ tol: Double = 1e-8, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.shape, b.shape, "shapes", file: file, line: line)
        XCTAssertTrue(allClose(a, b, rtol: 0, atol: tol), "\(a) vs \(b)", file: file, line: line)
    }

    func testBroadcasting() {
        let a: Tensor = [[1, 2, 3], [4, 5, 6]]
        let col: Tensor = [[10], [20]]                      // (2, 1)
        let row: Tensor = [[100, 200, 300]]                 // (1, 3)
        XCTAssertEqual(a + col, [[11, 12, 13], [24, 25, 26]])
        XCTAssertEqual(col + a, [[11, 12, 13], [24, 25, 26]])
        XCTAssertEqual(a + row, [[101, 202, 303], [104, 205, 306]])
        XCTAssertEqual(a * Tensor([1, 0, -1]), [[1, 0, -3], [4, 0, -6]])   // (3,) against (2, 3)
        XCTAssertEqual(col * row, [[1000, 2000, 3000], [2000, 4000, 6000]]) // (2,1) x (1,3) → outer
        XCTAssertEqual(a - 1, [[0, 1, 2], [3, 4, 5]])
        XCTAssertEqual(1 - a, [[0, -1, -2], [-3, -4, -5]])
        XCTAssertEqual(a / 2, [[0.5, 1, 1.5], [2, 2.5, 3]])
        XCTAssertEqual(6 / a, [[6, 3, 2], [1.5, 1.2, 1]])
        XCTAssertEqual(a * Tensor(2), a + a)                 // 0-d array
        XCTAssertEqual(-a, [[-1, -2, -3], [-4, -5, -6]])
        // 3-D: (2, 1, 3) with (4, 1) → (2, 4, 3)
        let c = arange(6).reshape(2, 1, 3), d = arange(4).reshape(4, 1) * 10
        let e = c + d
        XCTAssertEqual(e.shape, [2, 4, 3])
        XCTAssertEqual(e[1, 2, 0], 3 + 20)
        XCTAssertEqual(e[0, 3, 2], 2 + 30)
        XCTAssertEqual((arange(24).reshape(2, 3, 4) * arange(4))[1, 2, 3], 23 * 3)
        XCTAssertEqual((arange(24).reshape(2, 3, 4) + arange(3).reshape(3, 1))[1, 2, 0], 20 + 2)
        XCTAssertEqual(broadcastShapes([2, 1, 3], [4, 1]), [2, 4, 3])
        XCTAssertEqual(broadcastShapes([3], []), [3])
        XCTAssertNil(broadcastShapes([3, 4], [5, 2]))
        XCTAssertNil(broadcastShapes([3], [4]))
        XCTAssertEqual(broadcastErrorMessage("+", [3, 4], [5, 2]),
                       "+: operands could not be broadcast together with shapes (3, 4) (5, 2)")
        XCTAssertEqual(broadcastErrorMessage("*", [3], []), "*: operands could not be broadcast together with shapes (3,) ()")
    }

    func testInPlaceOperations() {
        var w: Tensor = [[1, 2], [3, 4]]
        let addressBefore = w.storage.pointer
        w -= 0.5 * Tensor([[2, 2], [2, 2]])
        XCTAssertEqual(w, [[0, 1], [2, 3]])
        XCTAssertEqual(w.storage.pointer, addressBefore, "updated in place")
        w += Tensor([[1], [2]])
        XCTAssertEqual(w, [[1, 2], [4, 5]])
        w *= 2
        w /= Tensor([1, 2])
        XCTAssertEqual(w, [[2, 2], [8, 5]])
        let shared = w
        w += 1
        XCTAssertEqual(shared, [[2, 2], [8, 5]], "a copy is never changed")
        XCTAssertEqual(w, [[3, 3], [9, 6]])
        // Temporaries are reused: the result of `x * 2` is written over by `+ 1`.
        let x = arange(8)
        XCTAssertEqual(x * 2 + 1, Tensor([1, 3, 5, 7, 9, 11, 13, 15]))
        XCTAssertEqual(x, arange(8))
    }

    func testMathFunctions() {
        let x: Tensor = [1, 2, 3]
        let s = 1 / (1 + exp(-x))
        assertClose(s, [0.73105858, 0.88079708, 0.95257413])
        assertClose(s * (1 - s), [0.19661193, 0.10499359, 0.04517666])
        XCTAssertEqual(exp(Tensor([0])).item, 1)
        XCTAssertEqual(log(Tensor([1, 0])).scalars, [0, -.infinity])
        XCTAssertEqual(sqrt(Tensor([4, 9])).scalars, [2, 3])
        XCTAssertEqual(abs(Tensor([-1.5, 2])).scalars, [1.5, 2])
        XCTAssertEqual(tanh(Tensor([0])).item, 0)
        XCTAssertEqual(square(Tensor([-3])).item, 9)
        XCTAssertEqual(sign(Tensor([-2, 0, 5])).scalars, [-1, 0, 1])
        XCTAssertEqual(power(Tensor([2, 3]), 3).scalars, [8, 27])
        XCTAssertEqual(pow(Tensor([4]), 0.5).scalars, [2])
        XCTAssertEqual(power(Tensor([2, 3]), Tensor([2, 0])).scalars, [4, 1])
        XCTAssertEqual(maximum(Tensor([-1, 2]), 0).scalars, [0, 2])
        XCTAssertEqual(maximum(0, Tensor([-1, 2])).scalars, [0, 2])
        XCTAssertEqual(minimum(Tensor([-1, 2]), Tensor([0, 0])).scalars, [-1, 0])
        XCTAssertTrue(maximum(Tensor([.nan]), 0).item.isNaN)
        XCTAssertEqual(clip(Tensor([-1, 0.5, 2]), min: 0, max: 1).scalars, [0, 0.5, 1])
        XCTAssertEqual(log1p(Tensor([0])).item, 0)
        let f = exp(NDArray<Float>([0, 1]))
        XCTAssertEqual(f.scalars[1], Float(M_E), accuracy: 1e-6)
    }

    func testComparisonsGiveMasks() {
        let a: Tensor = [[0.2, 0.7], [0.5, 0.9]]
        XCTAssertEqual(a .> 0.5, [[0, 1], [0, 1]])
        XCTAssertEqual(a .>= 0.5, [[0, 1], [1, 1]])
        XCTAssertEqual(a .< 0.5, [[1, 0], [0, 0]])
        XCTAssertEqual(a .<= 0.5, [[1, 0], [1, 0]])
        XCTAssertEqual(a .== 0.5, [[0, 0], [1, 0]])
        XCTAssertEqual(a .!= 0.5, [[1, 1], [0, 1]])
        XCTAssertEqual(0.5 .< a, a .> 0.5)
        XCTAssertEqual(a .> Tensor([[0.1], [0.95]]), [[1, 1], [0, 0]])
        XCTAssertEqual((a .> 0.3) .& (a .< 0.8), [[0, 1], [1, 0]])
        XCTAssertEqual(.!(a .> 0.5), a .<= 0.5)
        XCTAssertEqual(`where`(a .> 0.5, a, 0), [[0, 0.7], [0, 0.9]])
        XCTAssertEqual(select(a .> 0.5, 1, -1), [[-1, 1], [-1, 1]])
        XCTAssertTrue(any(a .> 0.8))
        XCTAssertFalse(all(a .> 0.3))
        XCTAssertEqual(countNonzero(a .> 0.3), 3)
        XCTAssertEqual(sum(Tensor([1, 0, 1]) .== Tensor([1, 1, 1])), 2)
    }

    func testReductions() {
        let a: Tensor = [[1, 2], [3, 4]]
        XCTAssertEqual(sum(a), 10)
        XCTAssertEqual(sum(a, axis: 0), [4, 6])
        XCTAssertEqual(sum(a, axis: 1), [3, 7])
        XCTAssertEqual(sum(a, axis: 1, keepdims: true), [[3], [7]])
        XCTAssertEqual(sum(a, axis: 0, keepdims: true), [[4, 6]])
        XCTAssertEqual(sum(a, axis: -1), [3, 7])
        XCTAssertEqual(a.sum(axis: 1, keepdims: true).shape, [2, 1])
        XCTAssertEqual(mean(a), 2.5)
        XCTAssertEqual(mean(a, axis: 0), [2, 3])
        XCTAssertEqual(max(a), 4)
        XCTAssertEqual(min(a, axis: 1), [1, 3])
        XCTAssertEqual(max(a, axis: 0, keepdims: true), [[3, 4]])
        XCTAssertEqual(argmax(Tensor([1, 5, 5, 2])), 1)
        XCTAssertEqual(argmax(Tensor([[1, 9], [7, 3]]), axis: 0), [1, 0])
        XCTAssertEqual(argmin(Tensor([[1, 9], [7, 3]]), axis: 1), [0, 1])
        XCTAssertEqual(variance(Tensor([1, 2, 3, 4])), 1.25)
        XCTAssertEqual(std(Tensor([1, 3])), 1)
        XCTAssertEqual(std(a, axis: 0), [1, 1])
        let c = arange(24).reshape(2, 3, 4)
        XCTAssertEqual(sum(c, axis: 1), [[12, 15, 18, 21], [48, 51, 54, 57]])
        XCTAssertEqual(sum(c, axis: 1, keepdims: true).shape, [2, 1, 4])
        XCTAssertEqual(max(c, axis: 2), [[3, 7, 11], [15, 19, 23]])
        XCTAssertEqual(axisErrorMessage("sum", 2, 2), "sum: axis 2 is out of bounds for array of dimension 2")
        // numpy's pairwise summation order (values from numpy 2.4).
        XCTAssertEqual(sum(arange(1000) * 0.1), 49950.0)
        let b = Tensor((0..<100000).map { Double($0 % 7) * 0.1 + 1.0 / 3 })   // (np.arange(100000) % 7) * 0.1 + 1/3
        XCTAssertEqual(sum(b), 63332.83333333333, "pairwise, not sequential (63332.833333342125)")
        XCTAssertEqual(mean(b), 0.6333283333333333)
        XCTAssertEqual(Array(sum(b.reshape(100, 1000), axis: 1).scalars.prefix(2)), [633.0333333333334, 633.1333333333334])
        XCTAssertEqual(Array(sum(b.reshape(1000, 100), axis: 0).scalars.prefix(2)), [633.1333333333322, 633.0333333333323])
    }

    func testNorms() {
        let x: Tensor = [[0, 3, 4], [1, 6, 4]]
        assertClose(x / norm(x, axis: 1, keepdims: true), [[0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]])
        XCTAssertEqual(norm(Tensor([3, 4])), 5)
        XCTAssertEqual(norm(Tensor([3, -4]), ord: 1), 7)
        XCTAssertEqual(norm(Tensor([3, -4]), ord: .infinity), 4)
        XCTAssertEqual(norm(Tensor([[1, -2], [3, 4]]), ord: 1), 6)
        XCTAssertEqual(norm(Tensor([[1, -2], [3, 4]]), ord: 1, axis: 0), [4, 6])
    }

    func testCourseFormulas() {
        // softmax (C1W2A1 Ex 7) and L1/L2 (Ex 8/9)
        let x: Tensor = [[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]]
        let e = exp(x)
        assertClose(e / sum(e, axis: 1, keepdims: true),
                    [[9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
                     [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04]])
        let yhat: Tensor = [0.9, 0.2, 0.1, 0.4, 0.9], y: Tensor = [1, 0, 0, 1, 1]
        XCTAssertEqual(sum(abs(y - yhat)), 1.1)
        XCTAssertEqual(dot(y - yhat, y - yhat).item, 0.43)
        // propagate (C1W2A2 Ex 5), values from numpy
        let w: Tensor = [[1], [2], [-1]], b = 2.5
        let X: Tensor = [[1, 2, -1, 0], [3, 4, -3.2, 1], [3, 4, -3.2, -3.5]], Y: Tensor = [[1, 1, 0, 0]]
        let m = 4.0
        let A = 1 / (1 + exp(-(dot(w.T, X) + b)))
        let cost = -1 / m * sum(Y * log(A) + (1 - Y) * log(1 - A))
        XCTAssertEqual(cost, 2.0424567983978403)
        assertClose(dot(X, (A - Y).T) / m, [[-0.03909333], [0.12501464], [-0.99960809]])
        XCTAssertEqual(sum(A - Y) / m, 0.288106326429569, accuracy: 1e-15)
    }

    func testDot() {
        let a: Tensor = [[1, 2, 3], [4, 5, 6]]                 // (2, 3)
        let b: Tensor = [[7, 8], [9, 10], [11, 12]]            // (3, 2)
        XCTAssertEqual(dot(a, b), [[58, 64], [139, 154]])
        XCTAssertEqual(a.dot(b), matmul(a, b))
        XCTAssertEqual(dot(b, a), [[39, 54, 69], [49, 68, 87], [59, 82, 105]])
        XCTAssertEqual(dot(a, Tensor([1, 0, -1])), [-2, -2])                 // gemv
        XCTAssertEqual(dot(Tensor([1, -1]), a), [-3, -3, -3])                 // vector · matrix
        XCTAssertEqual(dot(Tensor([[1, -1]]), a), [[-3, -3, -3]])             // (1, 2) row · matrix
        XCTAssertEqual(dot(a, Tensor([[1], [0], [-1]])), [[-2], [-2]])        // matrix · column
        XCTAssertEqual(dot(Tensor([1, 2, 3]), Tensor([4, 5, 6])).item, 32)    // inner product
        XCTAssertEqual(dot(Tensor([[2]]), Tensor([[1, 2, 3]])), [[2, 4, 6]])     // (1, 1) acts as a scalar
        XCTAssertEqual(dot(Tensor([[1], [2]]), Tensor([[3, 4]])), [[3, 4], [6, 8]])  // outer via gemm
        XCTAssertEqual(outer(Tensor([1, 2]), Tensor([3, 4])), [[3, 4], [6, 8]])
        let c = arange(24).reshape(2, 3, 4)
        XCTAssertEqual(dot(c, Tensor([1, 0, 0, 1])), [[3, 11, 19], [27, 35, 43]])
        XCTAssertEqual(matmul(c, arange(8).reshape(4, 2)).shape, [2, 3, 2])
        XCTAssertEqual(matmul(c, arange(8).reshape(4, 2))[1, 2, 1], dot(c[1, 2], arange(8).reshape(4, 2)[..., 1]).item)
        XCTAssertEqual(dot(c, arange(8).reshape(2, 4, 1)).shape, [2, 3, 2, 1])
        let f: NDArray<Float> = [[1, 2], [3, 4]]
        XCTAssertEqual(dot(f, f), [[7, 10], [15, 22]])
        XCTAssertEqual(alignmentErrorMessage("dot", [3, 4], [5, 2], dimA: 1, dimB: 0),
                       "dot: shapes (3, 4) and (5, 2) not aligned: 4 (dim 1) != 5 (dim 0)")
        // A larger product against a naive loop.
        let p = arange(60).reshape(6, 10) / 7, q = arange(80).reshape(10, 8) / 3
        let r = dot(p, q)
        var naive = 0.0
        for k in 0..<10 { naive += p[4, k] * q[k, 5] }
        XCTAssertEqual(r[4, 5], naive, accuracy: 1e-9)
    }
}
