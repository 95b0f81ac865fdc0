// The checks of notebooks 3 (planar data, one hidden layer) and 4 (deep network step by step):
// each passes the library's reference implementation and fails a deliberately wrong one.

import XCTest
import NeuralNet
@testable import Grading

final class Assignment3CheckTests: XCTestCase {
    func testLayerSizes() {
        assertPasses(layerSizesCheck(CourseReference.layerSizes))
        // Columns instead of rows.
        assertFails(layerSizesCheck { X, Y in (X.shape[1], 4, Y.shape[1]) })
    }

    func testInitializeParameters() {
        assertPasses(initializeParametersCheck { initializeParameters($0, $1, $2) })
        // W2 drawn before W1.
        assertFails(initializeParametersCheck { nX, nH, nY in
            let W2 = randn(nY, nH) * 0.01
            return ["W1": randn(nH, nX) * 0.01, "b1": zeros(nH, 1), "W2": W2, "b2": zeros(nY, 1)]
        })
        // Seeding inside, which notebook 3's version must not do.
        assertFails(initializeParametersCheck { initializeParameters($0, $1, $2, seed: 1) })
    }

    func testForwardPropagation() {
        assertPasses(forwardPropagationCheck(CourseReference.forwardPropagation))
        // A sigmoid hidden layer instead of tanh.
        assertFails(forwardPropagationCheck { X, p in
            let Z1 = dot(p["W1"]!, X) + p["b1"]!
            let A1 = sigmoid(Z1)
            let Z2 = dot(p["W2"]!, A1) + p["b2"]!
            let A2 = sigmoid(Z2)
            return (A2, ["Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2])
        })
    }

    func testForwardPropagationWithoutCacheEntriesFailsInsteadOfCrashing() {
        let check = forwardPropagationCheck { X, p in (CourseReference.forwardPropagation(X, p).A2, [:]) }
        XCTAssertEqual(check.failures.count, 4)
        XCTAssertTrue(check.failures[0].actual.contains("no key \"Z1\""), check.failures[0].actual)
    }

    func testComputeCost() {
        assertPasses(computeCostCheck(computeCost))
        // The sum without the average.
        assertFails(computeCostCheck { A, Y in -sum(Y * log(A) + (1 - Y) * log(1 - A)) })
    }

    func testBackwardPropagation() {
        assertPasses(backwardPropagationCheck(CourseReference.backwardPropagation))
        // The derivative of tanh taken as 1 − A1 instead of 1 − A1².
        assertFails(backwardPropagationCheck { p, cache, X, Y in
            let m = Double(X.shape[1])
            let dZ2 = cache["A2"]! - Y
            let dZ1 = dot(p["W2"]!.T, dZ2) * (1 - cache["A1"]!)
            return ["dW1": dot(dZ1, X.T) / m, "db1": sum(dZ1, axis: 1, keepdims: true) / m,
                    "dW2": dot(dZ2, cache["A1"]!.T) / m, "db2": sum(dZ2, axis: 1, keepdims: true) / m]
        })
    }

    func testUpdateParameters() {
        assertPasses(updateParametersCheck(updateParameters))
        // Climbing the gradient.
        assertFails(updateParametersCheck { p, g, rate in updateParameters(p, g, learningRate: -rate) })
    }

    func testNnModel() {
        assertPasses(nnModelCheck(CourseReference.nnModel))
        // Training with the wrong learning rate.
        assertFails(nnModelCheck { X, Y, nH, iterations, _ in
            seed(3)
            var p = initializeParameters(X.shape[0], nH, Y.shape[0])
            for _ in 0..<iterations {
                let (A2, cache) = CourseReference.forwardPropagation(X, p)
                _ = computeCost(A2, Y)
                p = updateParameters(p, CourseReference.backwardPropagation(p, cache, X, Y), learningRate: 0.5)
            }
            return p
        })
    }

    func testPredict() {
        assertPasses(predictCheck(CourseReference.predict(_:_:)))
        // The classes swapped.
        assertFails(predictCheck { p, X in CourseReference.forwardPropagation(X, p).A2 .< 0.5 })
    }

    func testAStubIsReportedAsNotWritten() {
        let report = layerSizesCheck { yourCodeHere("layerSizes", $0, $1) }.finish()
        XCTAssertTrue(report.failures.isEmpty, "the placeholder is the reference")
        XCTAssertFalse(report.passed)
        XCTAssertTrue(report.isNotWritten)
    }
}

final class Assignment4CheckTests: XCTestCase {
    func testInitializeParametersSeeded() {
        assertPasses(initializeParametersSeededCheck { initializeParameters($0, $1, $2, seed: 1) })
        // Forgetting to seed.
        assertFails(initializeParametersSeededCheck { initializeParameters($0, $1, $2) })
    }

    func testInitializeParametersDeep() {
        assertPasses(initializeParametersDeepCheck { initializeParametersDeep($0) })
        // He scaling instead of 0.01.
        assertFails(initializeParametersDeepCheck { initializeParametersDeep($0, initialization: .he) })
        // One layer too few: the loop stops before the output layer.
        assertFails(initializeParametersDeepCheck { dims in
            initializeParametersDeep(Array(dims.dropLast()))
        })
    }

    func testLinearForward() {
        assertPasses(linearForwardCheck(linearForward))
        // The bias left out.
        assertFails(linearForwardCheck { A, W, b in (dot(W, A), LinearCache(A: A, W: W, b: b)) })
        // A wrong cache.
        assertFails(linearForwardCheck { A, W, b in (dot(W, A) + b, LinearCache(A: W, W: A, b: b)) })
    }

    func testLinearActivationForward() {
        assertPasses(linearActivationForwardCheck(linearActivationForward))
        // Always ReLU.
        assertFails(linearActivationForwardCheck { A, W, b, _ in linearActivationForward(A, W, b, activation: .relu) })
    }

    func testLModelForward() {
        assertPasses(lModelForwardCheck(LModelForward))
        // ReLU on the output layer too.
        assertFails(lModelForwardCheck { X, p in
            var A = X
            var caches: [LayerCache] = []
            for l in 1...3 {
                let (next, cache) = linearActivationForward(A, p["W\(l)"]!, p["b\(l)"]!, activation: .relu)
                caches.append(cache)
                A = next
            }
            return (A, caches)
        })
        // The right output but no caches: a failed case, not a crash.
        XCTAssertEqual(lModelForwardCheck { X, p in (LModelForward(X, p).AL, []) }.failures.count, 1)
    }

    func testComputeCostDeep() {
        assertPasses(computeCostDeepCheck(computeCost))
        // The (1 − Y) term left out.
        assertFails(computeCostDeepCheck { AL, Y in -sum(Y * log(AL)) / Double(Y.shape[1]) })
    }

    func testLinearBackward() {
        assertPasses(linearBackwardCheck(linearBackward))
        // db not averaged.
        assertFails(linearBackwardCheck { dZ, cache in
            let reference = linearBackward(dZ, cache)
            return (reference.dAPrev, reference.dW, sum(dZ, axis: 1, keepdims: true))
        })
    }

    func testLinearActivationBackward() {
        assertPasses(linearActivationBackwardCheck(linearActivationBackward))
        // The two activations' derivatives swapped.
        assertFails(linearActivationBackwardCheck { dA, cache, activation in
            linearActivationBackward(dA, cache, activation: activation == .relu ? .sigmoid : .relu)
        })
    }

    func testLModelBackward() {
        assertPasses(lModelBackwardCheck(LModelBackward))
        // The sign of dAL flipped: the same as training on the opposite labels.
        assertFails(lModelBackwardCheck { AL, Y, caches in LModelBackward(AL, 1 - Y, caches) })
    }

    func testUpdateParametersDeep() {
        assertPasses(updateParametersDeepCheck(updateParameters))
        // The biases left alone.
        assertFails(updateParametersDeepCheck { p, g, rate in
            var updated = updateParameters(p, g, learningRate: rate)
            updated["b1"] = p["b1"]
            updated["b2"] = p["b2"]
            return updated
        })
    }
}

/// Asserts that every case of `check` held.
private func assertPasses(_ check: ExerciseCheck, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertGreaterThan(check.caseCount, 0, "\(check.exercise) checked nothing", file: file, line: line)
    XCTAssertEqual(check.failures, [], "\(check.exercise) rejects the reference", file: file, line: line)
}

/// Asserts that some case of `check` failed.
private func assertFails(_ check: ExerciseCheck, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(check.failures.isEmpty, "\(check.exercise) accepts a wrong version", file: file, line: line)
}
