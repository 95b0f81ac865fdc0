// C1 W2A1 "Python Basics with Numpy": reshaping, normalising and the L1/L2 losses.

extension CourseReference {
    /// Unrolls an image of shape `(length, height, depth)` into a column vector of shape
    /// `(length * height * depth, 1)` (the course's `image2vector`).
    ///
    /// The numbers keep their row-major order: first all the depth values of pixel (0, 0), then of
    /// pixel (0, 1), and so on — the same order as numpy's `image.reshape(-1, 1)`.
    package static func imageToVector(_ image: Tensor) -> Tensor {
        let count = image.shape.reduce(1, *)
        return image.reshape([count, 1])
    }
}

extension CourseReference {
    /// Divides every row of `x` by its length (L2 norm), so each row becomes a unit vector.
    ///
    /// `x` has shape `(n, k)`; the row norms `‖x_i‖ = sqrt(sum of x_ij²)` form an `(n, 1)` column that is
    /// broadcast across each row.
    ///
    ///     normalizeRows([[0, 3, 4], [1, 6, 4]])   // [[0, 0.6, 0.8], [0.13736056, 0.82416338, 0.54944226]]
    package static func normalizeRows(_ x: Tensor) -> Tensor {
        let xNorm = sqrt(sum(x * x, axis: 1, keepdims: true))
        return x / xNorm
    }
}

extension CourseReference {
    /// The L1 loss: the sum of absolute differences, `Σ |y − ŷ|`.
    ///
    /// - Parameters:
    ///   - yhat: the predicted labels ŷ.
    ///   - y: the true labels, same shape as `yhat`.
    ///
    ///     L1([0.9, 0.2, 0.1, 0.4, 0.9], [1, 0, 0, 1, 1])   // 1.1
    package static func L1(_ yhat: Tensor, _ y: Tensor) -> Double {
        totalSum(abs(y - yhat))
    }
}

extension CourseReference {
    /// The L2 loss: the sum of squared differences, `Σ (y − ŷ)²`.
    ///
    /// - Parameters:
    ///   - yhat: the predicted labels ŷ.
    ///   - y: the true labels, same shape as `yhat`.
    ///
    ///     L2([0.9, 0.2, 0.1, 0.4, 0.9], [1, 0, 0, 1, 1])   // 0.43
    package static func L2(_ yhat: Tensor, _ y: Tensor) -> Double {
        let diff = y - yhat
        return totalSum(diff * diff)
    }
}
