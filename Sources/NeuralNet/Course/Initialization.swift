// Ways to initialise the weights of an L-layer network (C1 W4A1/W4A2, C2 W1A1 "Initialization").

import Foundation

/// How `initializeParametersDeep` draws each weight matrix `W[l]` of shape `(n[l], n[l-1])`.
/// Biases always start at zero.
public enum WeightInitialization: Sendable {
    /// All weights 0. Every unit of a layer then computes the same thing and stays the same
    /// during training: it "fails to break symmetry".
    case zeros
    /// `randn(n[l], n[l-1]) · scale`. The step-by-step notebook uses `scale: 0.01`; the
    /// Initialization notebook shows what goes wrong with "large" weights, `scale: 10`.
    case random(scale: Double)
    /// He initialisation, `randn(n[l], n[l-1]) · sqrt(2 / n[l-1])`: recommended before ReLU layers.
    case he
    /// Xavier initialisation, `randn(n[l], n[l-1]) / sqrt(n[l-1])` (that is, `· sqrt(1 / n[l-1])`);
    /// the deep-network application notebook (W4A2) uses it. Suits tanh layers.
    case xavier
}

/// Initialises the weights and biases of an L-layer network.
///
/// For `l = 1 … L` (with `L = layerDims.count − 1`): `W[l]` has shape `(layerDims[l], layerDims[l-1])`,
/// drawn as `initialization` says (layer 1 first), and `b[l] = zeros(layerDims[l], 1)`.
///
/// The defaults are the step-by-step notebook's (C1 W4A1): seed 3 and `randn · 0.01`. The
/// application notebook (C1 W4A2) uses `initializeParametersDeep(layersDims, initialization: .xavier, seed: 1)`.
///
/// - Parameters:
///   - layerDims: the size of every layer, input layer first, e.g. `[12288, 20, 7, 5, 1]`.
///   - initialization: how to draw the weights.
///   - seed: seeds the random generator first; `nil` keeps the current random stream.
/// - Returns: `["W1", "b1", …, "WL", "bL"]`.
public func initializeParametersDeep(_ layerDims: [Int],
                                     initialization: WeightInitialization = .random(scale: 0.01),
                                     seed: Int? = 3) -> Parameters {
    LibraryCallLog.shared.record("initializeParametersDeep")
    precondition(layerDims.count >= 2, "layerDims needs at least an input and an output size")
    if let seed { reseed(seed) }
    var parameters: Parameters = [:]
    for l in 1..<layerDims.count {
        let n = layerDims[l], nPrev = layerDims[l - 1]
        let W: Tensor
        switch initialization {
        case .zeros: W = zeros(n, nPrev)
        case .random(let scale): W = standardNormal(n, nPrev) * scale
        case .he: W = standardNormal(n, nPrev) * Foundation.sqrt(2.0 / Double(nPrev))
        case .xavier: W = standardNormal(n, nPrev) / Foundation.sqrt(Double(nPrev))
        }
        parameters["W\(l)"] = W
        parameters["b\(l)"] = zeros(n, 1)
    }
    return parameters
}

/// All weights and biases zero (C2 W1A1, exercise 1). Try it to see why symmetry must be broken.
public func initializeParametersZeros(_ layersDims: [Int]) -> Parameters {
    initializeParametersDeep(layersDims, initialization: .zeros, seed: nil)
}

/// "Large" random weights, `randn · 10`, seeded with 3 (C2 W1A1, exercise 2): the cost starts
/// very high and training is slow.
public func initializeParametersRandom(_ layersDims: [Int]) -> Parameters {
    initializeParametersDeep(layersDims, initialization: .random(scale: 10), seed: 3)
}

/// He initialisation, `randn · sqrt(2 / n[l-1])`, seeded with 3 (C2 W1A1, exercise 3).
public func initializeParametersHe(_ layersDims: [Int]) -> Parameters {
    initializeParametersDeep(layersDims, initialization: .he, seed: 3)
}

/// Xavier initialisation, `randn · sqrt(1 / n[l-1])`, seeded with 3 (mentioned in C2 W1A1).
public func initializeParametersXavier(_ layersDims: [Int]) -> Parameters {
    initializeParametersDeep(layersDims, initialization: .xavier, seed: 3)
}
