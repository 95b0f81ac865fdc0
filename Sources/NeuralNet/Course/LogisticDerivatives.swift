// The reference solutions of notebook 1b, "Derivatives and computation graphs": logistic regression's
// gradient for one example, then for m examples with for-loops, then vectorised. The three give the
// same numbers; the notebook times the last two against each other.

import Foundation

extension CourseReference {
    /// The gradient of the loss of one example: `a = σ(wᵀx + b)`, `dz = a − y`, `dw = x · dz`, `db = dz`.
    ///
    /// - Parameters:
    ///   - x: the example's features, shape `(n_x, 1)`.
    ///   - y: its label, 0 or 1.
    ///   - w: weights, shape `(n_x, 1)`.
    ///   - b: bias.
    /// - Returns: `dw` (shape `(n_x, 1)`) and `db`.
    package static func oneExampleGradients(_ x: Tensor, _ y: Double, _ w: Tensor, _ b: Double) -> (dw: Tensor, db: Double) {
        let z = Double(dot(w.T, x)) + b
        let a = 1 / (1 + Foundation.exp(-z))
        let dz = a - y
        return (x * dz, dz)
    }

    /// The cost and gradient of logistic regression over `m` examples, one example and one feature at a
    /// time (two nested for-loops): the course's "before vectorisation" version, kept for timing.
    ///
    /// - Parameters:
    ///   - w: weights, shape `(n_x, 1)`.
    ///   - b: bias.
    ///   - X: data, shape `(n_x, m)`, one example per column.
    ///   - Y: labels, shape `(1, m)`.
    package static func gradientsWithLoops(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor)
        -> (grads: LogisticGradients, cost: Double) {
        let n = X.shape[0], m = X.shape[1]
        var cost = 0.0, db = 0.0
        var dw = [Double](repeating: 0, count: n)
        for i in 0..<m {
            var z = b
            for j in 0..<n { z += w[j, 0] * X[j, i] }
            let a = 1 / (1 + Foundation.exp(-z))
            let y = Y[0, i]
            cost -= y * Foundation.log(a) + (1 - y) * Foundation.log(1 - a)
            let dz = a - y
            for j in 0..<n { dw[j] += X[j, i] * dz }
            db += dz
        }
        let scale = 1 / Double(m)
        return (LogisticGradients(dw: Tensor(shape: [n, 1], scalars: dw.map { $0 * scale }), db: db * scale),
                cost * scale)
    }

    /// The cost and gradient of logistic regression over `m` examples with whole-tensor operations:
    /// `A = σ(wᵀX + b)`, `dZ = A − Y`, `dw = X dZᵀ / m`, `db = Σ dZ / m`.
    ///
    /// - Parameters:
    ///   - w: weights, shape `(n_x, 1)`.
    ///   - b: bias.
    ///   - X: data, shape `(n_x, m)`, one example per column.
    ///   - Y: labels, shape `(1, m)`.
    package static func vectorizedGradients(_ w: Tensor, _ b: Double, _ X: Tensor, _ Y: Tensor)
        -> (grads: LogisticGradients, cost: Double) {
        let m = Double(X.shape[1])
        let A = 1 / (1 + exp(-(dot(w.T, X) + b)))
        let cost = -sum(Y * log(A) + (1 - Y) * log(1 - A)) / m
        let dZ = A - Y
        return (LogisticGradients(dw: dot(X, dZ.T) / m, db: sum(dZ) / m), cost)
    }
}
