// The training step of [LINEAR → RELU or TANH] × (L − 1) → LINEAR → SIGMOID or SOFTMAX with the
// course's arithmetic (the same operations in the same order as `LModelForward`, `LModelBackward` and
// `updateParameters`, or for a tanh network as `nnModel`, so float64 results are bit for bit the
// building blocks'), in fewer passes over memory: the bias and the activation are applied in one pass
// over the fresh product, the output gradient is written in one pass (softmax, its cost and `AL − Y`
// together), the activation's derivative and the divisions by m in place, the parameters updated in
// place, and `dA0` is never computed. Fresh products come from the recycled buffers of BufferCache,
// so every iteration reuses the same memory. The one-pass loops are in DenseNetworkKernels.swift and
// DenseSoftmaxKernel.swift.

/// The activation of the hidden layers of a `DenseNetworkTrainer`.
package enum DenseHiddenActivation: Sendable {
    /// `max(Z, 0)`, the course's deep networks; backward `dA * (A > 0)`.
    case relu
    /// `tanh(Z)`, the course's planar network (C1 W3A1); backward `dA * (1 − A²)`.
    case tanh
}

/// The last layer of a `DenseNetworkTrainer`.
package enum DenseOutputLayer: Sendable {
    /// One unit per output with `sigmoid` and the binary cross-entropy, its gradient the deep
    /// networks' way: `dAL = −(Y/AL − (1 − Y)/(1 − AL))` through `sigmoidBackward`.
    case sigmoid
    /// `sigmoid` and the binary cross-entropy with the gradient simplified by hand, `dZ = A − Y`, as
    /// the planar network's `backward_propagation` writes it (other roundings than `.sigmoid`).
    case sigmoidSimplified
    /// A softmax over every column (shifted by the column maximum) with the categorical cross-entropy
    /// against one-hot labels.
    case softmax
}

/// Gradient descent on a dense network, one `step` per iteration, in float64 or float32.
package struct DenseNetworkTrainer<S: TensorScalar> {
    /// `W1 … WL`, updated in place by `step`.
    package private(set) var weights: [NDArray<S>]
    /// `b1 … bL`, updated in place by `step`.
    package private(set) var biases: [NDArray<S>]
    /// The activation of layers 1 … L − 1.
    package let hidden: DenseHiddenActivation
    /// The last layer's activation and cost.
    package let output: DenseOutputLayer

    /// A trainer starting from `weights` and `biases` (layer 1 first).
    package init(weights: [NDArray<S>], biases: [NDArray<S>], hidden: DenseHiddenActivation = .relu,
                 output: DenseOutputLayer) {
        precondition(weights.count == biases.count && !weights.isEmpty, "one bias per weight matrix")
        self.weights = weights
        self.biases = biases
        self.hidden = hidden
        self.output = output
    }

    /// One iteration: forward, cost, backward (without the gradient of the data), update.
    /// Returns the cost before the update, as the course's loops record it.
    @_specialize(where S == Double)
    @_specialize(where S == Float)
    package mutating func step(_ X: NDArray<S>, _ Y: NDArray<S>, learningRate: S) -> S {
        let L = weights.count
        let m = S(X.shape[1])
        var activations: [NDArray<S>] = []
        activations.reserveCapacity(L)
        for l in 0..<L {
            var Z = dotImpl(weights[l], l == 0 ? X : activations[l - 1])
            if l < L - 1 {
                DenseKernels.addBias(&Z, biases[l], then: hidden)
            } else if output != .softmax {
                DenseKernels.addBiasSigmoid(&Z, biases[l])
            }
            activations.append(Z)
        }
        let cost: S
        var dZ: NDArray<S>
        switch output {
        case .sigmoid:
            cost = DenseKernels.binaryCrossEntropy(activations[L - 1], Y)
            dZ = DenseKernels.sigmoidOutputGradient(activations[L - 1], Y)
        case .sigmoidSimplified:
            dZ = activations.removeLast()   // AL is not needed after the cost: dZ takes its buffer
            cost = DenseKernels.binaryCrossEntropy(dZ, Y)
            DenseKernels.subtractInPlace(&dZ, Y)
        case .softmax:
            var Z = activations.removeLast()
            cost = DenseKernels.softmaxCrossEntropyGradient(&Z, biases[L - 1], Y)
            dZ = Z
        }
        for l in stride(from: L - 1, through: 0, by: -1) {
            let APrev = l == 0 ? X : activations[l - 1]
            var dW = dotTransposing(dZ, transposeA: false, APrev, transposeB: true)   // dot(dZ, A_prev.T)
            DenseKernels.divideInPlace(&dW, m)
            var db = reduceAxis(.sum, dZ, axis: 1, keepdims: true, "sum")
            DenseKernels.divideInPlace(&db, m)
            if l > 0 {
                var dA = dotTransposing(weights[l], transposeA: true, dZ, transposeB: false)   // dot(W.T, dZ)
                DenseKernels.timesDerivativeInPlace(&dA, activations[l - 1], of: hidden)
                dZ = dA
            }
            DenseKernels.subtractScaled(&weights[l], learningRate, dW)
            DenseKernels.subtractScaled(&biases[l], learningRate, db)
        }
        return cost
    }
}

extension DenseNetworkTrainer {
    /// The cost of the current parameters on `(X, Y)`: a forward pass only.
    @_specialize(where S == Double)
    @_specialize(where S == Float)
    package func cost(_ X: NDArray<S>, _ Y: NDArray<S>) -> S {
        var A = X
        for l in weights.indices {
            var Z = dotImpl(weights[l], A)
            if l < weights.count - 1 {
                DenseKernels.addBias(&Z, biases[l], then: hidden)
            } else if output != .softmax {
                DenseKernels.addBiasSigmoid(&Z, biases[l])
                return DenseKernels.binaryCrossEntropy(Z, Y)
            } else {
                return DenseKernels.softmaxCrossEntropyGradient(&Z, biases[l], Y)
            }
            A = Z
        }
        fatalError("unreachable: the loop returns at the last layer")
    }
}

extension DenseNetworkTrainer where S == Double {
    /// A trainer starting from the course's dictionary of parameters `W1`, `b1`, …, `WL`, `bL`.
    package init(_ parameters: Parameters, layers: Int, hidden: DenseHiddenActivation = .relu,
                 output: DenseOutputLayer) {
        self.init(weights: (1...layers).map { lookup(parameters, "W\($0)") },
                  biases: (1...layers).map { lookup(parameters, "b\($0)") }, hidden: hidden, output: output)
    }

    /// The current parameters as the course's dictionary `W1`, `b1`, …, `WL`, `bL`.
    package var parameters: Parameters {
        var result: Parameters = [:]
        for l in weights.indices {
            result["W\(l + 1)"] = weights[l]
            result["b\(l + 1)"] = biases[l]
        }
        return result
    }
}
