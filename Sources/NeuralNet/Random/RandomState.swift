import Foundation

/// A numpy-compatible random generator you own: Swift's `np.random.RandomState(seed)`.
///
/// Given the same seed it produces **bit for bit** the numbers numpy's legacy generator produces
/// (`np.random.seed`, `np.random.randn`, `rand`, `permutation`, `randint`, `normal`, `uniform`), so the
/// course's seeded test values and initialisations come out identical.
///
///     let rng = RandomState(seed: 1)
///     rng.randn(2, 3)        // np.random.RandomState(1).randn(2, 3)
///     rng.permutation(10)    // same shuffle as numpy
///
/// Most notebook code uses the free functions (`seed(1)`, `randn(2, 3)`), which share one global
/// `RandomState` like `np.random.*` does. A `RandomState` is safe to share between threads
/// (every call takes a lock), but the numbers then depend on the order the threads draw in.
public final class RandomState: @unchecked Sendable {
    private var mt: MT19937
    /// The second value of the last polar-method pair, returned by the next Gaussian draw.
    private var cachedGaussian: Double?
    private let lock = NSLock()

    /// A generator seeded like `np.random.RandomState(seed)`; `seed` must be in `0..<2**32`, as in numpy.
    public init(seed: Int = 0) {
        mt = MT19937(seed: RandomState.checkedSeed(seed))
    }

    private static func checkedSeed(_ seed: Int) -> UInt32 {
        guard seed >= 0, seed <= Int(UInt32.max) else {
            fatalError("seed(\(seed)): the seed must be between 0 and 2**32 - 1, as in numpy")
        }
        return UInt32(seed)
    }

    /// Restarts the stream, like `np.random.seed(k)`: the same seed always gives the same numbers.
    /// Also forgets a cached Gaussian value, as numpy does.
    public func seed(_ k: Int) {
        let state = MT19937(seed: RandomState.checkedSeed(k))
        locked { mt = state; cachedGaussian = nil }
    }

    @inline(__always)
    private func locked<R>(_ body: () throws -> R) rethrows -> R {
        lock.lock(); defer { lock.unlock() }
        return try body()
    }

    // MARK: single draws (call with the lock held)

    @inline(__always)
    private func gaussian() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * mt.nextDouble() - 1.0
            x2 = 2.0 * mt.nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let f = (-2.0 * Foundation.log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// `count` values from `draw`, in order, under one lock.
    private func fill(_ shape: [Int], _ draw: () -> Double) -> Tensor {
        guard shape.allSatisfy({ $0 >= 0 }) else { fatalError("negative dimensions are not allowed: \(shape)") }
        let count = shape.reduce(1, *)
        var values = [Double]()
        values.reserveCapacity(count)
        locked { for _ in 0..<count { values.append(draw()) } }
        return Tensor(shape: shape, scalars: values)
    }

    // MARK: public API

    /// Standard normal samples (mean 0, variance 1) of the given shape, like `np.random.randn(d0, d1, ...)`.
    /// The array is filled row by row, so `randn(2, 3)` holds the next six normals. With no
    /// arguments you get a 0-d tensor (use `.item` for the number).
    public func randn(_ shape: Int...) -> Tensor { randn(shape: shape) }

    /// `randn` with the shape as an array: `randn(shape: [2, 3])`.
    public func randn(shape: [Int]) -> Tensor { fill(shape) { gaussian() } }

    /// Uniform samples in [0, 1) of the given shape, like `np.random.rand(d0, d1, ...)`
    /// (same numbers as `np.random.random_sample`).
    public func rand(_ shape: Int...) -> Tensor { rand(shape: shape) }

    /// `rand` with the shape as an array: `rand(shape: [2, 3])`.
    public func rand(shape: [Int]) -> Tensor { fill(shape) { mt.nextDouble() } }

    /// One standard normal number (numpy's `np.random.standard_normal()`).
    public func standardNormal() -> Double { locked { gaussian() } }

    /// One uniform number in [0, 1) (numpy's `np.random.random_sample()`).
    public func randomSample() -> Double { locked { mt.nextDouble() } }

    /// Normal samples with mean `loc` and standard deviation `scale`, like
    /// `np.random.normal(loc, scale, size)`: each value is `loc + scale * standard normal`.
    public func normal(_ loc: Double = 0, _ scale: Double = 1, size: [Int] = []) -> Tensor {
        fill(size) { loc + scale * gaussian() }
    }

    /// Uniform samples in [low, high), like `np.random.uniform(low, high, size)`:
    /// each value is `low + (high - low) * random_sample`.
    public func uniform(_ low: Double = 0, _ high: Double = 1, size: [Int] = []) -> Tensor {
        fill(size) { low + (high - low) * mt.nextDouble() }
    }

    /// Random integers in `low..<high` (high excluded), like `np.random.randint(low, high, size)`
    /// with numpy's default 64-bit integer type; the same numbers as numpy for the same seed.
    public func randint(_ low: Int, _ high: Int, size: Int) -> [Int] {
        guard high > low else { fatalError("randint(\(low), \(high)): low >= high") }
        let range = UInt64(bitPattern: Int64(high &- low &- 1))
        return locked { (0..<size).map { _ in low &+ Int(truncatingIfNeeded: mt.nextBounded(range)) } }
    }

    /// One random integer in `low..<high`, like `np.random.randint(low, high)`.
    public func randint(_ low: Int, _ high: Int) -> Int { randint(low, high, size: 1)[0] }

    /// Shuffles `array` in place, like `np.random.shuffle` on a 1-D array (Fisher–Yates from the end,
    /// numpy's exact order of draws).
    public func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        locked {
            for i in stride(from: array.count - 1, through: 1, by: -1) {
                let j = Int(mt.nextBounded(UInt64(i)))
                array.swapAt(i, j)
            }
        }
    }

    /// A random ordering of `0..<n`, like `np.random.permutation(n)` (bit-for-bit the same order).
    /// Use it to shuffle the columns of `X` and `Y` together, as `random_mini_batches` does.
    public func permutation(_ n: Int) -> [Int] {
        var result = Array(0..<max(n, 0))
        shuffle(&result)
        return result
    }
}
