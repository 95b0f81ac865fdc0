// zeros, ones, full, eye, linspace, arange, zerosLike, onesLike, concatenate, stack.
//
// The free functions make `Tensor`s (float64, numpy's default); for float32 use the static
// versions, e.g. `NDArray<Float>.zeros(3, 4)`, or pass `dtype: Float.self`.

extension NDArray {
    /// An array of zeros, like `np.zeros((3, 4))`: `NDArray<Float>.zeros(3, 4)`.
    public static func zeros(_ shape: Int...) -> NDArray { NDArray(repeating: 0, shape: shape) }
    /// An array of zeros with the shape given as an array, like `np.zeros(w.shape)`.
    public static func zeros(_ shape: [Int]) -> NDArray { NDArray(repeating: 0, shape: shape) }
    /// An array of ones, like `np.ones((3, 4))`.
    public static func ones(_ shape: Int...) -> NDArray { NDArray(repeating: 1, shape: shape) }
    /// An array of ones with the shape given as an array.
    public static func ones(_ shape: [Int]) -> NDArray { NDArray(repeating: 1, shape: shape) }
    /// An array filled with `value`, like `np.full(shape, value)`.
    public static func full(_ shape: [Int], _ value: Scalar) -> NDArray { NDArray(repeating: value, shape: shape) }
    /// The `n × n` identity matrix, like `np.eye(n)`.
    public static func eye(_ n: Int) -> NDArray {
        var r = NDArray(repeating: 0, shape: [n, n])
        r.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i * n + i] = 1 } }
        return r
    }
    /// `num` evenly spaced numbers from `start` to `stop`, like `np.linspace(start, stop, num)`,
    /// computed exactly as numpy does (`i * step + start`, last element exactly `stop`).
    /// With `endpoint: false`, `stop` itself is left out.
    public static func linspace(_ start: Scalar, _ stop: Scalar, num: Int = 50, endpoint: Bool = true) -> NDArray {
        if num < 0 { fatalError("linspace: number of samples, \(num), must be non-negative") }
        var r = NDArray(repeating: 0, shape: [num])
        let div = endpoint ? num - 1 : num
        let delta = stop - start
        r.withUnsafeMutableBufferPointer { p in
            if div > 0 {
                let step = delta / Scalar(div)
                for i in 0..<num { p[i] = step == 0 ? Scalar(i) / Scalar(div) * delta + start : Scalar(i) * step + start }
            } else {
                for i in 0..<num { p[i] = Scalar(i) * delta + start }
            }
            if endpoint && num > 1 { p[num - 1] = stop }
        }
        return r
    }
    /// Numbers from `start` up to (not including) `stop` in steps of `step`, like
    /// `np.arange(start, stop, step)`.
    public static func arange(_ start: Scalar, _ stop: Scalar, _ step: Scalar = 1) -> NDArray {
        if step == 0 { fatalError("arange: step must not be zero") }
        let n = Swift.max(0, Int(((stop - start) / step).rounded(.up)))
        var r = NDArray(repeating: 0, shape: [n])
        let delta = (start + step) - start
        r.withUnsafeMutableBufferPointer { p in for i in 0..<n { p[i] = start + Scalar(i) * delta } }
        return r
    }
    /// `0, 1, …, stop - 1`, like `np.arange(stop)`.
    public static func arange(_ stop: Scalar) -> NDArray { arange(0, stop, 1) }
}

/// An array of zeros (float64), like `np.zeros((3, 1))`: `zeros(3, 1)`.
public func zeros(_ shape: Int...) -> Tensor { Tensor.zeros(shape) }
/// An array of zeros with the shape given as an array, like `np.zeros(w.shape)`: `zeros(w.shape)`.
public func zeros(_ shape: [Int]) -> Tensor { Tensor.zeros(shape) }
/// An array of zeros of another type: `zeros(3, 1, dtype: Float.self)`.
public func zeros<S: TensorScalar>(_ shape: Int..., dtype: S.Type) -> NDArray<S> { NDArray<S>.zeros(shape) }
/// An array of ones (float64), like `np.ones((2, 3))`: `ones(2, 3)`.
public func ones(_ shape: Int...) -> Tensor { Tensor.ones(shape) }
/// An array of ones with the shape given as an array.
public func ones(_ shape: [Int]) -> Tensor { Tensor.ones(shape) }
/// An array of ones of another type: `ones(2, 3, dtype: Float.self)`.
public func ones<S: TensorScalar>(_ shape: Int..., dtype: S.Type) -> NDArray<S> { NDArray<S>.ones(shape) }
/// An array filled with `value`, like `np.full((2, 3), 7.0)`: `full([2, 3], 7)`.
public func full(_ shape: [Int], _ value: Double) -> Tensor { Tensor.full(shape, value) }
/// The `n × n` identity matrix, like `np.eye(n)`.
public func eye(_ n: Int) -> Tensor { Tensor.eye(n) }
/// `num` evenly spaced numbers from `start` to `stop` inclusive, like `np.linspace(0, 1, num=5)`.
public func linspace(_ start: Double, _ stop: Double, num: Int = 50, endpoint: Bool = true) -> Tensor {
    Tensor.linspace(start, stop, num: num, endpoint: endpoint)
}
/// `0, 1, …, stop - 1` as float64, like `np.arange(stop)`.
public func arange(_ stop: Double) -> Tensor { Tensor.arange(stop) }
/// `start, start + step, …` up to (not including) `stop`, like `np.arange(start, stop, step)`.
public func arange(_ start: Double, _ stop: Double, _ step: Double = 1) -> Tensor { Tensor.arange(start, stop, step) }
/// Zeros with the shape (and type) of `a`, like `np.zeros_like(a)`.
public func zerosLike<S: TensorScalar>(_ a: NDArray<S>) -> NDArray<S> { NDArray(repeating: 0, shape: a.shape) }
/// Ones with the shape (and type) of `a`, like `np.ones_like(a)`.
public func onesLike<S: TensorScalar>(_ a: NDArray<S>) -> NDArray<S> { NDArray(repeating: 1, shape: a.shape) }
/// `value` everywhere, with the shape (and type) of `a`, like `np.full_like(a, value)`.
public func fullLike<S: TensorScalar>(_ a: NDArray<S>, _ value: S) -> NDArray<S> { NDArray(repeating: value, shape: a.shape) }

/// Joins arrays along an existing axis, like `np.concatenate([a, b], axis=0)`. All other axes
/// must match.
public func concatenate<S: TensorScalar>(_ arrays: [NDArray<S>], axis: Int = 0) -> NDArray<S> {
    guard let first = arrays.first else { fatalError("concatenate: need at least one array to concatenate") }
    if first.ndim == 0 { fatalError("concatenate: zero-dimensional arrays cannot be concatenated") }
    let ax = normalizedAxis(axis, first.ndim, "concatenate")
    var total = 0
    for (i, a) in arrays.enumerated() {
        var s1 = a.shape, s0 = first.shape
        if s1.count == s0.count { s1[ax] = 0; s0[ax] = 0 }
        if s1 != s0 {
            fatalError("concatenate: all the input array dimensions except for the concatenation axis must match exactly, but array 0 has shape \(shapeString(first.shape)) and array \(i) has shape \(shapeString(a.shape)) (axis \(axis))")
        }
        total += a.shape[ax]
    }
    var outShape = first.shape
    outShape[ax] = total
    let out = NDArray<S>(uninitializedShape: outShape)
    let outer = first.shape[..<ax].reduce(1, *), inner = first.shape[(ax + 1)...].reduce(1, *)
    let rowOut = total * inner
    var col = 0
    for a in arrays {
        let chunk = a.shape[ax] * inner
        a.withUnsafeBufferPointer { src in
            for o in 0..<outer where chunk > 0 {
                (out.storage.pointer + o * rowOut + col).update(from: src.baseAddress! + o * chunk, count: chunk)
            }
        }
        col += chunk
    }
    return out
}

/// Joins arrays of one shape along a new axis, like `np.stack([a, b], axis=0)`.
public func stack<S: TensorScalar>(_ arrays: [NDArray<S>], axis: Int = 0) -> NDArray<S> {
    guard let first = arrays.first else { fatalError("stack: need at least one array to stack") }
    for (i, a) in arrays.enumerated() where a.shape != first.shape {
        fatalError("stack: all input arrays must have the same shape, but array 0 has shape \(shapeString(first.shape)) and array \(i) has shape \(shapeString(a.shape))")
    }
    let ax = normalizedAxis(axis, first.ndim + 1, "stack")
    return concatenate(arrays.map { $0.expandDims(axis: ax) }, axis: ax)
}

/// Stacks arrays vertically (rows after rows), like `np.vstack`; 1-D arrays become rows.
public func vstack<S: TensorScalar>(_ arrays: [NDArray<S>]) -> NDArray<S> {
    concatenate(arrays.map { $0.ndim == 1 ? $0.reshape(1, -1) : $0 }, axis: 0)
}
/// Stacks arrays horizontally (columns after columns), like `np.hstack`; 1-D arrays are joined end to end.
public func hstack<S: TensorScalar>(_ arrays: [NDArray<S>]) -> NDArray<S> {
    concatenate(arrays, axis: arrays.first?.ndim == 1 ? 0 : 1)
}
