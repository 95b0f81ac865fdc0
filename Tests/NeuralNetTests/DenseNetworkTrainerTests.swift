// The backward pass without the input gradient, and DenseNetworkTrainer against the building blocks:
// float64 bit for bit, float32 within float32's precision.

import XCTest
@testable import NeuralNet

final class DenseNetworkTrainerTests: XCTestCase {
    /// Random data and labels of `m` examples, and the course's parameters for `dims`.
    private func problem(_ dims: [Int], m: Int, classes: Bool = false) -> (X: Tensor, Y: Tensor, parameters: Parameters) {
        seed(2)
        let X = randn(dims[0], m)
        let Y: Tensor
        if classes {
            let labels = rand(m).scalars.map { Int(($0 * Double(dims.last!)).rounded(.down)) }
            var oneHot = [Double](repeating: 0, count: dims.last! * m)
            for (i, c) in labels.enumerated() { oneHot[c * m + i] = 1 }
            Y = Tensor(shape: [dims.last!, m], scalars: oneHot)
        } else {
            Y = rand(1, m) .> 0.5
        }
        return (X, Y, initializeParametersDeep(dims, initialization: .he, seed: 3))
    }

    func testBackwardWithoutInputGradientGivesTheSameWeightGradients() {
        let (X, Y, parameters) = problem([6, 5, 3, 1], m: 40)
        let (AL, caches) = LModelForward(X, parameters)
        let full = LModelBackward(AL, Y, caches)
        let lean = LModelBackward(AL, Y, caches, inputGradient: false)
        XCTAssertNotNil(full["dA0"])
        XCTAssertNil(lean["dA0"], "dA0 is what inputGradient: false leaves out")
        for key in ["dW1", "db1", "dW2", "db2", "dW3", "db3", "dA1", "dA2"] {
            XCTAssertEqual(lean[key], full[key], key)
        }
        let dA1 = full["dA1"]!
        let (dAPrev, dW, db) = linearActivationBackward(dA1, caches[0], activation: .relu)
        let (none, leanW, leanB) = linearActivationBackward(dA1, caches[0], activation: .relu, inputGradient: false)
        XCTAssertNil(none)
        XCTAssertEqual(leanW, dW)
        XCTAssertEqual(leanB, db)
        XCTAssertEqual(dAPrev.shape, X.shape)
        let (withInput, _, _) = linearActivationBackward(dA1, caches[0], activation: .relu, inputGradient: true)
        XCTAssertEqual(withInput, dAPrev)
    }

    func testSigmoidTrainerMatchesTheBuildingBlocksBitForBit() {
        let (X, Y, initial) = problem([7, 6, 4, 1], m: 50)
        var parameters = initial
        var trainer = DenseNetworkTrainer(initial, layers: 3, output: .sigmoid)
        for _ in 0..<4 {
            let (AL, caches) = LModelForward(X, parameters)
            let cost = computeCost(AL, Y)
            parameters = updateParameters(parameters, LModelBackward(AL, Y, caches), learningRate: 0.05)
            XCTAssertEqual(trainer.step(X, Y, learningRate: 0.05), cost)
        }
        XCTAssertEqual(trainer.parameters, parameters)
        XCTAssertEqual(trainer.cost(X, Y), computeCost(LModelForward(X, parameters).AL, Y))
    }

    func testSoftmaxTrainerMatchesTheTensorFormulas() {
        let (X, Y, initial) = problem([8, 6, 5], m: 30, classes: true)
        var parameters = initial
        var trainer = DenseNetworkTrainer(initial, layers: 2, output: .softmax)
        let m = Double(X.shape[1])
        for _ in 0..<3 {
            let (W1, b1, W2, b2) = (parameters["W1"]!, parameters["b1"]!, parameters["W2"]!, parameters["b2"]!)
            let Z1 = dot(W1, X) + b1
            let A1 = relu(Z1)
            let Z2 = dot(W2, A1) + b2
            let e = exp(Z2 - max(Z2, axis: 0, keepdims: true))
            let A2 = e / sum(e, axis: 0, keepdims: true)
            let cost = -sum(Y * log(A2)) / m
            let (dA1, dW2, db2) = linearBackward(A2 - Y, LinearCache(A: A1, W: W2, b: b2))
            let (_, dW1, db1) = linearActivationBackward(dA1, (LinearCache(A: X, W: W1, b: b1), ActivationCache(Z: Z1)),
                                                         activation: .relu)
            let grads: Gradients = ["dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2]
            parameters = updateParameters(parameters, grads, learningRate: 0.1)
            XCTAssertEqual(trainer.step(X, Y, learningRate: 0.1), cost)
        }
        XCTAssertEqual(trainer.parameters, parameters)
    }

    func testTrainingModelsMatchTheBuildingBlocks() {
        let (X, Y, _) = problem([9, 4, 1], m: 20)
        var parameters = initializeParameters(9, 4, 1, seed: 1)
        var costs: [Double] = []
        for i in 0..<3 {
            let (AL, caches) = LModelForward(X, parameters)
            if i == 0 { costs.append(computeCost(AL, Y)) }
            parameters = updateParameters(parameters, LModelBackward(AL, Y, caches), learningRate: 0.0075)
        }
        let trained = CourseReference.twoLayerModel(X, Y, layersDims: (9, 4, 1), numIterations: 3)
        XCTAssertEqual(trained.parameters, parameters)
        XCTAssertEqual(trained.costs, costs)
    }

    func testFloat32TrainingAgreesWithFloat64() {
        let (X, Y, initial) = problem([20, 10, 4], m: 64, classes: true)
        var double = DenseNetworkTrainer(initial, layers: 2, output: .softmax)
        var single = DenseNetworkTrainer<Float>(weights: [initial["W1"]!.astype(Float.self), initial["W2"]!.astype(Float.self)],
                                                biases: [initial["b1"]!.astype(Float.self), initial["b2"]!.astype(Float.self)],
                                                output: .softmax)
        let X32 = X.astype(Float.self), Y32 = Y.astype(Float.self)
        var first: Double?
        for _ in 0..<20 {
            let cost64 = double.step(X, Y, learningRate: 0.1)
            first = first ?? cost64
            let cost32 = single.step(X32, Y32, learningRate: 0.1)
            XCTAssertEqual(Double(cost32), cost64, accuracy: 1e-4 * cost64)
        }
        XCTAssertLessThan(double.cost(X, Y), first! - 0.1, "training lowered the cost")
        XCTAssertEqual(Double(single.cost(X32, Y32)), double.cost(X, Y), accuracy: 1e-4 * double.cost(X, Y))
    }

    func testTanhTrainerReproducesTheShallowNetwork() {
        // The planar network (C1 W3A1): nnModel's parameters, and the cost of each step equal to the
        // building blocks' forwardPropagation → computeCost → backwardPropagation → updateParameters.
        let (X, Y) = loadPlanarDataset()
        let reference = CourseReference.nnModel(X, Y, nH: 4, numIterations: 300)
        var parameters = initializeParameters(2, 4, 1, seed: 3)
        var trainer = DenseNetworkTrainer(parameters, layers: 2, hidden: .tanh, output: .sigmoidSimplified)
        for _ in 0..<5 {
            let (A2, cache) = CourseReference.forwardPropagation(X, parameters)
            let cost = computeCost(A2, Y)
            parameters = updateParameters(parameters, CourseReference.backwardPropagation(parameters, cache, X, Y))
            XCTAssertEqual(trainer.step(X, Y, learningRate: 1.2), cost)
        }
        XCTAssertEqual(trainer.parameters, parameters)
        for _ in 5..<300 { _ = trainer.step(X, Y, learningRate: 1.2) }
        XCTAssertEqual(trainer.parameters, reference, "bit for bit nnModel's")
        XCTAssertEqual(trainer.cost(X, Y), computeCost(CourseReference.forwardPropagation(X, reference).A2, Y))
    }

    func testFloat32TanhTrainerMatchesTheFloat32Formulas() {
        // The planar network on NDArray<Float> written with tensor operations: the same float
        // operations in the same order, so the same bits. The float sigmoid is the library's one-pass
        // kernel, not `1 / (1 + exp(-z))` in three float steps (FloatKernels.h: within 1 ulp of the
        // exact value, where those steps can be 1.6 ulp off).
        let (X64, Y64) = loadPlanarDataset()
        let X = X64.astype(Float.self), Y = Y64.astype(Float.self)
        let m = Float(X.shape[1]), rate: Float = 1.2
        let initial = initializeParameters(2, 4, 1, seed: 3)
        var W1 = initial["W1"]!.astype(Float.self), b1 = initial["b1"]!.astype(Float.self)
        var W2 = initial["W2"]!.astype(Float.self), b2 = initial["b2"]!.astype(Float.self)
        var trainer = DenseNetworkTrainer<Float>(weights: [W1, W2], biases: [b1, b2], hidden: .tanh, output: .sigmoidSimplified)
        for _ in 0..<50 {
            let A1 = tanh(dot(W1, X) + b1)
            let A2 = unaryOperation(.sigmoid, dot(W2, A1) + b2)
            let cost = -sum(Y * log(A2) + (1 - Y) * log(1 - A2)) / m
            let dZ2 = A2 - Y
            let dW2 = dotTransposing(dZ2, transposeA: false, A1, transposeB: true) / m
            let db2 = sum(dZ2, axis: 1, keepdims: true) / m
            let dZ1 = dotTransposing(W2, transposeA: true, dZ2, transposeB: false) * (1 - A1 * A1)
            let dW1 = dotTransposing(dZ1, transposeA: false, X, transposeB: true) / m
            let db1 = sum(dZ1, axis: 1, keepdims: true) / m
            W1 = W1 - rate * dW1; b1 = b1 - rate * db1
            W2 = W2 - rate * dW2; b2 = b2 - rate * db2
            XCTAssertEqual(trainer.step(X, Y, learningRate: rate), cost)
        }
        XCTAssertEqual(trainer.weights, [W1, W2])
        XCTAssertEqual(trainer.biases, [b1, b2])
    }

    func testFloat32ReluLayersMatchTheFloat32Formulas() {
        // The vector select of addBiasRelu against `maximum(Z + b, 0)`: 61 columns, so every row
        // has a tail after its vectors of 16, and pre-activations of both signs.
        let (X64, Y64, initial) = problem([12, 9, 1], m: 61)
        let X = X64.astype(Float.self), Y = Y64.astype(Float.self)
        let W1 = initial["W1"]!.astype(Float.self), b1 = initial["b1"]!.astype(Float.self)
        let W2 = initial["W2"]!.astype(Float.self), b2 = initial["b2"]!.astype(Float.self)
        let Z1 = dot(W1, X) + b1
        XCTAssertTrue(Z1.scalars.contains { $0 < 0 } && Z1.scalars.contains { $0 > 0 })
        let A2 = 1 / (1 + exp(-(dot(W2, maximum(Z1, 0)) + b2)))
        let cost = -sum(Y * log(A2) + (1 - Y) * log(1 - A2)) / Float(X.shape[1])
        let trainer = DenseNetworkTrainer<Float>(weights: [W1, W2], biases: [b1, b2], output: .sigmoid)
        XCTAssertEqual(trainer.cost(X, Y), cost)
    }
}
