// One more overload of every check, for a learner's function of another type than the exercise's: it
// fails the check with the signature to write, where the compiler would say "cannot convert value".

// Swift may pick this generic overload even for a function of the exercise's type (a function passed by name
// from another module ranks no better with the exercise's overload), so it checks the type at run time and
// hands a function of the right type on to the exercise's own overload.

import NeuralNet
import NotebookRuntime

/// `checkBasicSigmoid` for a `basicSigmoid` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func basicSigmoid(_ x: Double) -> Double`.
@_disfavoredOverload
public func checkBasicSigmoid<Function>(_ basicSigmoid: Function) {
    guard let basicSigmoid = basicSigmoid as? (Double) -> Double ?? (basicSigmoid as? @Sendable (Double) -> Double) else {
        return reportWrongSignature(of: basicSigmoid, exercise: "basicSigmoid",
                                    declaration: "func basicSigmoid(_ x: Double) -> Double")
    }
    (checkBasicSigmoid as (@escaping (Double) -> Double) -> Void)(basicSigmoid)
}

/// `checkSigmoid` for a `sigmoid` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func sigmoid(_ x: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkSigmoid<Function>(_ sigmoid: Function) {
    guard let sigmoid = sigmoid as? (Tensor) -> Tensor ?? (sigmoid as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: sigmoid, exercise: "sigmoid",
                                    declaration: "func sigmoid(_ x: Tensor) -> Tensor")
    }
    (checkSigmoid as (@escaping (Tensor) -> Tensor) -> Void)(sigmoid)
}

/// `checkSigmoidDerivative` for a `sigmoidDerivative` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func sigmoidDerivative(_ x: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkSigmoidDerivative<Function>(_ sigmoidDerivative: Function) {
    guard let sigmoidDerivative = sigmoidDerivative as? (Tensor) -> Tensor ?? (sigmoidDerivative as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: sigmoidDerivative, exercise: "sigmoidDerivative",
                                    declaration: "func sigmoidDerivative(_ x: Tensor) -> Tensor")
    }
    (checkSigmoidDerivative as (@escaping (Tensor) -> Tensor) -> Void)(sigmoidDerivative)
}

/// `checkImageToVector` for a `imageToVector` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func imageToVector(_ image: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkImageToVector<Function>(_ imageToVector: Function) {
    guard let imageToVector = imageToVector as? (Tensor) -> Tensor ?? (imageToVector as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: imageToVector, exercise: "imageToVector",
                                    declaration: "func imageToVector(_ image: Tensor) -> Tensor")
    }
    (checkImageToVector as (@escaping (Tensor) -> Tensor) -> Void)(imageToVector)
}

/// `checkNormalizeRows` for a `normalizeRows` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func normalizeRows(_ x: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkNormalizeRows<Function>(_ normalizeRows: Function) {
    guard let normalizeRows = normalizeRows as? (Tensor) -> Tensor ?? (normalizeRows as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: normalizeRows, exercise: "normalizeRows",
                                    declaration: "func normalizeRows(_ x: Tensor) -> Tensor")
    }
    (checkNormalizeRows as (@escaping (Tensor) -> Tensor) -> Void)(normalizeRows)
}

/// `checkCenterRows` for a `centerRows` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func centerRows(_ x: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkCenterRows<Function>(_ centerRows: Function) {
    guard let centerRows = centerRows as? (Tensor) -> Tensor ?? (centerRows as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: centerRows, exercise: "centerRows",
                                    declaration: "func centerRows(_ x: Tensor) -> Tensor")
    }
    (checkCenterRows as (@escaping (Tensor) -> Tensor) -> Void)(centerRows)
}

/// `checkSoftmax` for a `softmax` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func softmax(_ x: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkSoftmax<Function>(_ softmax: Function) {
    guard let softmax = softmax as? (Tensor) -> Tensor ?? (softmax as? @Sendable (Tensor) -> Tensor) else {
        return reportWrongSignature(of: softmax, exercise: "softmax",
                                    declaration: "func softmax(_ x: Tensor) -> Tensor")
    }
    (checkSoftmax as (@escaping (Tensor) -> Tensor) -> Void)(softmax)
}

/// `checkL1` for a `L1` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func L1(_ yhat: Tensor, _ y: Tensor) -> Double`.
@_disfavoredOverload
public func checkL1<Function>(_ L1: Function) {
    guard let L1 = L1 as? (Tensor, Tensor) -> Double ?? (L1 as? @Sendable (Tensor, Tensor) -> Double) else {
        return reportWrongSignature(of: L1, exercise: "L1",
                                    declaration: "func L1(_ yhat: Tensor, _ y: Tensor) -> Double")
    }
    (checkL1 as (@escaping (Tensor, Tensor) -> Double) -> Void)(L1)
}

/// `checkL2` for a `L2` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func L2(_ yhat: Tensor, _ y: Tensor) -> Double`.
@_disfavoredOverload
public func checkL2<Function>(_ L2: Function) {
    guard let L2 = L2 as? (Tensor, Tensor) -> Double ?? (L2 as? @Sendable (Tensor, Tensor) -> Double) else {
        return reportWrongSignature(of: L2, exercise: "L2",
                                    declaration: "func L2(_ yhat: Tensor, _ y: Tensor) -> Double")
    }
    (checkL2 as (@escaping (Tensor, Tensor) -> Double) -> Void)(L2)
}

/// `checkInitializeWithZeros` for a `initializeWithZeros` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func initializeWithZeros(_ dim: Int) -> (w: Tensor, b: Double)`.
@_disfavoredOverload
public func checkInitializeWithZeros<Function>(_ initializeWithZeros: Function) {
    guard let initializeWithZeros = initializeWithZeros as? (Int) -> (w: Tensor, b: Double) ?? (initializeWithZeros as? @Sendable (Int) -> (w: Tensor, b: Double)) else {
        return reportWrongSignature(of: initializeWithZeros, exercise: "initializeWithZeros",
                                    declaration: "func initializeWithZeros(_ dim: Int) -> (w: Tensor, b: Double)")
    }
    (checkInitializeWithZeros as (@escaping (Int) -> (w: Tensor, b: Double)) -> Void)(initializeWithZeros)
}

/// `checkPropagate` for a `propagate` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func propagate(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)`.
@_disfavoredOverload
public func checkPropagate<Function>(_ propagate: Function) {
    guard let propagate = propagate as? (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double) ?? (propagate as? @Sendable (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)) else {
        return reportWrongSignature(of: propagate, exercise: "propagate",
                                    declaration: "func propagate(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)")
    }
    (checkPropagate as (@escaping (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)) -> Void)(propagate)
}

/// `checkOptimize` for a `optimize` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func optimize(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor, numIterations: Int = 100, learningRate: Double = 0.009, printCost: Bool = false) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])`.
@_disfavoredOverload
public func checkOptimize<Function>(_ optimize: Function) {
    guard let optimize = optimize as? (Tensor, Double, Tensor, Tensor, Int, Double, Bool) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double]) ?? (optimize as? @Sendable (Tensor, Double, Tensor, Tensor, Int, Double, Bool) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])) else {
        return reportWrongSignature(of: optimize, exercise: "optimize",
                                    declaration: "func optimize(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor, numIterations: Int = 100, learningRate: Double = 0.009, printCost: Bool = false) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])")
    }
    (checkOptimize as (@escaping (Tensor, Double, Tensor, Tensor, Int, Double, Bool) -> (params: (w: Tensor, b: Double), grads: LogisticGradients, costs: [Double])) -> Void)(optimize)
}

/// `checkLogisticPredict` for a `predict` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func predict(_ w: Tensor, _ b: Double, _ X: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkLogisticPredict<Function>(_ predict: Function) {
    guard let predict = predict as? (Tensor, Double, Tensor) -> Tensor ?? (predict as? @Sendable (Tensor, Double, Tensor) -> Tensor) else {
        return reportWrongSignature(of: predict, exercise: "predict",
                                    declaration: "func predict(_ w: Tensor, _ b: Double, _ X: Tensor) -> Tensor")
    }
    (checkLogisticPredict as (@escaping (Tensor, Double, Tensor) -> Tensor) -> Void)(predict)
}

/// `checkModel` for a `model` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func model(_ XTrain: Tensor, _ YTrain: Tensor, _ XTest: Tensor, _ YTest: Tensor, numIterations: Int = 2000, learningRate: Double = 0.5, printCost: Bool = false) -> LogisticRegressionResult`.
@_disfavoredOverload
public func checkModel<Function>(_ model: Function) {
    guard let model = model as? (Tensor, Tensor, Tensor, Tensor, Int, Double, Bool) -> LogisticRegressionResult ?? (model as? @Sendable (Tensor, Tensor, Tensor, Tensor, Int, Double, Bool) -> LogisticRegressionResult) else {
        return reportWrongSignature(of: model, exercise: "model",
                                    declaration: "func model(_ XTrain: Tensor, _ YTrain: Tensor, _ XTest: Tensor, _ YTest: Tensor, numIterations: Int = 2000, learningRate: Double = 0.5, printCost: Bool = false) -> LogisticRegressionResult")
    }
    (checkModel as (@escaping (Tensor, Tensor, Tensor, Tensor, Int, Double, Bool) -> LogisticRegressionResult) -> Void)(model)
}

/// `checkLayerSizes` for a `layerSizes` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func layerSizes(_ X: Tensor, _ Y: Tensor) -> (nX: Int, nH: Int, nY: Int)`.
@_disfavoredOverload
public func checkLayerSizes<Function>(_ layerSizes: Function) {
    guard let layerSizes = layerSizes as? (Tensor, Tensor) -> (nX: Int, nH: Int, nY: Int) ?? (layerSizes as? @Sendable (Tensor, Tensor) -> (nX: Int, nH: Int, nY: Int)) else {
        return reportWrongSignature(of: layerSizes, exercise: "layerSizes",
                                    declaration: "func layerSizes(_ X: Tensor, _ Y: Tensor) -> (nX: Int, nH: Int, nY: Int)")
    }
    (checkLayerSizes as (@escaping (Tensor, Tensor) -> (nX: Int, nH: Int, nY: Int)) -> Void)(layerSizes)
}

/// `checkInitializeParameters` for a `initializeParameters` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> Parameters`.
@_disfavoredOverload
public func checkInitializeParameters<Function>(_ initializeParameters: Function) {
    guard let initializeParameters = initializeParameters as? (Int, Int, Int) -> Parameters ?? (initializeParameters as? @Sendable (Int, Int, Int) -> Parameters) else {
        return reportWrongSignature(of: initializeParameters, exercise: "initializeParameters",
                                    declaration: "func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> Parameters")
    }
    (checkInitializeParameters as (@escaping (Int, Int, Int) -> Parameters) -> Void)(initializeParameters)
}

/// `checkForwardPropagation` for a `forwardPropagation` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func forwardPropagation(_ X: Tensor, _ parameters: Parameters) -> (A2: Tensor, cache: [String: Tensor])`.
@_disfavoredOverload
public func checkForwardPropagation<Function>(_ forwardPropagation: Function) {
    guard let forwardPropagation = forwardPropagation as? (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor]) ?? (forwardPropagation as? @Sendable (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor])) else {
        return reportWrongSignature(of: forwardPropagation, exercise: "forwardPropagation",
                                    declaration: "func forwardPropagation(_ X: Tensor, _ parameters: Parameters) -> (A2: Tensor, cache: [String: Tensor])")
    }
    (checkForwardPropagation as (@escaping (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor])) -> Void)(forwardPropagation)
}

/// `checkComputeCost` for a `computeCost` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func computeCost(_ A2: Tensor, _ Y: Tensor) -> Double`.
@_disfavoredOverload
public func checkComputeCost<Function>(_ computeCost: Function) {
    guard let computeCost = computeCost as? (Tensor, Tensor) -> Double ?? (computeCost as? @Sendable (Tensor, Tensor) -> Double) else {
        return reportWrongSignature(of: computeCost, exercise: "computeCost",
                                    declaration: "func computeCost(_ A2: Tensor, _ Y: Tensor) -> Double")
    }
    (checkComputeCost as (@escaping (Tensor, Tensor) -> Double) -> Void)(computeCost)
}

/// `checkBackwardPropagation` for a `backwardPropagation` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func backwardPropagation(_ parameters: Parameters, _ cache: [String: Tensor], _ X: Tensor, _ Y: Tensor) -> Gradients`.
@_disfavoredOverload
public func checkBackwardPropagation<Function>(_ backwardPropagation: Function) {
    guard let backwardPropagation = backwardPropagation as? (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients ?? (backwardPropagation as? @Sendable (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients) else {
        return reportWrongSignature(of: backwardPropagation, exercise: "backwardPropagation",
                                    declaration: "func backwardPropagation(_ parameters: Parameters, _ cache: [String: Tensor], _ X: Tensor, _ Y: Tensor) -> Gradients")
    }
    (checkBackwardPropagation as (@escaping (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients) -> Void)(backwardPropagation)
}

/// `checkUpdateParameters` for a `updateParameters` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func updateParameters(_ parameters: Parameters, _ grads: Gradients, learningRate: Double = 1.2) -> Parameters`.
@_disfavoredOverload
public func checkUpdateParameters<Function>(_ updateParameters: Function) {
    guard let updateParameters = updateParameters as? (Parameters, Gradients, Double) -> Parameters ?? (updateParameters as? @Sendable (Parameters, Gradients, Double) -> Parameters) else {
        return reportWrongSignature(of: updateParameters, exercise: "updateParameters",
                                    declaration: "func updateParameters(_ parameters: Parameters, _ grads: Gradients, learningRate: Double = 1.2) -> Parameters")
    }
    (checkUpdateParameters as (@escaping (Parameters, Gradients, Double) -> Parameters) -> Void)(updateParameters)
}

/// `checkNnModel` for a `nnModel` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func nnModel(_ X: Tensor, _ Y: Tensor, nH: Int, numIterations: Int = 10000, printCost: Bool = false) -> Parameters`.
@_disfavoredOverload
public func checkNnModel<Function>(_ nnModel: Function) {
    guard let nnModel = nnModel as? (Tensor, Tensor, Int, Int, Bool) -> Parameters ?? (nnModel as? @Sendable (Tensor, Tensor, Int, Int, Bool) -> Parameters) else {
        return reportWrongSignature(of: nnModel, exercise: "nnModel",
                                    declaration: "func nnModel(_ X: Tensor, _ Y: Tensor, nH: Int, numIterations: Int = 10000, printCost: Bool = false) -> Parameters")
    }
    (checkNnModel as (@escaping (Tensor, Tensor, Int, Int, Bool) -> Parameters) -> Void)(nnModel)
}

/// `checkPredict` for a `predict` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func predict(_ parameters: Parameters, _ X: Tensor) -> Tensor`.
@_disfavoredOverload
public func checkPredict<Function>(_ predict: Function) {
    guard let predict = predict as? (Parameters, Tensor) -> Tensor ?? (predict as? @Sendable (Parameters, Tensor) -> Tensor) else {
        return reportWrongSignature(of: predict, exercise: "predict",
                                    declaration: "func predict(_ parameters: Parameters, _ X: Tensor) -> Tensor")
    }
    (checkPredict as (@escaping (Parameters, Tensor) -> Tensor) -> Void)(predict)
}

/// `checkInitializeParametersSeeded` for a `initializeParameters` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> Parameters`.
@_disfavoredOverload
public func checkInitializeParametersSeeded<Function>(_ initializeParameters: Function) {
    guard let initializeParameters = initializeParameters as? (Int, Int, Int) -> Parameters ?? (initializeParameters as? @Sendable (Int, Int, Int) -> Parameters) else {
        return reportWrongSignature(of: initializeParameters, exercise: "initializeParameters",
                                    declaration: "func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> Parameters")
    }
    (checkInitializeParametersSeeded as (@escaping (Int, Int, Int) -> Parameters) -> Void)(initializeParameters)
}

/// `checkInitializeParametersDeep` for a `initializeParametersDeep` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func initializeParametersDeep(_ layerDims: [Int]) -> Parameters`.
@_disfavoredOverload
public func checkInitializeParametersDeep<Function>(_ initializeParametersDeep: Function) {
    guard let initializeParametersDeep = initializeParametersDeep as? ([Int]) -> Parameters ?? (initializeParametersDeep as? @Sendable ([Int]) -> Parameters) else {
        return reportWrongSignature(of: initializeParametersDeep, exercise: "initializeParametersDeep",
                                    declaration: "func initializeParametersDeep(_ layerDims: [Int]) -> Parameters")
    }
    (checkInitializeParametersDeep as (@escaping ([Int]) -> Parameters) -> Void)(initializeParametersDeep)
}

/// `checkLinearForward` for a `linearForward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func linearForward(_ A: Tensor, _ W: Tensor, _ b: Tensor) -> (Z: Tensor, cache: LinearCache)`.
@_disfavoredOverload
public func checkLinearForward<Function>(_ linearForward: Function) {
    guard let linearForward = linearForward as? (Tensor, Tensor, Tensor) -> (Z: Tensor, cache: LinearCache) ?? (linearForward as? @Sendable (Tensor, Tensor, Tensor) -> (Z: Tensor, cache: LinearCache)) else {
        return reportWrongSignature(of: linearForward, exercise: "linearForward",
                                    declaration: "func linearForward(_ A: Tensor, _ W: Tensor, _ b: Tensor) -> (Z: Tensor, cache: LinearCache)")
    }
    (checkLinearForward as (@escaping (Tensor, Tensor, Tensor) -> (Z: Tensor, cache: LinearCache)) -> Void)(linearForward)
}

/// `checkLinearActivationForward` for a `linearActivationForward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func linearActivationForward(_ APrev: Tensor, _ W: Tensor, _ b: Tensor, activation: Activation) -> (A: Tensor, cache: LayerCache)`.
@_disfavoredOverload
public func checkLinearActivationForward<Function>(_ linearActivationForward: Function) {
    guard let linearActivationForward = linearActivationForward as? (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache) ?? (linearActivationForward as? @Sendable (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache)) else {
        return reportWrongSignature(of: linearActivationForward, exercise: "linearActivationForward",
                                    declaration: "func linearActivationForward(_ APrev: Tensor, _ W: Tensor, _ b: Tensor, activation: Activation) -> (A: Tensor, cache: LayerCache)")
    }
    (checkLinearActivationForward as (@escaping (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache)) -> Void)(linearActivationForward)
}

/// `checkLModelForward` for a `LModelForward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func LModelForward(_ X: Tensor, _ parameters: Parameters) -> (AL: Tensor, caches: [LayerCache])`.
@_disfavoredOverload
public func checkLModelForward<Function>(_ LModelForward: Function) {
    guard let LModelForward = LModelForward as? (Tensor, Parameters) -> (AL: Tensor, caches: [LayerCache]) ?? (LModelForward as? @Sendable (Tensor, Parameters) -> (AL: Tensor, caches: [LayerCache])) else {
        return reportWrongSignature(of: LModelForward, exercise: "LModelForward",
                                    declaration: "func LModelForward(_ X: Tensor, _ parameters: Parameters) -> (AL: Tensor, caches: [LayerCache])")
    }
    (checkLModelForward as (@escaping (Tensor, Parameters) -> (AL: Tensor, caches: [LayerCache])) -> Void)(LModelForward)
}

/// `checkComputeCostDeep` for a `computeCost` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func computeCost(_ AL: Tensor, _ Y: Tensor) -> Double`.
@_disfavoredOverload
public func checkComputeCostDeep<Function>(_ computeCost: Function) {
    guard let computeCost = computeCost as? (Tensor, Tensor) -> Double ?? (computeCost as? @Sendable (Tensor, Tensor) -> Double) else {
        return reportWrongSignature(of: computeCost, exercise: "computeCost",
                                    declaration: "func computeCost(_ AL: Tensor, _ Y: Tensor) -> Double")
    }
    (checkComputeCostDeep as (@escaping (Tensor, Tensor) -> Double) -> Void)(computeCost)
}

/// `checkLinearBackward` for a `linearBackward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func linearBackward(_ dZ: Tensor, _ cache: LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)`.
@_disfavoredOverload
public func checkLinearBackward<Function>(_ linearBackward: Function) {
    guard let linearBackward = linearBackward as? (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor) ?? (linearBackward as? @Sendable (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) else {
        return reportWrongSignature(of: linearBackward, exercise: "linearBackward",
                                    declaration: "func linearBackward(_ dZ: Tensor, _ cache: LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)")
    }
    (checkLinearBackward as (@escaping (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) -> Void)(linearBackward)
}

/// `checkLinearActivationBackward` for a `linearActivationBackward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func linearActivationBackward(_ dA: Tensor, _ cache: LayerCache, activation: Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)`.
@_disfavoredOverload
public func checkLinearActivationBackward<Function>(_ linearActivationBackward: Function) {
    guard let linearActivationBackward = linearActivationBackward as? (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor) ?? (linearActivationBackward as? @Sendable (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) else {
        return reportWrongSignature(of: linearActivationBackward, exercise: "linearActivationBackward",
                                    declaration: "func linearActivationBackward(_ dA: Tensor, _ cache: LayerCache, activation: Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)")
    }
    (checkLinearActivationBackward as (@escaping (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor)) -> Void)(linearActivationBackward)
}

/// `checkLModelBackward` for a `LModelBackward` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func LModelBackward(_ AL: Tensor, _ Y: Tensor, _ caches: [LayerCache]) -> Gradients`.
@_disfavoredOverload
public func checkLModelBackward<Function>(_ LModelBackward: Function) {
    guard let LModelBackward = LModelBackward as? (Tensor, Tensor, [LayerCache]) -> Gradients ?? (LModelBackward as? @Sendable (Tensor, Tensor, [LayerCache]) -> Gradients) else {
        return reportWrongSignature(of: LModelBackward, exercise: "LModelBackward",
                                    declaration: "func LModelBackward(_ AL: Tensor, _ Y: Tensor, _ caches: [LayerCache]) -> Gradients")
    }
    (checkLModelBackward as (@escaping (Tensor, Tensor, [LayerCache]) -> Gradients) -> Void)(LModelBackward)
}

/// `checkUpdateParametersDeep` for a `updateParameters` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func updateParameters(_ params: Parameters, _ grads: Gradients, learningRate: Double) -> Parameters`.
@_disfavoredOverload
public func checkUpdateParametersDeep<Function>(_ updateParameters: Function) {
    guard let updateParameters = updateParameters as? (Parameters, Gradients, Double) -> Parameters ?? (updateParameters as? @Sendable (Parameters, Gradients, Double) -> Parameters) else {
        return reportWrongSignature(of: updateParameters, exercise: "updateParameters",
                                    declaration: "func updateParameters(_ params: Parameters, _ grads: Gradients, learningRate: Double) -> Parameters")
    }
    (checkUpdateParametersDeep as (@escaping (Parameters, Gradients, Double) -> Parameters) -> Void)(updateParameters)
}

/// `checkTwoLayerModel` for a `twoLayerModel` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func twoLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: (Int, Int, Int), learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])`.
@_disfavoredOverload
public func checkTwoLayerModel<Function>(_ twoLayerModel: Function) {
    guard let twoLayerModel = twoLayerModel as? TwoLayerModelFunction ?? (twoLayerModel as? @Sendable (Tensor, Tensor, (Int, Int, Int), Double, Int, Bool) -> (parameters: Parameters, costs: [Double])) else {
        return reportWrongSignature(of: twoLayerModel, exercise: "twoLayerModel",
                                    declaration: "func twoLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: (Int, Int, Int), learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])")
    }
    (checkTwoLayerModel as (@escaping TwoLayerModelFunction) -> Void)(twoLayerModel)
}

/// `checkLLayerModel` for a `LLayerModel` passed by name: runs the check if it has the exercise's type, else fails giving the signature,
/// `func LLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: [Int], learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])`.
@_disfavoredOverload
public func checkLLayerModel<Function>(_ LLayerModel: Function) {
    guard let LLayerModel = LLayerModel as? LLayerModelFunction ?? (LLayerModel as? @Sendable (Tensor, Tensor, [Int], Double, Int, Bool) -> (parameters: Parameters, costs: [Double])) else {
        return reportWrongSignature(of: LLayerModel, exercise: "LLayerModel",
                                    declaration: "func LLayerModel(_ X: Tensor, _ Y: Tensor, layersDims: [Int], learningRate: Double = 0.0075, numIterations: Int = 3000, printCost: Bool = false) -> (parameters: Parameters, costs: [Double])")
    }
    (checkLLayerModel as (@escaping LLayerModelFunction) -> Void)(LLayerModel)
}

/// Fails the check of `exercise`: the learner's function has the type `Function`, not the exercise's.
func reportWrongSignature<Function>(of function: Function, exercise: String, declaration: String) {
    let message = "\(exercise) does not have the exercise's signature, so it cannot be checked: its type is "
        + "`\(Function.self)`, the exercise expects `\(declaration)`. Keep the stub's signature (argument labels, "
        + "types and result) and write only the body; then run its cell and this one."
    CheckReport(exercise: exercise, caseCount: 0, failures: [], notCheckable: message,
                uncompiledCell: _cellThatDidNotCompile(declaring: exercise)).publish()
}
