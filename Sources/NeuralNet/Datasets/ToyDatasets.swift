import Foundation

// Small 2-D classification datasets in the style of scikit-learn's `sklearn.datasets.make_*`
// functions, drawn from our numpy-compatible generator. They have the same shape and character as
// sklearn's (same formulas), but are NOT the same numbers: sklearn draws in a different order.
// All of them return the course's layout: `X` (2, m) with one example per column, `Y` (1, m) labels.

/// Splits `X` rows (m examples × 2 features, row-major `points`) into the course's column layout.
private func columns(_ points: [(Double, Double)], _ labels: [Double]) -> (X: Tensor, Y: Tensor) {
    (Tensor(shape: [2, points.count], scalars: points.map(\.0) + points.map(\.1)),
     Tensor(shape: [1, labels.count], scalars: labels))
}

/// Shuffles examples and labels with the same permutation.
private func shuffled(_ points: [(Double, Double)], _ labels: [Double], _ rng: RandomState)
    -> ([(Double, Double)], [Double]) {
    let order = rng.permutation(points.count)
    return (order.map { points[$0] }, order.map { labels[$0] })
}

/// Two interleaving half circles ("moons"), in the style of `sklearn.datasets.make_moons`.
///
///     let (X, Y) = makeMoons(200, noise: 0.2)   // X: (2, 200), Y: (1, 200) labels 0/1
///
/// - Parameters:
///   - count: number of points; the outer moon (label 0) gets `count / 2` rounded down, the inner one the rest.
///   - noise: standard deviation of Gaussian noise added to every coordinate (0 = perfect curves).
///   - shuffle: shuffle the examples (otherwise all label-0 points come first).
///   - rng: the generator to draw from; defaults to the global one that `seed(_:)` seeds.
public func makeMoons(_ count: Int = 100, noise: Double = 0, shuffle: Bool = true,
                      rng: RandomState = globalRandomState) -> (X: Tensor, Y: Tensor) {
    let outer = count / 2, inner = count - outer
    var points = linspaceValues(0, .pi, outer).map { (cos($0), sin($0)) }
    points += linspaceValues(0, .pi, inner).map { (1 - cos($0), 1 - sin($0) - 0.5) }
    var labels = [Double](repeating: 0, count: outer) + [Double](repeating: 1, count: inner)
    if shuffle { (points, labels) = shuffled(points, labels, rng) }
    if noise > 0 {
        let n = rng.normal(0, noise, size: [count, 2]).scalars
        points = points.enumerated().map { ($1.0 + n[2 * $0], $1.1 + n[2 * $0 + 1]) }
    }
    return columns(points, labels)
}

/// A small circle inside a large one, in the style of `sklearn.datasets.make_circles`.
///
///     let (X, Y) = makeCircles(200, factor: 0.5, noise: 0.3)
///
/// - Parameters:
///   - count: number of points; the outer circle (label 0) gets `count / 2` rounded down.
///   - factor: radius of the inner circle (label 1) relative to the outer one (radius 1).
///   - noise: standard deviation of Gaussian noise added to every coordinate.
///   - shuffle: shuffle the examples.
///   - rng: the generator to draw from; defaults to the global one.
public func makeCircles(_ count: Int = 100, factor: Double = 0.8, noise: Double = 0, shuffle: Bool = true,
                        rng: RandomState = globalRandomState) -> (X: Tensor, Y: Tensor) {
    precondition(factor >= 0 && factor < 1, "makeCircles: factor must be in [0, 1), got \(factor)")
    let outer = count / 2, inner = count - outer
    var points = linspaceValues(0, 2 * .pi, outer, endpoint: false).map { (cos($0), sin($0)) }
    points += linspaceValues(0, 2 * .pi, inner, endpoint: false).map { (cos($0) * factor, sin($0) * factor) }
    var labels = [Double](repeating: 0, count: outer) + [Double](repeating: 1, count: inner)
    if shuffle { (points, labels) = shuffled(points, labels, rng) }
    if noise > 0 {
        let n = rng.normal(0, noise, size: [count, 2]).scalars
        points = points.enumerated().map { ($1.0 + n[2 * $0], $1.1 + n[2 * $0 + 1]) }
    }
    return columns(points, labels)
}

/// Gaussian clusters ("blobs"), in the style of `sklearn.datasets.make_blobs` with 2 features.
///
///     let (X, Y) = makeBlobs(200, centers: 6)   // labels 0...5; the course uses Y % 2
///
/// - Parameters:
///   - count: number of points, split as evenly as possible between the clusters.
///   - centers: number of clusters; their centres are drawn uniformly in `centerBox` × `centerBox`.
///   - clusterStd: standard deviation of each cluster.
///   - centerBox: the range of centre coordinates, `(-10, 10)` as in sklearn.
///   - shuffle: shuffle the examples.
///   - rng: the generator to draw from; pass `RandomState(seed: 5)` for a repeatable set.
public func makeBlobs(_ count: Int = 100, centers: Int = 3, clusterStd: Double = 1,
                      centerBox: (Double, Double) = (-10, 10), shuffle: Bool = true,
                      rng: RandomState = globalRandomState) -> (X: Tensor, Y: Tensor) {
    precondition(centers > 0, "makeBlobs: need at least one center")
    let c = rng.uniform(centerBox.0, centerBox.1, size: [centers, 2]).scalars
    var points: [(Double, Double)] = [], labels: [Double] = []
    for k in 0..<centers {
        let size = count / centers + (k < count % centers ? 1 : 0)
        let n = rng.normal(0, clusterStd, size: [size, 2]).scalars
        for i in 0..<size { points.append((c[2 * k] + n[2 * i], c[2 * k + 1] + n[2 * i + 1])) }
        labels += [Double](repeating: Double(k), count: size)
    }
    if shuffle { (points, labels) = shuffled(points, labels, rng) }
    return columns(points, labels)
}

/// One Gaussian cloud split into classes by distance from its centre (nested rings of equal size),
/// in the style of `sklearn.datasets.make_gaussian_quantiles` with 2 features.
///
///     let (X, Y) = makeGaussianQuantiles(200, cov: 0.5, classes: 2)
///
/// - Parameters:
///   - count: number of points.
///   - mean: the centre of the cloud.
///   - cov: the variance of each coordinate (the covariance matrix is `cov · I`).
///   - classes: number of rings; the closest `count / classes` points get label 0, and so on.
///   - shuffle: shuffle the examples.
///   - rng: the generator to draw from; defaults to the global one.
public func makeGaussianQuantiles(_ count: Int = 100, mean: (Double, Double) = (0, 0), cov: Double = 1,
                                  classes: Int = 3, shuffle: Bool = true,
                                  rng: RandomState = globalRandomState) -> (X: Tensor, Y: Tensor) {
    precondition(classes > 0 && classes <= count, "makeGaussianQuantiles: need 1 ≤ classes ≤ count")
    let n = rng.normal(0, 1, size: [count, 2]).scalars
    let sd = cov.squareRoot()
    var points = (0..<count).map { (mean.0 + sd * n[2 * $0], mean.1 + sd * n[2 * $0 + 1]) }
    points.sort { a, b in
        let da = (a.0 - mean.0) * (a.0 - mean.0) + (a.1 - mean.1) * (a.1 - mean.1)
        let db = (b.0 - mean.0) * (b.0 - mean.0) + (b.1 - mean.1) * (b.1 - mean.1)
        return da < db
    }
    let perClass = count / classes
    var labels = (0..<count).map { Double(min($0 / max(perClass, 1), classes - 1)) }
    if shuffle { (points, labels) = shuffled(points, labels, rng) }
    return columns(points, labels)
}

/// Points with no relation to their labels: coordinates uniform in [0, 1)², labels 0/1 at random
/// (the course's `no_structure` dataset, a reminder that a network cannot learn noise).
public func makeNoStructure(_ count: Int = 100, rng: RandomState = globalRandomState) -> (X: Tensor, Y: Tensor) {
    let x = rng.rand(shape: [2, count])
    let y = rng.rand(shape: [1, count]).scalars.map { $0 < 0.5 ? 0.0 : 1.0 }
    return (x, Tensor(shape: [1, count], scalars: y))
}

/// The five extra datasets of the planar-classification assignment's last section
/// (`planar_utils.load_extra_datasets()`), 200 points each, in the course's (2, m) / (1, m) layout:
/// `"noisy_circles"` (factor 0.5, noise 0.3), `"noisy_moons"` (noise 0.2), `"blobs"` (6 centres drawn
/// with `RandomState(seed: 5)`, labels made binary with `% 2`), `"gaussian_quantiles"` (cov 0.5,
/// 2 classes) and `"no_structure"`. Same recipe as the course, not the same numbers as sklearn.
///
///     let datasets = loadExtraDatasets()
///     let (X, Y) = datasets["noisy_moons"]!
public func loadExtraDatasets() -> [String: (X: Tensor, Y: Tensor)] {
    let n = 200
    let blobs = makeBlobs(n, centers: 6, rng: RandomState(seed: 5))
    return [
        "noisy_circles": makeCircles(n, factor: 0.5, noise: 0.3),
        "noisy_moons": makeMoons(n, noise: 0.2),
        "blobs": (blobs.X, Tensor(shape: blobs.Y.shape, scalars: blobs.Y.scalars.map { Double(Int($0) % 2) })),
        "gaussian_quantiles": makeGaussianQuantiles(n, cov: 0.5, classes: 2),
        "no_structure": makeNoStructure(n),
    ]
}
