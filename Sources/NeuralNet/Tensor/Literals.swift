// Array literals of any depth: `let a: Tensor = [[1, 2], [3, 4]]`.
//
// The literal elements are `TensorLiteral`s rather than arrays, so a bare number such as the `1`
// in `1 - Y` is always a plain `Double`: no ambiguity between "number" and "0-d array" for the
// type checker, which keeps formulas fast to compile.

/// One element of an array literal: a number or a nested list. You never name this type; it is
/// what lets `[[1, 2], [3, 4]]` become an ``NDArray``.
public struct TensorLiteral<Scalar: TensorScalar>: ExpressibleByArrayLiteral, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral {
    /// Row-major elements of this (sub)list.
    var scalars: [Scalar]
    /// The shape of this (sub)list (`[]` for a number).
    var shape: [Int]

    /// A number in an array literal.
    public init(floatLiteral value: Double) { scalars = [Scalar(value)]; shape = [] }
    /// A whole number in an array literal.
    public init(integerLiteral value: Int) { scalars = [Scalar(value)]; shape = [] }
    /// A nested list in an array literal; all its elements must have the same shape.
    public init(arrayLiteral elements: TensorLiteral...) { self = TensorLiteral.joined(elements) }

    static func joined(_ elements: [TensorLiteral]) -> TensorLiteral {
        var r = TensorLiteral(integerLiteral: 0)
        guard let first = elements.first else { r.scalars = []; r.shape = [0]; return r }
        for (i, e) in elements.enumerated() where e.shape != first.shape {
            fatalError("array literal: element \(i) has shape \(shapeString(e.shape)) but element 0 has shape \(shapeString(first.shape)); all rows must have the same length")
        }
        r.scalars = elements.flatMap(\.scalars)
        r.shape = [elements.count] + first.shape
        return r
    }
}

extension NDArray: ExpressibleByArrayLiteral {
    /// An array from a nested literal, like `np.array([[1, 2], [3, 4]])`:
    /// `let a: Tensor = [[1, 2], [3, 4]]` has shape `[2, 2]`. Nesting can be any depth; all
    /// sub-lists at the same depth must have the same length. `[]` gives an empty 1-D array.
    /// (A single number is `Tensor(0.5)`.)
    public init(arrayLiteral elements: TensorLiteral<Scalar>...) {
        let lit = TensorLiteral.joined(elements)
        self.init(shape: lit.shape, scalars: lit.scalars)
    }
}
