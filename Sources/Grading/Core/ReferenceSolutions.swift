// The course's reference solutions by exercise name, for the learner stubs (`yourCodeHere`).

import NeuralNet

/// A reference solution that takes its arguments packed in one value (a tuple, or the single argument)
/// and returns its result, or `nil` when the arguments are not of its types.
typealias PackedReference = @Sendable (Any) -> Any?

/// The reference solutions of every graded exercise, by exercise name; an exercise of two notebooks with
/// different signatures (`predict`) has one per signature.
enum ReferenceSolutions {
    static let byExercise: [String: [PackedReference]] = [
        // Notebook 1
        "basicSigmoid": [packed(CourseReference.basicSigmoid)],
        "sigmoid": [packed(sigmoid as (Tensor) -> Tensor)],
        "sigmoidDerivative": [packed(CourseReference.sigmoidDerivative)],
        "imageToVector": [packed(CourseReference.imageToVector)],
        "normalizeRows": [packed(CourseReference.normalizeRows)],
        "softmax": [packed(CourseReference.softmax)],
        "L1": [packed(CourseReference.L1)],
        "L2": [packed(CourseReference.L2)],
        "centerRows": [packed { (x: Tensor) in x - mean(x, axis: 1, keepdims: true) }],
        // Notebook 2
        "datasetSizes": [packed(CourseReference.datasetSizes)],
        "flattenImages": [packed(CourseReference.flattenImages)],
        "initializeWithZeros": [packed(CourseReference.initializeWithZeros)],
        "propagate": [packed(CourseReference.propagate)],
        "optimize": [packed(CourseReference.optimize)],
        "predict": [packed(CourseReference.predict as (Tensor, Double, Tensor) -> Tensor),
                    packed(CourseReference.predict as (Parameters, Tensor) -> Tensor)],
        "model": [packed(CourseReference.model)],
        // Notebook 3
        "layerSizes": [packed(CourseReference.layerSizes)],
        "initializeParameters": [packed { (nX: Int, nH: Int, nY: Int) in initializeParameters(nX, nH, nY) }],
        "forwardPropagation": [packed(CourseReference.forwardPropagation as (Tensor, Parameters) -> (A2: Tensor, cache: [String: Tensor]))],
        "computeCost": [packed(computeCost)],
        "backwardPropagation": [packed(CourseReference.backwardPropagation as (Parameters, [String: Tensor], Tensor, Tensor) -> Gradients)],
        "updateParameters": [packed(updateParameters)],
        "nnModel": [packed(CourseReference.nnModel)],
        // Notebook 4
        "initializeParametersDeep": [packed { (layerDims: [Int]) in initializeParametersDeep(layerDims) }],
        "linearForward": [packed(linearForward)],
        "linearActivationForward": [packed(linearActivationForward as (Tensor, Tensor, Tensor, Activation) -> (A: Tensor, cache: LayerCache))],
        "LModelForward": [packed(LModelForward)],
        "linearBackward": [packed(linearBackward as (Tensor, LinearCache) -> (dAPrev: Tensor, dW: Tensor, db: Tensor))],
        "linearActivationBackward": [packed(linearActivationBackward as (Tensor, LayerCache, Activation) -> (dAPrev: Tensor, dW: Tensor, db: Tensor))],
        "LModelBackward": [packed(LModelBackward as (Tensor, Tensor, [LayerCache]) -> Gradients)],
        // Notebook 5
        "twoLayerModel": [packed(CourseReference.twoLayerModel)],
        "LLayerModel": [packed(CourseReference.LLayerModel)],
        // Notebooks 0 and 1b
        "housePrice": [packed(CourseReference.housePrice)],
        "oneExampleGradients": [packed(CourseReference.oneExampleGradients)],
        "gradientsWithLoops": [packed(CourseReference.gradientsWithLoops)],
        "vectorizedGradients": [packed(CourseReference.vectorizedGradients)],
    ]

    private static func packed<A, R>(_ f: @escaping (A) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { ($0 as? A).map(f) }
    }

    private static func packed<A, B, R>(_ f: @escaping (A, B) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b) = $0 as? (A, B) else { return nil }; return f(a, b) }
    }

    private static func packed<A, B, C, R>(_ f: @escaping (A, B, C) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b, c) = $0 as? (A, B, C) else { return nil }; return f(a, b, c) }
    }

    private static func packed<A, B, C, D, R>(_ f: @escaping (A, B, C, D) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b, c, d) = $0 as? (A, B, C, D) else { return nil }; return f(a, b, c, d) }
    }

    private static func packed<A, B, C, D, E, R>(_ f: @escaping (A, B, C, D, E) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b, c, d, e) = $0 as? (A, B, C, D, E) else { return nil }; return f(a, b, c, d, e) }
    }

    private static func packed<A, B, C, D, E, F, R>(_ f: @escaping (A, B, C, D, E, F) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b, c, d, e, g) = $0 as? (A, B, C, D, E, F) else { return nil }; return f(a, b, c, d, e, g) }
    }

    private static func packed<A, B, C, D, E, F, G, R>(_ f: @escaping (A, B, C, D, E, F, G) -> R) -> PackedReference {
        nonisolated(unsafe) let f = f
        return { guard let (a, b, c, d, e, g, h) = $0 as? (A, B, C, D, E, F, G) else { return nil }
                 return f(a, b, c, d, e, g, h) }
    }
}
