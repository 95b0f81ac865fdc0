// The checks of notebook 5 (deep network application): each passes the library's reference training
// loops and fails deliberately wrong ones.

import XCTest
import NeuralNet
@testable import Grading

final class Assignment5CheckTests: XCTestCase {
    func testTwoLayerModelAcceptsTheReference() {
        let check = twoLayerModelCheck { CourseReference.twoLayerModel($0, $1, layersDims: $2, learningRate: $3, numIterations: $4,
                                                       printCost: $5) }
        assertAllHold(check)
    }

    func testTwoLayerModelRejectsAMissingSeed() {
        // Draws the weights from wherever the generator happens to be.
        let check = twoLayerModelCheck { X, Y, dims, rate, iterations, _ in
            trainTwoLayers(X, Y, initializeParameters(dims.0, dims.1, dims.2), rate, iterations)
        }
        assertSomeFail(check)
    }

    func testTwoLayerModelRejectsAFixedLearningRate() {
        // Ignores the learning-rate argument: the first case passes, the second must not.
        let check = twoLayerModelCheck { X, Y, dims, _, iterations, _ in
            trainTwoLayers(X, Y, initializeParameters(dims.0, dims.1, dims.2, seed: 1), 0.0075, iterations)
        }
        assertSomeFail(check)
        XCTAssertTrue(check.failures.allSatisfy { $0.label.contains("0.1") }, "\(check.failures.map(\.label))")
    }

    func testTwoLayerModelRejectsACostEveryIteration() {
        let check = twoLayerModelCheck { X, Y, dims, rate, iterations, _ in
            let result = trainTwoLayers(X, Y, initializeParameters(dims.0, dims.1, dims.2, seed: 1), rate, iterations)
            return (result.parameters, result.costs + Array(repeating: result.costs[0], count: iterations - 1))
        }
        assertSomeFail(check)
        XCTAssertTrue(check.failures[0].label.hasPrefix("number of costs"), check.failures[0].label)
    }

    func testLLayerModelAcceptsTheReference() {
        let check = LLayerModelCheck { CourseReference.LLayerModel($0, $1, layersDims: $2, learningRate: $3, numIterations: $4,
                                                   printCost: $5) }
        assertAllHold(check)
    }

    func testLLayerModelRejectsTheStepByStepInitialisation() {
        // randn · 0.01 from seed 3 (notebook 4's initialisation) instead of randn / sqrt(n) from seed 1.
        let check = LLayerModelCheck { X, Y, dims, rate, iterations, _ in
            var parameters = initializeParametersDeep(dims)
            var costs: [Double] = []
            for i in 0..<iterations {
                let (AL, caches) = LModelForward(X, parameters)
                if i % 100 == 0 { costs.append(computeCost(AL, Y)) }
                parameters = updateParameters(parameters, LModelBackward(AL, Y, caches), learningRate: rate)
            }
            return (parameters, costs)
        }
        assertSomeFail(check)
    }

    func testLLayerModelWithoutSomeParametersFailsInsteadOfCrashing() {
        let check = LLayerModelCheck { X, Y, dims, rate, iterations, printCost in
            var result = CourseReference.LLayerModel(X, Y, layersDims: dims, learningRate: rate, numIterations: iterations,
                                     printCost: printCost)
            result.parameters["W3"] = nil
            return result
        }
        XCTAssertEqual(check.failures.count, 2)
        XCTAssertTrue(check.failures[0].actual.contains("no key \"W3\""), check.failures[0].actual)
    }
}

/// The two-layer training loop from given initial parameters (so the tests can vary the seeding).
private func trainTwoLayers(_ X: Tensor, _ Y: Tensor, _ start: Parameters, _ rate: Double,
                            _ iterations: Int) -> (parameters: Parameters, costs: [Double]) {
    var p = start
    var costs: [Double] = []
    for i in 0..<iterations {
        let (A1, cache1) = linearActivationForward(X, p["W1"]!, p["b1"]!, activation: .relu)
        let (A2, cache2) = linearActivationForward(A1, p["W2"]!, p["b2"]!, activation: .sigmoid)
        if i % 100 == 0 { costs.append(computeCost(A2, Y)) }
        let dA2 = -(Y / A2 - (1 - Y) / (1 - A2))
        let (dA1, dW2, db2) = linearActivationBackward(dA2, cache2, activation: .sigmoid)
        let (_, dW1, db1) = linearActivationBackward(dA1, cache1, activation: .relu)
        p = updateParameters(p, ["dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2], learningRate: rate)
    }
    return (p, costs)
}

/// Asserts that every case of `check` held.
private func assertAllHold(_ check: ExerciseCheck, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertGreaterThan(check.caseCount, 10, "\(check.exercise) checked too little", file: file, line: line)
    XCTAssertEqual(check.failures, [], "\(check.exercise) rejects the reference", file: file, line: line)
}

/// Asserts that some case of `check` failed.
private func assertSomeFail(_ check: ExerciseCheck, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertFalse(check.failures.isEmpty, "\(check.exercise) accepts a wrong version", file: file, line: line)
}
