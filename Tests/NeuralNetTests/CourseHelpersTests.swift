// Shared helpers for the Course*Tests files, and tests of the course module's internal helpers.

import XCTest
@testable import NeuralNet

/// A 1-D tensor from a list of numbers.
func vector(_ values: [Double]) -> Tensor {
    Tensor(shape: [values.count], scalars: values)
}

/// A 2-D tensor from rows.
func matrix(_ rows: [[Double]]) -> Tensor {
    Tensor(rows)
}

/// Asserts equal shapes and every entry within `atol + rtol·|expected|` (default: 1e-7 absolute,
/// the precision the course's expected values are printed with allows).
func assertClose(_ actual: Tensor?, _ expected: Tensor, atol: Double = 1e-7, rtol: Double = 0,
                 _ name: String = "", file: StaticString = #filePath, line: UInt = #line) {
    guard let actual else {
        XCTFail("\(name): missing", file: file, line: line)
        return
    }
    XCTAssertEqual(actual.shape, expected.shape, "\(name): shape", file: file, line: line)
    guard actual.shape == expected.shape else { return }
    for (i, (a, e)) in zip(actual.scalars, expected.scalars).enumerated() {
        if !(Swift.abs(a - e) <= atol + rtol * Swift.abs(e)) {
            XCTFail("\(name): entry \(i) is \(a), expected \(e)", file: file, line: line)
            return
        }
    }
}

/// Asserts two numbers are within `atol + rtol·|expected|`.
func assertClose(_ actual: Double, _ expected: Double, atol: Double = 1e-7, rtol: Double = 0,
                 _ name: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertLessThanOrEqual(Swift.abs(actual - expected), atol + rtol * Swift.abs(expected),
                             "\(name): \(actual) vs \(expected)", file: file, line: line)
}

final class CourseHelpersTests: XCTestCase {
    func testTakeColumnsKeepsTheOrderGiven() {
        let x = matrix([[1, 2, 3], [4, 5, 6]])
        assertClose(takeColumns(x, [2, 0]), matrix([[3, 1], [6, 4]]))
    }

    func testLayerCountReadsTheKeys() {
        let p: Parameters = ["W1": zeros(2, 3), "b1": zeros(2, 1), "W2": zeros(1, 2), "b2": zeros(1, 1)]
        XCTAssertEqual(layerCount(p), 2)
    }

    func testActivationFromCourseString() {
        let relu: Activation = "relu"
        XCTAssertEqual(relu, .relu)
    }
}

/// Asserts two lists of numbers have the same length and agree within `atol`.
func assertClose(_ actual: [Double], _ expected: [Double], atol: Double = 1e-7,
                 _ name: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(name): count", file: file, line: line)
    for (i, (a, e)) in zip(actual, expected).enumerated() where !(Swift.abs(a - e) <= atol) {
        XCTFail("\(name): entry \(i) is \(a), expected \(e)", file: file, line: line)
        return
    }
}
