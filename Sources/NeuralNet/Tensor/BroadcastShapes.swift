// numpy's `np.broadcast_shapes`: the broadcasting rule as a question that can be answered with an error
// instead of a stop, so a notebook can show what a mismatch says without ending the cell.

/// Shapes that do not broadcast together; its text is the one an operation on such tensors stops with.
public struct BroadcastError: Error, CustomStringConvertible {
    /// The shapes that were given.
    public let shapes: [[Int]]
    /// "operands could not be broadcast together with shapes (4,) (3,)".
    public var description: String {
        "operands could not be broadcast together with shapes " + shapes.map(shapeString).joined(separator: " ")
    }
}

/// The shape that tensors of these shapes broadcast to, like numpy's `np.broadcast_shapes`:
/// shapes are lined up at their last axis; two sizes fit when they are equal or one of them is 1
/// (a missing axis counts as 1), and the result takes the larger.
///
///     try broadcastShapes([4], [4, 1])        // [4, 4]
///     try broadcastShapes([2, 3], [3])        // [2, 3]
///     try broadcastShapes([4], [3])           // throws: operands could not be broadcast together with shapes (4,) (3,)
///
/// Disfavoured so that the library's own two-shape `broadcastShapes`, which answers `nil`, keeps its call sites.
@_disfavoredOverload
public func broadcastShapes(_ shapes: [Int]...) throws -> [Int] {
    var result: [Int] = []
    for shape in shapes {
        guard let combined = broadcastShapes(result, shape) else { throw BroadcastError(shapes: shapes) }
        result = combined
    }
    return result
}
