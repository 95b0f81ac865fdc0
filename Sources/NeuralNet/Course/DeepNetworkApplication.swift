// C1 W4A2 "Deep Neural Network for Image Classification: Application": training loops that
// assemble the W4A1 building blocks, and prediction with accuracy.

import NotebookRuntime

extension CourseReference {
    /// Trains a 2-layer network LINEAR → RELU → LINEAR → SIGMOID with gradient descent.
    ///
    /// Seeds the generator with 1, initialises with `initializeParameters(nX, nH, nY)` (`randn · 0.01`),
    /// then for each iteration: forward through both layers, cost, `dA2 = −(Y/A2 − (1 − Y)/(1 − A2))`,
    /// backward through layer 2 (sigmoid) and layer 1 (relu), update.
    ///
    /// - Parameters:
    ///   - X: data, shape `(nX, m)`.
    ///   - Y: labels, shape `(1, m)`.
    ///   - layersDims: `(nX, nH, nY)`.
    ///   - learningRate: the gradient-descent step size.
    ///   - numIterations: number of iterations.
    ///   - printCost: prints `Cost after iteration i: …` every 100 iterations and at the last one,
    ///     with a progress bar and a live learning curve.
    /// - Returns: the learned parameters and the costs recorded every 100 iterations.
    package static func twoLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: (Int, Int, Int),
                                      learningRate: Double = 0.0075, numIterations: Int = 3000,
                                      printCost: Bool = false) -> (parameters: Parameters, costs: [Double]) {
        let (nX, nH, nY) = layersDims
        let parameters = initializeParameters(nX, nH, nY, seed: 1)
        // LINEAR -> RELU -> LINEAR -> SIGMOID, cost, dA2 = -(Y/A2 - (1-Y)/(1-A2)), backward through both
        // layers (without dA0), update: the building blocks' arithmetic in fewer passes over memory.
        var trainer = DenseNetworkTrainer(parameters, layers: 2, output: .sigmoid)
        let Y = Y.reshape([nY, exampleCount(X)])
        var costs: [Double] = []
        let curve = TrainingDisplay.curve(learningRate: learningRate, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let cost = trainer.step(X, Y, learningRate: learningRate)
            if printCost && (i % 100 == 0 || i == numIterations - 1) {
                print("Cost after iteration \(i): \(cost)")
            }
            if i % 100 == 0 {
                costs.append(cost)
                curve?.append(cost)
            }
        }
        curve?.finish()
        return (trainer.parameters, costs)
    }
}

extension CourseReference {
    /// Trains an L-layer network [LINEAR → RELU] × (L − 1) → LINEAR → SIGMOID with gradient descent.
    ///
    /// Initialises with `initializeParametersDeep(layersDims, initialization: .xavier, seed: 1)` (weights
    /// `randn / sqrt(n[l-1])`, like the application notebook), then loops `LModelForward` → `computeCost`
    /// → `LModelBackward` → `updateParameters`.
    ///
    /// - Parameters:
    ///   - X: data, shape `(n_x, m)`.
    ///   - Y: labels, shape `(1, m)`.
    ///   - layersDims: the size of every layer, input first, e.g. `[12288, 20, 7, 5, 1]`.
    ///   - learningRate: the gradient-descent step size.
    ///   - numIterations: number of iterations.
    ///   - printCost: prints `Cost after iteration i: …` every 100 iterations and at the last one,
    ///     with a progress bar and a live learning curve.
    /// - Returns: the learned parameters and the costs recorded every 100 iterations.
    package static func LLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: [Int],
                                    learningRate: Double = 0.0075, numIterations: Int = 3000,
                                    printCost: Bool = false) -> (parameters: Parameters, costs: [Double]) {
        let parameters = initializeParametersDeep(layersDims, initialization: .xavier, seed: 1)
        // LModelForward, computeCost, LModelBackward (without dA0), updateParameters: the same arithmetic
        // in fewer passes over memory (DenseNetworkTrainer).
        var trainer = DenseNetworkTrainer(parameters, layers: layersDims.count - 1, output: .sigmoid)
        let Y = Y.reshape([layersDims.last ?? 1, exampleCount(X)])
        var costs: [Double] = []
        let curve = TrainingDisplay.curve(learningRate: learningRate, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let cost = trainer.step(X, Y, learningRate: learningRate)
            if printCost && (i % 100 == 0 || i == numIterations - 1) {
                print("Cost after iteration \(i): \(cost)")
            }
            if i % 100 == 0 {
                costs.append(cost)
                curve?.append(cost)
            }
        }
        curve?.finish()
        return (trainer.parameters, costs)
    }
}

/// Predicts with a trained L-layer network and prints `Accuracy: …` (the fraction of examples
/// whose prediction equals the label `y`).
///
/// - Parameters:
///   - X: data, shape `(n_x, m)`.
///   - y: true labels, shape `(1, m)`.
///   - parameters: the trained parameters (any number of layers).
/// - Returns: the predictions, 0 or 1 (1 where the network's probability is above 0.5), shape `(1, m)`.
@discardableResult
public func predict(_ X: Tensor, _ y: Tensor, _ parameters: Parameters) -> Tensor {
    let (probas, _) = LModelForward(X, parameters)
    let p = probas .> 0.5
    let m = Double(exampleCount(X))
    let correct = zip(p.scalars, y.scalars).filter { $0 == $1 }.count
    print("Accuracy: \(Double(correct) / m)")
    return p
}
