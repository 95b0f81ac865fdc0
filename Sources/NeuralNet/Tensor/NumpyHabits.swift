// numpy spellings that Swift does not accept, each answered by the compiler with the Swift spelling
// (`unavailable` declarations: the type checker finds them at once and prints their message, instead of
// searching every overload of the operator and then failing without a hint).

// MARK: - An Int with a Double or a tensor

/// numpy's true division of two `Int`s, for where a `Double` is wanted: with `let m = X.shape[1]`,
/// `-1 / m * sum(…)` is `-(1.0 / 400) * sum(…)`, as in numpy.
///
/// Disfavoured: wherever an `Int` result fits (`m / 2` as an index), Swift's whole-number division is used.
@_disfavoredOverload
public func / (lhs: Int, rhs: Int) -> Double { Double(lhs) / Double(rhs) }


/// `Int * Double` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "an Int times a Double: convert the Int first, e.g. `let m = Double(X.shape[1])` (and with an Int m, `1 / m` is whole-number division: 0)")
public func * (lhs: Int, rhs: Double) -> Double { fatalError() }
/// `Double * Int` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "a Double times an Int: convert the Int first, e.g. `Double(m)`")
public func * (lhs: Double, rhs: Int) -> Double { fatalError() }
/// `Int / Double` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "an Int divided by a Double: convert the Int first, e.g. `let m = Double(X.shape[1])`")
public func / (lhs: Int, rhs: Double) -> Double { fatalError() }
/// `Double / Int` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "a Double divided by an Int: convert the Int first, e.g. `let m = Double(X.shape[1])`, then `1 / m`")
public func / (lhs: Double, rhs: Int) -> Double { fatalError() }
/// `Int * Tensor` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "an Int times a tensor: convert the Int first, e.g. `let m = Double(X.shape[1])` (and with an Int m, `1 / m` is whole-number division: 0)")
public func * (lhs: Int, rhs: Tensor) -> Tensor { fatalError() }
/// `Tensor * Int` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "a tensor times an Int: convert the Int first, e.g. `Double(m)`")
public func * (lhs: Tensor, rhs: Int) -> Tensor { fatalError() }
/// `Tensor / Int` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "a tensor divided by an Int: convert the Int first, e.g. `let m = Double(X.shape[1])`, then `dW / m`")
public func / (lhs: Tensor, rhs: Int) -> Tensor { fatalError() }
/// `Int / Tensor` is not Swift: convert the `Int` first.
@available(*, unavailable, message: "an Int divided by a tensor: convert the Int first, e.g. `Double(m)`")
public func / (lhs: Int, rhs: Tensor) -> Tensor { fatalError() }

// MARK: - Comparisons

/// numpy's `A > 0.5`: in Swift the elementwise comparison is `.>`.
@available(*, unavailable, message: "compare a tensor elementwise with `.>`: `A .> 0.5` gives 1.0 where it holds and 0.0 elsewhere")
public func > (lhs: Tensor, rhs: Double) -> Tensor { fatalError() }
/// numpy's `A < 0.5`: in Swift the elementwise comparison is `.<`.
@available(*, unavailable, message: "compare a tensor elementwise with `.<`: `A .< 0.5` gives 1.0 where it holds and 0.0 elsewhere")
public func < (lhs: Tensor, rhs: Double) -> Tensor { fatalError() }
/// numpy's `A >= 0.5`: in Swift the elementwise comparison is `.>=`.
@available(*, unavailable, message: "compare a tensor elementwise with `.>=`: `A .>= 0.5` gives 1.0 where it holds and 0.0 elsewhere")
public func >= (lhs: Tensor, rhs: Double) -> Tensor { fatalError() }
/// numpy's `A <= 0.5`: in Swift the elementwise comparison is `.<=`.
@available(*, unavailable, message: "compare a tensor elementwise with `.<=`: `A .<= 0.5` gives 1.0 where it holds and 0.0 elsewhere")
public func <= (lhs: Tensor, rhs: Double) -> Tensor { fatalError() }
/// numpy's `A > B`: in Swift the elementwise comparison is `.>`.
@available(*, unavailable, message: "compare tensors elementwise with `.>`: `A .> B` gives 1.0 where it holds and 0.0 elsewhere")
public func > (lhs: Tensor, rhs: Tensor) -> Tensor { fatalError() }
/// numpy's `A < B`: in Swift the elementwise comparison is `.<`.
@available(*, unavailable, message: "compare tensors elementwise with `.<`: `A .< B` gives 1.0 where it holds and 0.0 elsewhere")
public func < (lhs: Tensor, rhs: Tensor) -> Tensor { fatalError() }

// MARK: - Shapes

/// numpy's `M.shape == (2, 3)`: a shape is an array in Swift.
@available(*, unavailable, message: "a shape is an array of Int: write `M.shape == [2, 3]`")
public func == (lhs: [Int], rhs: (Int, Int)) -> Bool { fatalError() }
/// numpy's `M.shape == (2, 3, 4)`: a shape is an array in Swift.
@available(*, unavailable, message: "a shape is an array of Int: write `M.shape == [2, 3, 4]`")
public func == (lhs: [Int], rhs: (Int, Int, Int)) -> Bool { fatalError() }
/// numpy's `M.shape != (2, 3)`: a shape is an array in Swift.
@available(*, unavailable, message: "a shape is an array of Int: write `M.shape != [2, 3]`")
public func != (lhs: [Int], rhs: (Int, Int)) -> Bool { fatalError() }
