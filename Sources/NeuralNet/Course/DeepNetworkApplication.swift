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
        var parameters = initializeParameters(nX, nH, nY, seed: 1)
        var costs: [Double] = []
        let curve = TrainingDisplay.curve(learningRate: learningRate, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let W1 = parameters["W1"]!, b1 = parameters["b1"]!, W2 = parameters["W2"]!, b2 = parameters["b2"]!
            // Forward: LINEAR -> RELU -> LINEAR -> SIGMOID.
            let (A1, cache1) = linearActivationForward(X, W1, b1, activation: .relu)
            let (A2, cache2) = linearActivationForward(A1, W2, b2, activation: .sigmoid)
            let cost = computeCost(A2, Y)
            // Backward.
            let dA2 = -(Y / A2 - (1 - Y) / (1 - A2))
            let (dA1, dW2, db2) = linearActivationBackward(dA2, cache2, activation: .sigmoid)
            let (_, dW1, db1) = linearActivationBackward(dA1, cache1, activation: .relu, inputGradient: false)
            let grads: Gradients = ["dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2]
            parameters = updateParameters(parameters, grads, learningRate: learningRate)
            if printCost && (i % 100 == 0 || i == numIterations - 1) {
                print("Cost after iteration \(i): \(cost)")
            }
            if i % 100 == 0 {
                costs.append(cost)
                curve?.append(cost)
            }
        }
        curve?.finish()
        return (parameters, costs)
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
        var parameters = initializeParametersDeep(layersDims, initialization: .xavier, seed: 1)
        var costs: [Double] = []
        let curve = TrainingDisplay.curve(learningRate: learningRate, quiet: !printCost)
        for i in progress(0..<numIterations, quiet: !printCost) {
            let (AL, caches) = LModelForward(X, parameters)
            let cost = computeCost(AL, Y)
            let grads = LModelBackward(AL, Y, caches, inputGradient: false)   // no dA0: the data is not trained
            parameters = updateParameters(parameters, grads, learningRate: learningRate)
            if printCost && (i % 100 == 0 || i == numIterations - 1) {
                print("Cost after iteration \(i): \(cost)")
            }
            if i % 100 == 0 {
                costs.append(cost)
                curve?.append(cost)
            }
        }
        curve?.finish()
        return (parameters, costs)
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
