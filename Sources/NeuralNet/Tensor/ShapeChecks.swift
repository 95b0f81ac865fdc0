// All shape error messages are built here so they read the same everywhere; the tests check them.

/// numpy's spelling of a shape: `(3, 4)`, `(3,)` for 1-D, `()` for 0-d.
func shapeString(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// The element count of `shape`; stops if an axis is negative.
func checkedSize(_ shape: [Int], _ op: String) -> Int {
    var n = 1
    for d in shape {
        if d < 0 { fatalError("\(op): negative dimensions are not allowed: \(shapeString(shape))") }
        n *= d
    }
    return n
}

/// The shape two operands broadcast to under numpy's rules, or nil if they are incompatible.
func broadcastShapes(_ a: [Int], _ b: [Int]) -> [Int]? {
    if a == b { return a }
    // A number or an all-ones shape of no more axes broadcasts to the other shape (no new array).
    if b.count <= a.count && b.allSatisfy({ $0 == 1 }) { return a }
    if a.count <= b.count && a.allSatisfy({ $0 == 1 }) { return b }
    let n = Swift.max(a.count, b.count)
    var out = [Int](repeating: 1, count: n)
    for i in 0..<n {
        let da = i < n - a.count ? 1 : a[i - (n - a.count)]
        let db = i < n - b.count ? 1 : b[i - (n - b.count)]
        if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else { return nil }
    }
    return out
}

/// "+: operands could not be broadcast together with shapes (3, 4) (5, 2)".
func broadcastErrorMessage(_ op: String, _ a: [Int], _ b: [Int]) -> String {
    "\(op): operands could not be broadcast together with shapes \(shapeString(a)) \(shapeString(b))"
}

/// The broadcast shape of two operands, or a stop with ``broadcastErrorMessage(_:_:_:)``.
func broadcastOrDie(_ op: String, _ a: [Int], _ b: [Int]) -> [Int] {
    guard let s = broadcastShapes(a, b) else { fatalError(broadcastErrorMessage(op, a, b)) }
    return s
}

/// "dot: shapes (3, 4) and (5, 2) not aligned: 4 (dim 1) != 5 (dim 0)".
func alignmentErrorMessage(_ op: String, _ a: [Int], _ b: [Int], dimA: Int, dimB: Int) -> String {
    "\(op): shapes \(shapeString(a)) and \(shapeString(b)) not aligned: \(a[dimA]) (dim \(dimA)) != \(b[dimB]) (dim \(dimB))"
}

/// "reshape: cannot reshape array of size 12 into shape (5, -1)".
func reshapeErrorMessage(_ size: Int, _ target: [Int]) -> String {
    "reshape: cannot reshape array of size \(size) into shape \(shapeString(target))"
}

/// "sum: axis 2 is out of bounds for array of dimension 2".
func axisErrorMessage(_ op: String, _ axis: Int, _ ndim: Int) -> String {
    "\(op): axis \(axis) is out of bounds for array of dimension \(ndim)"
}

/// `axis` made non-negative (numpy allows -1 for the last axis), or a stop naming the operation.
func normalizedAxis(_ axis: Int, _ ndim: Int, _ op: String) -> Int {
    let a = axis < 0 ? axis + ndim : axis
    if a < 0 || a >= ndim { fatalError(axisErrorMessage(op, axis, ndim)) }
    return a
}

/// "index 5 is out of bounds for axis 0 with size 3".
func indexErrorMessage(_ index: Int, axis: Int, size: Int) -> String {
    "index \(index) is out of bounds for axis \(axis) with size \(size)"
}

/// `index` made non-negative (negative counts from the end), or a stop.
func normalizedIndex(_ index: Int, axis: Int, size: Int) -> Int {
    let i = index < 0 ? index + size : index
    if i < 0 || i >= size { fatalError(indexErrorMessage(index, axis: axis, size: size)) }
    return i
}

/// The row-major strides (in elements) of a contiguous array of this shape.
func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var s = 1
    for i in stride(from: shape.count - 1, through: 0, by: -1) { strides[i] = s; s *= shape[i] }
    return strides
}
