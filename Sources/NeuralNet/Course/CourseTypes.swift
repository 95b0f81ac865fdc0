// The shared vocabulary of the course's building blocks: parameter and gradient dictionaries,
// the caches a forward pass hands to the backward pass, and the activation names.

/// A network's weights and biases, keyed like the course: `"W1"`, `"b1"`, `"W2"`, `"b2"`, …
///
/// `W[l]` has shape `(n[l], n[l-1])` and `b[l]` has shape `(n[l], 1)`. Read one with
/// `parameters["W1"]!`.
public typealias Parameters = [String: Tensor]

/// Gradients of the cost, keyed like the course: `"dW1"`, `"db1"`, …, and sometimes `"dA0"`, `"dZ1"`, ….
///
/// `grads["dW1"]!` always has the same shape as `parameters["W1"]!`.
public typealias Gradients = [String: Tensor]

/// What `linearForward` remembers for the backward pass: the inputs `A` (called `A_prev` in the
/// course), the weights `W` and the bias `b` of one layer.
///
/// `linearBackward` needs `A` to compute `dW`, and `W` to compute `dA_prev`.
public struct LinearCache {
    /// The activations that went *into* the layer, shape `(n[l-1], m)` (`A_prev` in the course).
    public var A: Tensor
    /// The layer's weight matrix, shape `(n[l], n[l-1])`.
    public var W: Tensor
    /// The layer's bias column, shape `(n[l], 1)`.
    public var b: Tensor

    /// Makes a linear cache from the layer's input `A`, weights `W` and bias `b`.
    public init(A: Tensor, W: Tensor, b: Tensor) {
        self.A = A
        self.W = W
        self.b = b
    }
}

/// What an activation function remembers for the backward pass: its input `Z`.
///
/// `sigmoidBackward` and `reluBackward` need `Z` to compute `dZ = dA * g'(Z)`.
public struct ActivationCache {
    /// The linear output `Z = W·A_prev + b` that the activation was applied to.
    public var Z: Tensor

    /// Makes an activation cache holding the pre-activation `Z`.
    public init(Z: Tensor) {
        self.Z = Z
    }
}

/// Everything one layer remembers from its forward pass: `(linear, activation)`, like the
/// course's `cache = (linear_cache, activation_cache)`.
///
/// Unpack it like the course does: `let (linearCache, activationCache) = cache`.
public typealias LayerCache = (linear: LinearCache, activation: ActivationCache)

/// Which non-linearity a layer applies after its linear step (`"sigmoid"` or `"relu"` in the course).
///
/// You can write `.relu` or the course's string `"relu"`.
public enum Activation: String, Sendable, ExpressibleByStringLiteral {
    /// `sigmoid(Z) = 1 / (1 + e^(−Z))`, squashes to (0, 1); used by the output layer.
    case sigmoid
    /// `relu(Z) = max(0, Z)`; used by the hidden layers.
    case relu
    /// `tanh(Z)`, squashes to (−1, 1); the hidden layer of the planar-data network.
    case tanh

    /// Lets you write the course's strings: `activation: "relu"`.
    public init(stringLiteral value: String) {
        guard let activation = Activation(rawValue: value) else {
            fatalError("Unknown activation \"\(value)\": use \"sigmoid\", \"relu\" or \"tanh\".")
        }
        self = activation
    }
}

// MARK: - Internal helpers (not part of the course API)

/// The number of examples `m`: the number of columns of a `(features, m)` tensor.
@inline(__always)
func exampleCount(_ t: Tensor) -> Int {
    precondition(t.shape.count == 2, "Expected a 2-D (features, examples) tensor, got shape \(t.shape)")
    return t.shape[1]
}

/// The sum of all entries as a Swift `Double`, in numpy's (pairwise) order.
@inline(__always)
func totalSum(_ t: Tensor) -> Double {
    t.sum()
}

/// The columns `indices` of a 2-D tensor, in that order (numpy's `X[:, indices]`).
func takeColumns(_ t: Tensor, _ indices: [Int]) -> Tensor {
    precondition(t.shape.count == 2, "takeColumns needs a 2-D tensor, got shape \(t.shape)")
    let rows = t.shape[0], cols = t.shape[1]
    let src = t.scalars
    var out = [Double](repeating: 0, count: rows * indices.count)
    for (j, c) in indices.enumerated() {
        precondition(c >= 0 && c < cols, "column \(c) out of range 0..<\(cols)")
        for r in 0..<rows { out[r * indices.count + j] = src[r * cols + c] }
    }
    return Tensor(shape: [rows, indices.count], scalars: out)
}

/// A tensor with the same shape as `t` holding `f` applied to every entry.
@inline(__always)
func mapScalars(_ t: Tensor, _ f: (Double) -> Double) -> Tensor {
    Tensor(shape: t.shape, scalars: t.scalars.map(f))
}

/// The number of layers `L` of a parameter dictionary holding `W1…WL` and `b1…bL`.
func layerCount(_ parameters: Parameters) -> Int {
    var L = 0
    while parameters["W\(L + 1)"] != nil { L += 1 }
    return L
}

/// `parameters[key]!` with a message a learner understands when the key is missing.
@inline(__always)
func lookup(_ dict: [String: Tensor], _ key: String, in what: String = "parameters") -> Tensor {
    guard let value = dict[key] else {
        fatalError("\(what) has no \"\(key)\" (keys: \(dict.keys.sorted()))")
    }
    return value
}

/// Seeds the shared numpy-compatible generator (a wrapper so functions with a `seed:` argument can
/// reach the global `seed(_:)`).
@inline(__always)
func reseed(_ value: Int) {
    NeuralNet.seed(value)
}

/// `randn(rows, cols)` from the shared numpy-compatible generator.
@inline(__always)
func standardNormal(_ rows: Int, _ cols: Int) -> Tensor {
    NeuralNet.randn(rows, cols)
}

/// `rand(rows, cols)` (uniform in [0, 1)) from the shared numpy-compatible generator.
@inline(__always)
func standardUniform(_ rows: Int, _ cols: Int) -> Tensor {
    NeuralNet.rand(rows, cols)
}

/// The Euclidean length `sqrt(Σ x²)` of all entries, as a `Double` (numpy's `np.linalg.norm` of a vector).
@inline(__always)
func euclideanNorm(_ t: Tensor) -> Double {
    t.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
}
