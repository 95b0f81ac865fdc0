/// The generator behind the free functions `seed`, `randn`, `rand`, ... — numpy's hidden global
/// `np.random` state. Seed it with `seed(_:)`; make your own with `RandomState(seed:)`.
public let globalRandomState = RandomState(seed: 0)

/// Seeds the global generator, like `np.random.seed(k)`; `k` must be in `0..<2**32`.
/// After `seed(1)`, `randn(6)` gives numpy's 1.62434536, -0.61175641, -0.52817175, ...
public func seed(_ k: Int) { globalRandomState.seed(k) }

/// Standard normal samples of the given shape from the global generator, like `np.random.randn(2, 3)`.
/// Bit-for-bit numpy's values for the same seed and the same sequence of calls.
public func randn(_ shape: Int...) -> Tensor { globalRandomState.randn(shape: shape) }

/// `randn` with the shape as an array: `randn(shape: X.shape)`.
public func randn(shape: [Int]) -> Tensor { globalRandomState.randn(shape: shape) }

/// Uniform samples in [0, 1) of the given shape from the global generator, like `np.random.rand(2, 3)`.
public func rand(_ shape: Int...) -> Tensor { globalRandomState.rand(shape: shape) }

/// `rand` with the shape as an array: `rand(shape: A.shape)` (the dropout mask in the course).
public func rand(shape: [Int]) -> Tensor { globalRandomState.rand(shape: shape) }

/// A random ordering of `0..<n` from the global generator, like `np.random.permutation(n)`.
public func permutation(_ n: Int) -> [Int] { globalRandomState.permutation(n) }

/// Shuffles an array in place with the global generator, like `np.random.shuffle(a)` for a 1-D array.
public func shuffle<T>(_ array: inout [T]) { globalRandomState.shuffle(&array) }

/// Random integers in `low..<high` from the global generator, like `np.random.randint(low, high, size)`.
public func randint(_ low: Int, _ high: Int, size: Int) -> [Int] { globalRandomState.randint(low, high, size: size) }

/// One random integer in `low..<high`, like `np.random.randint(low, high)`.
public func randint(_ low: Int, _ high: Int) -> Int { globalRandomState.randint(low, high) }

/// Normal samples with mean `loc` and standard deviation `scale`, like `np.random.normal(loc, scale, size)`.
public func normal(_ loc: Double = 0, _ scale: Double = 1, size: [Int] = []) -> Tensor {
    globalRandomState.normal(loc, scale, size: size)
}

/// Uniform samples in [low, high), like `np.random.uniform(low, high, size)`.
public func uniform(_ low: Double = 0, _ high: Double = 1, size: [Int] = []) -> Tensor {
    globalRandomState.uniform(low, high, size: size)
}
