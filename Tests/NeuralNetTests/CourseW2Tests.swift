// C1 W2A1 (Python basics with numpy) and C1 W2A2 (logistic regression): the course's public
// test inputs and expected values (course-spec §2, §3, Appendix A).

import XCTest
@testable import NeuralNet

final class CourseW2A1Tests: XCTestCase {
    func testBasicSigmoid() {
        XCTAssertEqual(CourseReference.basicSigmoid(1), 0.7310585786300049, accuracy: 1e-15)
    }

    func testSigmoid() {
        assertClose(sigmoid(vector([1, 2, 3])), vector([0.73105858, 0.88079708, 0.95257413]), atol: 1e-8)
    }

    func testSigmoidDerivative() {
        assertClose(CourseReference.sigmoidDerivative(vector([1, 2, 3])), vector([0.19661193, 0.10499359, 0.04517666]), atol: 1e-8)
    }

    func testImageToVector() {
        let values: [Double] = [0.67826139, 0.29380381, 0.90714982, 0.52835647, 0.4215251, 0.45017551,
                                0.92814219, 0.96677647, 0.85304703, 0.52351845, 0.19981397, 0.27417313,
                                0.60659855, 0.00533165, 0.10820313, 0.49978937, 0.34144279, 0.94630077]
        let image = Tensor(shape: [3, 3, 2], scalars: values)
        assertClose(CourseReference.imageToVector(image), Tensor(shape: [18, 1], scalars: values), atol: 0)
    }

    func testNormalizeRows() {
        assertClose(CourseReference.normalizeRows(matrix([[0, 3, 4], [1, 6, 4]])),
                    matrix([[0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]]), atol: 1e-8)
    }

    func testSoftmaxIsRowWise() {
        let expected = matrix([
            [9.80897665e-01, 8.94462891e-04, 1.79657674e-02, 1.21052389e-04, 1.21052389e-04],
            [8.78679856e-01, 1.18916387e-01, 8.01252314e-04, 8.01252314e-04, 8.01252314e-04],
        ])
        assertClose(CourseReference.softmax(matrix([[9, 2, 5, 0, 0], [7, 5, 0, 0, 0]])), expected, atol: 1e-8)
    }

    func testL1AndL2() {
        let yhat = vector([0.9, 0.2, 0.1, 0.4, 0.9]), y = vector([1, 0, 0, 1, 1])
        XCTAssertEqual(CourseReference.L1(yhat, y), 1.1, accuracy: 1e-12)
        XCTAssertEqual(CourseReference.L2(yhat, y), 0.43, accuracy: 1e-12)
    }

    // Not graded in the course; values from numpy (np.maximum, x > 0, np.where(x > 0, x, 0.01 x)).
    func testReluFamily() {
        let x = matrix([[-2, -0.5, 0, 0.5, 3]])
        assertClose(relu(x), matrix([[0, 0, 0, 0.5, 3]]), atol: 0)
        assertClose(reluDerivative(x), matrix([[0, 0, 0, 1, 1]]), atol: 0)
        assertClose(leakyRelu(x), matrix([[-0.02, -0.005, 0, 0.5, 3]]), atol: 1e-15)
        assertClose(leakyReluDerivative(x), matrix([[0.01, 0.01, 0.01, 1, 1]]), atol: 1e-15)
        assertClose(tanhDerivative(x), 1 - tanh(x) * tanh(x), atol: 1e-15)
    }
}

final class CourseW2A2Tests: XCTestCase {
    func testSigmoidOnArray() {
        assertClose(sigmoid(vector([0, 2])), vector([0.5, 0.88079708]), atol: 1e-8)
        assertClose(sigmoid(vector([0.5, 0, 2.0])), vector([0.62245933, 0.5, 0.88079708]), atol: 1e-8)
    }

    func testInitializeWithZeros() {
        for dim in [2, 3, 4] {
            let (w, b) = CourseReference.initializeWithZeros(dim)
            assertClose(w, zeros(dim, 1), atol: 0)
            XCTAssertEqual(b, 0.0)
        }
    }

    func testPropagatePublicTest() {
        let w = matrix([[1], [2], [-1]]), b = 2.5
        let X = matrix([[1, 2, -1, 0], [3, 4, -3.2, 1], [3, 4, -3.2, -3.5]])
        let Y = matrix([[1, 1, 0, 0]])
        let (grads, cost) = CourseReference.propagate(w, b, X, Y)
        assertClose(grads.dw, matrix([[-0.03909333], [0.12501464], [-0.99960809]]), atol: 1e-8)
        XCTAssertEqual(grads.db, 0.288106326429569, accuracy: 1e-12)
        XCTAssertEqual(cost, 2.0424567983978403, accuracy: 1e-12)
    }

    func testPropagateNotebookCell() {
        let w = matrix([[1], [2]]), b = 1.5
        let X = matrix([[1, -2, -1], [3, 0.5, -3.2]]), Y = matrix([[1, 1, 0]])
        let (grads, cost) = CourseReference.propagate(w, b, X, Y)
        assertClose(grads.dw, matrix([[0.25071532], [-0.06604096]]), atol: 1e-8)
        XCTAssertEqual(grads.db, -0.1250040450043965, accuracy: 1e-12)
        XCTAssertEqual(cost, 0.15900537707692405, accuracy: 1e-12)
    }

    func testOptimizePublicTest() {
        let w = matrix([[1], [2]]), b = 2.0
        let X = matrix([[1, 2, -1], [3, 4, -3.2]]), Y = matrix([[1, 0, 1]])
        let (params, grads, costs) = CourseReference.optimize(w, b, X, Y, numIterations: 101, learningRate: 0.1)
        XCTAssertEqual(costs.count, 2)
        XCTAssertEqual(costs[0], 5.80154532, accuracy: 1e-7)
        XCTAssertEqual(costs[1], 0.31057104, accuracy: 1e-7)
        assertClose(params.w, matrix([[-0.70916784], [-0.42390859]]))
        XCTAssertEqual(params.b, 2.26891346, accuracy: 1e-7)
        assertClose(grads.dw, matrix([[0.06188603], [-0.01407361]]))
        XCTAssertEqual(grads.db, -0.04709353, accuracy: 1e-7)
    }

    func testOptimizeNotebookCell() {
        let w = matrix([[1], [2]]), b = 1.5
        let X = matrix([[1, -2, -1], [3, 0.5, -3.2]]), Y = matrix([[1, 1, 0]])
        let (params, grads, costs) = CourseReference.optimize(w, b, X, Y, numIterations: 100, learningRate: 0.009)
        assertClose(params.w, matrix([[0.80956046], [2.0508202]]))
        XCTAssertEqual(params.b, 1.5948713189708588, accuracy: 1e-12)
        assertClose(grads.dw, matrix([[0.17860505], [-0.04840656]]))
        XCTAssertEqual(grads.db, -0.08888460336847771, accuracy: 1e-12)
        XCTAssertEqual(costs.count, 1)
        XCTAssertEqual(costs[0], 0.15900538, accuracy: 1e-8)
    }

    func testPredict() {
        let w = matrix([[0.3], [0.5], [-0.2]]), b = -0.33333
        let X = matrix([[1, -0.3, 1.5], [2, 0, 1], [0, -1.5, 2]])
        assertClose(CourseReference.predict(w, b, X), matrix([[1, 0, 1]]), atol: 0)
        let w2 = matrix([[0.1124579], [0.23106775]])
        assertClose(CourseReference.predict(w2, -0.3, matrix([[1, -1.1, -3.2], [1.2, 2, 0.1]])), matrix([[1, 1, 0]]), atol: 0)
    }

    func testModelPublicTest() {
        seed(0)
        let X = randn(4, 7)
        let xTest = randn(4, 3)
        // Appendix A: the seeded inputs.
        assertClose(X[0, 0], 1.76405235, atol: 1e-8)
        assertClose(xTest[3, 2], -0.30230275, atol: 1e-8)
        let Y = matrix([[1, 0, 0, 1, 0, 0, 1]]), yTest = matrix([[0, 1, 0]])
        let d = CourseReference.model(X, Y, xTest, yTest, numIterations: 50, learningRate: 0.01)
        XCTAssertEqual(d.costs.count, 1)
        XCTAssertEqual(d.costs[0], 0.69314718, accuracy: 1e-8)
        assertClose(d.w, matrix([[0.08639757], [-0.08231268], [-0.11798927], [0.12866053]]))
        XCTAssertEqual(d.b, -0.03983236094816321, accuracy: 1e-12)
        assertClose(d.yPredictionTest, matrix([[1, 1, 0]]), atol: 0)
        assertClose(d.yPredictionTrain, matrix([[1, 1, 0, 1, 0, 0, 1]]), atol: 0)
        XCTAssertEqual(d.learningRate, 0.01)
        XCTAssertEqual(d.numIterations, 50)
    }

    /// On data large enough for `propagate`'s blocked pass (3000 × 250, 6 MB), the same numbers as
    /// the course's formulas evaluated one operator at a time.
    func testPropagateOnLargeDataMatchesTheFormulas() throws {
        seed(4)
        let X = rand(3000, 250) - 0.5, Y = rand(1, 250) .> 0.5, w = randn(3000, 1) * 0.05, b = 0.3
        let m = 250.0
        let A = sigmoid(dot(w.T, X) + b)
        let expectedCost = -sum(Y * log(A) + (1 - Y) * log(1 - A)) / m
        let expectedDw = dot(X, (A - Y).T) / m, expectedDb = sum(A - Y) / m

        let pass = try XCTUnwrap(logisticPassInBlocks(w, b, X, Y), "X is large enough for the blocked pass")
        // The row products go through another BLAS kernel than `dot(w.T, X)`, summing in another order.
        XCTAssertLessThanOrEqual(max(abs(pass.A - A)), 1e-14)
        XCTAssertEqual(pass.dZ, pass.A - Y)
        let (grads, cost) = CourseReference.propagate(w, b, X, Y)
        XCTAssertEqual(cost, expectedCost, accuracy: 1e-14 * Swift.abs(expectedCost))
        XCTAssertEqual(grads.db, expectedDb, accuracy: 1e-15)
        XCTAssertEqual(grads.dw.shape, [3000, 1])
        XCTAssertLessThanOrEqual(max(abs(grads.dw - expectedDw)), 1e-14 * max(abs(expectedDw)))
        XCTAssertNil(logisticPassInBlocks(w, b, X[0..<100, 0..<250], Y), "small X: the plain formulas")
        XCTAssertNil(logisticPassInBlocks(w, b, X, Y.T), "unexpected shapes: the plain formulas and their errors")
    }
}
