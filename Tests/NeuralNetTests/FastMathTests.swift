import Foundation
import CVectorMath
import XCTest
@testable import NeuralNet

/// The vectorised float64 exp, log, tanh and sigmoid against the C library, including the inputs
/// that must take the slow path (NaN, infinities, overflow, denormals) inside otherwise fast blocks.
final class FastMathTests: XCTestCase {
    /// Relative difference, with exact agreement required for non-finite values and zeros.
    private func assertClose(_ got: Double, _ want: Double, _ what: String, ulps: Double = 8,
                             file: StaticString = #filePath, line: UInt = #line) {
        if want.isNaN { XCTAssertTrue(got.isNaN, "\(what): got \(got), want NaN", file: file, line: line); return }
        if !want.isFinite || want == 0 {
            XCTAssertEqual(got, want, what, file: file, line: line)
            XCTAssertEqual(got.sign, want.sign, "\(what): sign", file: file, line: line)
            return
        }
        let err = Swift.abs(got - want) / Swift.abs(want)
        XCTAssertLessThanOrEqual(err, ulps * Double.ulpOfOne, "\(what): got \(got), want \(want)", file: file, line: line)
    }

    /// Values spread over [lo, hi] (many per block) with the special values mixed in.
    private func inputs(_ lo: Double, _ hi: Double, count: Int = 5000, special: [Double]) -> [Double] {
        var xs = (0..<count).map { lo + (hi - lo) * Double($0) / Double(count - 1) }
        for (i, s) in special.enumerated() { xs.insert(s, at: (i * 611) % xs.count) }
        return xs
    }

    func testExpMatchesCLibrary() {
        let xs = inputs(-720, 720, special: [.nan, .infinity, -.infinity, 0, -0.0, 709.7, 709.79, -745.2, -740, 1e-300, -1e-20])
        let got = exp(Tensor(xs)).scalars
        for (x, g) in zip(xs, got) { assertClose(g, Foundation.exp(x), "exp(\(x))", ulps: x < -708 ? 1 : 4) }
    }

    func testLogMatchesCLibrary() {
        let xs = inputs(1e-6, 50, special: [.nan, .infinity, -.infinity, 0, -0.0, -1, .leastNonzeroMagnitude, 0x0.fffffffffffffp-1022, 1, .greatestFiniteMagnitude])
            + (0..<2000).map { Foundation.pow(10, Double($0) / 10 - 100) }
        let got = log(Tensor(xs)).scalars
        for (x, g) in zip(xs, got) { assertClose(g, Foundation.log(x), "log(\(x))", ulps: 4) }
    }

    func testTanhMatchesCLibrary() {
        let mixed = inputs(-25, 25, special: [.nan, .infinity, -.infinity, 0, -0.0, 0x1p-1030, -1e-8])
        let small = (0..<600).map { -0.17 + 0.34 * Double($0) / 599 }   // k = 0: e^r − 1 directly
        let large = (0..<600).map { 0.2 + 30 * Double($0) / 599 }       // k > 0
        for xs in [mixed, small, large, [-0.0], [1e-200, -3e-9, 0.1733, 0.17329]] {
            let got = tanh(Tensor(xs)).scalars
            for (x, g) in zip(xs, got) { assertClose(g, Foundation.tanh(x), "tanh(\(x))", ulps: 8) }
        }
    }

    func testSigmoidIsTheCourseFormula() {
        let xs = inputs(-750, 750, special: [.nan, .infinity, -.infinity, 0, -709.5, 708.5])
        let got = sigmoid(Tensor(xs)).scalars
        for (x, g) in zip(xs, got) { assertClose(g, 1 / (1 + Foundation.exp(-x)), "sigmoid(\(x))", ulps: 4) }
        XCTAssertEqual(sigmoid(Tensor([0])).item, 0.5)
    }

    func testInPlaceOnUniqueBuffersStillCorrect() {
        // exp(-x) reuses the buffer of the temporary -x; its inputs must be read before they are overwritten.
        let x = Tensor((0..<1000).map { Double($0) - 500 })
        let got = exp(-x).scalars
        for (v, g) in zip(x.scalars, got) { assertClose(g, Foundation.exp(-v), "exp(-\(v))", ulps: 4) }
        XCTAssertEqual(x.scalars[0], -500, "the operand is unchanged")
    }

    /// Runs one build of a CVectorMath function, nil when this processor cannot run it.
    private func run(_ name: String, build: Int32, _ xs: [Double]) -> [Double]? {
        var out = [Double](repeating: .nan, count: xs.count)
        let status = out.withUnsafeMutableBufferPointer { nn_vector_math_run(name, build, xs, $0.baseAddress, xs.count) }
        return status == 0 ? out : nil
    }

    func testEveryBuildAgrees() throws {
        let here = nn_vector_math_build()
        XCTAssertNotNil(run("tanh", build: here, [0.5]), "the build in use must be runnable")
        XCTAssertNil(run("tanh", build: here + 1, [0.5]), "a build this processor lacks is refused")
        XCTAssertNil(run("cosh", build: 0, [0.5]), "an unknown function is refused")
        let ranges: [(String, ClosedRange<Double>)] = [("exp", -720...720), ("log", 1e-3...50), ("tanh", -25...25),
                                                       ("sigmoid", -750...750)]
        for (name, range) in ranges {
            let xs = inputs(range.lowerBound, range.upperBound, count: 20_000, special: [.nan, 0, 1e-9, -1e-9])
            let reference = try XCTUnwrap(run(name, build: here, xs))
            for build in 0..<here {
                let got = try XCTUnwrap(run(name, build: build, xs), "\(name) build \(build)")
                for (i, x) in xs.enumerated() {
                    if build >= 1 {   // AVX2 and AVX-512: the same operations, the same bits
                        XCTAssertEqual(got[i].bitPattern, reference[i].bitPattern, "\(name)(\(x)): build \(build) \(got[i]) vs \(reference[i])")
                    } else {          // the baseline's rational e^r − 1 without fused multiply-adds
                        assertClose(got[i], reference[i], "\(name)(\(x)) baseline", ulps: 4)
                    }
                }
            }
        }
    }
}
