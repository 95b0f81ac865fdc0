// sum, mean, max, min, argmax, argmin, variance, std as methods; the free functions
// (`sum(a, axis: 1, keepdims: true)`) are concrete overloads in API+Double.swift / API+Float.swift.
//
// Without `axis` a reduction gives a Swift number (numpy gives a scalar too), so
// `let cost = -sum(Y * log(A)) / Double(m)` is a `Double`. With `axis` it gives an array.

extension NDArray {
    /// The sum of all elements, like `a.sum()`.
    public func sum() -> Scalar { reduceAll(.sum, self, "sum") }
    /// Sums along `axis`, like `a.sum(axis=1, keepdims=True)`.
    public func sum(axis: Int, keepdims: Bool = false) -> NDArray { reduceAxis(.sum, self, axis: axis, keepdims: keepdims, "sum") }
    /// The average of all elements, like `a.mean()`.
    public func mean() -> Scalar { reduceAll(.sum, self, "mean") / Scalar(size) }
    /// Averages along `axis`, like `a.mean(axis=0)`.
    public func mean(axis: Int, keepdims: Bool = false) -> NDArray {
        let ax = normalizedAxis(axis, ndim, "mean")
        return binaryOperation(.div, reduceAxis(.sum, self, axis: ax, keepdims: keepdims, "mean"), NDArray(Scalar(shape[ax])), "mean")
    }
    /// The largest element, like `a.max()`.
    public func max() -> Scalar { reduceAll(.max, self, "max") }
    /// The largest elements along `axis`, like `a.max(axis=0)`.
    public func max(axis: Int, keepdims: Bool = false) -> NDArray { reduceAxis(.max, self, axis: axis, keepdims: keepdims, "max") }
    /// The smallest element, like `a.min()`.
    public func min() -> Scalar { reduceAll(.min, self, "min") }
    /// The smallest elements along `axis`, like `a.min(axis=0)`.
    public func min(axis: Int, keepdims: Bool = false) -> NDArray { reduceAxis(.min, self, axis: axis, keepdims: keepdims, "min") }
    /// The flat position of the largest element, like `a.argmax()`.
    public func argmax() -> Int { argReduceAll(self, max: true) }
    /// The positions of the largest elements along `axis` (as numbers), like `a.argmax(axis=0)`.
    public func argmax(axis: Int, keepdims: Bool = false) -> NDArray { argReduceAxis(self, axis: axis, keepdims: keepdims, max: true) }
    /// The flat position of the smallest element, like `a.argmin()`.
    public func argmin() -> Int { argReduceAll(self, max: false) }
    /// The positions of the smallest elements along `axis` (as numbers), like `a.argmin(axis=0)`.
    public func argmin(axis: Int, keepdims: Bool = false) -> NDArray { argReduceAxis(self, axis: axis, keepdims: keepdims, max: false) }
    /// The standard deviation of all elements, like `a.std()`.
    public func std(ddof: Int = 0) -> Scalar { variance(ddof: ddof).squareRoot() }
    /// The standard deviation along `axis`, like `a.std(axis=0)`.
    public func std(axis: Int, keepdims: Bool = false, ddof: Int = 0) -> NDArray {
        unaryOperation(.sqrt, variance(axis: axis, keepdims: keepdims, ddof: ddof))
    }
    /// The variance of all elements, like `a.var()`.
    public func variance(ddof: Int = 0) -> Scalar {
        let d = binaryOperation(.sub, self, NDArray(mean()), "variance")
        return binaryOperation(.mul, d, d, "variance").sum() / Scalar(size - ddof)
    }
    /// The variance along `axis`, like `a.var(axis=0)`.
    public func variance(axis: Int, keepdims: Bool = false, ddof: Int = 0) -> NDArray {
        let ax = normalizedAxis(axis, ndim, "variance")
        let d = binaryOperation(.sub, self, mean(axis: ax, keepdims: true), "variance")
        let ss = binaryOperation(.mul, d, d, "variance").sum(axis: ax, keepdims: keepdims)
        return binaryOperation(.div, ss, NDArray(Scalar(shape[ax] - ddof)), "variance")
    }
}
