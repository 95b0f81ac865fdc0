// Notebook 3's leaky ReLU spelled with `slope:`, and notebook 1's broadcasting rule as a question
// (`broadcastShapes`), against values worked out by hand.

import XCTest
import NeuralNet   // not @testable: the public broadcastShapes, as a notebook sees it

final class LeakyReLUTests: XCTestCase {
    func testLeakyReluKeepsPositivesAndScalesNegativesBySlope() {
        let z: Tensor = [[-2, -0.5, 0], [0.25, 3, -10]]
        // -2·0.1 = -0.2, -0.5·0.1 = -0.05, 0 stays 0, positives stay, -10·0.1 = -1.
        XCTAssertEqual(leakyRelu(z, slope: 0.1), [[-0.2, -0.05, 0], [0.25, 3, -1]])
        XCTAssertEqual(leakyRelu(z, slope: 0), [[0, 0, 0], [0.25, 3, 0]], "slope 0 is ReLU")
        XCTAssertEqual(leakyRelu(z, slope: 0.01).shape, [2, 3])
    }

    func testLeakyReluDerivativeIsOneOrSlope() {
        let z: Tensor = [-2, 0, 1e-9, 7]
        XCTAssertEqual(leakyReluDerivative(z, slope: 0.01), [0.01, 0.01, 1, 1])
        XCTAssertEqual(leakyReluDerivative(z, slope: 0.2), [0.2, 0.2, 1, 1])
    }

    func testTheDerivativeMatchesAFiniteDifference() {
        let z: Tensor = [-1.5, -0.3, 0.4, 2]
        let h = 1e-6
        let numeric = (leakyRelu(z + h, slope: 0.05) - leakyRelu(z - h, slope: 0.05)) / (2 * h)
        assertClose(numeric, leakyReluDerivative(z, slope: 0.05), atol: 1e-9)
    }
}

final class BroadcastShapesTests: XCTestCase {
    func testTheRankOneTrap() throws {
        XCTAssertEqual(try broadcastShapes([4], [4, 1]), [4, 4], "(4,) against (4, 1) gives a 4×4 table, not a column")
        XCTAssertEqual((zeros(4) + zeros(4, 1)).shape, try broadcastShapes([4], [4, 1]), "the operator broadcasts the same way")
    }

    func testShapesAreLinedUpAtTheirLastAxis() throws {
        XCTAssertEqual(try broadcastShapes([2, 3], [3]), [2, 3])
        XCTAssertEqual(try broadcastShapes([2, 3], [2, 1]), [2, 3])
        XCTAssertEqual(try broadcastShapes([5, 1, 4], [3, 1], [4]), [5, 3, 4])
        XCTAssertEqual(try broadcastShapes([], [2, 2]), [2, 2], "a number fits every shape")
    }

    func testAMismatchThrowsTheOperatorsMessage() {
        XCTAssertThrowsError(try broadcastShapes([2, 3], [2])) { error in
            XCTAssertEqual("\(error)", "operands could not be broadcast together with shapes (2, 3) (2,)")
            XCTAssertEqual((error as? BroadcastError)?.shapes, [[2, 3], [2]])
        }
        XCTAssertThrowsError(try broadcastShapes([3, 1], [1, 4], [2, 4]))
    }
}
