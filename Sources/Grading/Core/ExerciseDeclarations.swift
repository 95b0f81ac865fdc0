// The declaration each graded function must have, as the notebooks declare it: for the messages of a
// check that got the library's function or a function of another type.

/// The declarations of the graded functions, by exercise name.
enum ExerciseDeclarations {
    /// The declaration of `exercise`'s function (two for `predict`, one per notebook).
    static func text(of exercise: String) -> String {
        byExercise[exercise] ?? "func \(exercise)(…)"
    }

    private static let byExercise: [String: String] = [
        "basicSigmoid": "func basicSigmoid(_ x: Double) -> Double",
        "sigmoid": "func sigmoid(_ x: Tensor) -> Tensor",
        "sigmoidDerivative": "func sigmoidDerivative(_ x: Tensor) -> Tensor",
        "imageToVector": "func imageToVector(_ image: Tensor) -> Tensor",
        "normalizeRows": "func normalizeRows(_ x: Tensor) -> Tensor",
        "softmax": "func softmax(_ x: Tensor) -> Tensor",
        "L1": "func L1(_ yhat: Tensor, _ y: Tensor) -> Double",
        "L2": "func L2(_ yhat: Tensor, _ y: Tensor) -> Double",
        "centerRows": "func centerRows(_ x: Tensor) -> Tensor",
        "datasetSizes": "func datasetSizes(_ trainXOrig: Tensor, _ testXOrig: Tensor) -> (mTrain: Int, mTest: Int, numPx: Int)",
        "flattenImages": "func flattenImages(_ images: Tensor) -> Tensor",
        "initializeWithZeros": "func initializeWithZeros(_ dim: Int) -> (w: Tensor, b: Double)",
        "propagate": "func propagate(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)",
        "optimize": "func optimize(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor, numIterations: Int = 100, learningRate: Double = 0.009, printCost: Bool = false) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])",
        "predict": "func predict(_ w: Tensor, _ b: Double, _ X: Tensor) -> Tensor` (notebook 2) or `func predict(_ parameters: Parameters, _ X: Tensor) -> Tensor",
        "model": "func model(_ XTrain: Tensor, _ YTrain: Tensor, _ XTest: Tensor, _ YTest: Tensor, numIterations: Int = 2000, learningRate: Double = 0.5, printCost: Bool = false) -> LogisticRegressionResult",
        "layerSizes": "func layerSizes(_ X: Tensor, _ Y: Tensor) -> (nX: Int, nH: Int, nY: Int)",
        "initializeParameters": "func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> Parameters",
        "forwardPropagation": "func forwardPropagation(_ X: Tensor, _ parameters: Parameters) -> (A2: Tensor, cache: [String: Tensor])",
        "computeCost": "func computeCost(_ AL: Tensor, _ Y: Tensor) -> Double",
        "backwardPropagation": "func backwardPropagation(_ parameters: Parameters, _ cache: [String: Tensor], _ X: Tensor, _ Y: Tensor) -> Gradients",
        "updateParameters": "func updateParameters(_ params: Parameters, _ grads: Gradients, learningRate: Double) -> Parameters",
        "nnModel": "func nnModel(_ X: Tensor, _ Y: Tensor, nH: Int, numIterations: Int = 10000, printCost: Bool = false) -> Parameters",
        "initializeParametersDeep": "func initializeParametersDeep(_ layerDims: [Int]) -> Parameters",
        "linearForward": "func linearForward(_ A: Tensor, _ W: Tensor, _ b: Tensor) -> (Z: Tensor, cache: LinearCache)",
        "linearActivationForward": "func linearActivationForward(_ APrev: Tensor, _ W: Tensor, _ b: Tensor, activation: Activation) -> (A: Tensor, cache: LayerCache)",
        "LModelForward": "func LModelForward(_ X: Tensor, _ parameters: Parameters) -> (AL: Tensor, caches: [LayerCache])",
        "linearBackward": "func linearBackward(_ dZ: Tensor, _ cache: LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)",
        "linearActivationBackward": "func linearActivationBackward(_ dA: Tensor, _ cache: LayerCache, activation: Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)",
        "LModelBackward": "func LModelBackward(_ AL: Tensor, _ Y: Tensor, _ caches: [LayerCache]) -> Gradients",
        "twoLayerModel": "func twoLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: (Int, Int, Int), learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])",
        "LLayerModel": "func LLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: [Int], learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])",
        // Notebooks 0 and 1b
        "housePrice": "func housePrice(_ size: Double) -> Double",
        "oneExampleGradients": "func oneExampleGradients(_ x: Tensor, _ y: Double, _ w: Tensor, _ b: Double) -> (dw: Tensor, db: Double)",
        "gradientsWithLoops": "func gradientsWithLoops(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)",
        "vectorizedGradients": "func vectorizedGradients(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)",
    ]
}
