// The overloads for a function of another type than the exercise's (see WrongSignatures.swift) for the
// exercises of notebooks 0 and 1b.

import NeuralNet

/// `checkHousePrice` for a `housePrice` passed by name: runs the check if it has the exercise's type, else fails
/// giving the signature, `func housePrice(_ size: Double) -> Double`.
@_disfavoredOverload
public func checkHousePrice<Function>(_ housePrice: Function) {
    guard let housePrice = housePrice as? (Double) -> Double ?? (housePrice as? @Sendable (Double) -> Double) else {
        return reportWrongSignature(of: housePrice, exercise: "housePrice",
                                    declaration: ExerciseDeclarations.text(of: "housePrice"))
    }
    (checkHousePrice as (@escaping (Double) -> Double) -> Void)(housePrice)
}

/// `checkOneExampleGradients` for a `oneExampleGradients` passed by name: runs the check if it has the exercise's
/// type, else fails giving the signature, `func oneExampleGradients(_ x: Tensor, _ y: Double, _ w: Tensor, _ b: Double) -> (dw: Tensor, db: Double)`.
@_disfavoredOverload
public func checkOneExampleGradients<Function>(_ oneExampleGradients: Function) {
    typealias Exercise = (Tensor, Double, Tensor, Double) -> (dw: Tensor, db: Double)
    typealias SendableExercise = @Sendable (Tensor, Double, Tensor, Double) -> (dw: Tensor, db: Double)
    guard let function = oneExampleGradients as? Exercise ?? (oneExampleGradients as? SendableExercise) else {
        return reportWrongSignature(of: oneExampleGradients, exercise: "oneExampleGradients",
                                    declaration: ExerciseDeclarations.text(of: "oneExampleGradients"))
    }
    (checkOneExampleGradients as (@escaping Exercise) -> Void)(function)
}

/// `checkGradientsWithLoops` for a `gradientsWithLoops` passed by name: runs the check if it has the exercise's
/// type, else fails giving the signature, `func gradientsWithLoops(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)`.
@_disfavoredOverload
public func checkGradientsWithLoops<Function>(_ gradientsWithLoops: Function) {
    typealias Exercise = (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)
    typealias SendableExercise = @Sendable (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)
    guard let function = gradientsWithLoops as? Exercise ?? (gradientsWithLoops as? SendableExercise) else {
        return reportWrongSignature(of: gradientsWithLoops, exercise: "gradientsWithLoops",
                                    declaration: ExerciseDeclarations.text(of: "gradientsWithLoops"))
    }
    (checkGradientsWithLoops as (@escaping Exercise) -> Void)(function)
}

/// `checkVectorizedGradients` for a `vectorizedGradients` passed by name: runs the check if it has the exercise's
/// type, else fails giving the signature, `func vectorizedGradients(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor) -> (grads: LogisticGradients, cost: Double)`.
@_disfavoredOverload
public func checkVectorizedGradients<Function>(_ vectorizedGradients: Function) {
    typealias Exercise = (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)
    typealias SendableExercise = @Sendable (Tensor, Double, Tensor, Tensor) -> (grads: LogisticGradients, cost: Double)
    guard let function = vectorizedGradients as? Exercise ?? (vectorizedGradients as? SendableExercise) else {
        return reportWrongSignature(of: vectorizedGradients, exercise: "vectorizedGradients",
                                    declaration: ExerciseDeclarations.text(of: "vectorizedGradients"))
    }
    (checkVectorizedGradients as (@escaping Exercise) -> Void)(function)
}
