// The elementwise engine: one strided loop nest with numpy broadcasting, specialised for Double and
// Float, with the operation chosen once per call (no per-element closures).

/// A binary elementwise operation, applied inside the loops after specialisation.
protocol BinaryKernel { static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S }
/// A unary elementwise operation.
protocol UnaryKernel { static func apply<S: TensorScalar>(_ x: S) -> S }

enum AddK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a + b } }
enum SubK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a - b } }
enum MulK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a * b } }
enum DivK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a / b } }
enum PowK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { S._pow(a, b) } }
/// numpy `maximum`: NaN in either operand gives NaN.
enum MaxK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { (a >= b || a.isNaN) ? a : b } }
enum MinK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { (a <= b || a.isNaN) ? a : b } }
enum GtK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a > b ? 1 : 0 } }
enum LtK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a < b ? 1 : 0 } }
enum GeK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a >= b ? 1 : 0 } }
enum LeK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a <= b ? 1 : 0 } }
enum EqK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a == b ? 1 : 0 } }
enum NeK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { a != b ? 1 : 0 } }
enum AndK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { (a != 0 && b != 0) ? 1 : 0 } }
enum RightK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { b } }
enum OrK: BinaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ a: S, _ b: S) -> S { (a != 0 || b != 0) ? 1 : 0 } }

enum NegK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { -x } }
enum ExpK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { S._exp(x) } }
enum LogK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { S._log(x) } }
enum Log1pK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { S._log1p(x) } }
enum SqrtK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { x.squareRoot() } }
enum AbsK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { Swift.abs(x) } }
enum TanhK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { S._tanh(x) } }
enum SquareK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { x * x } }
enum ReciprocalK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { 1 / x } }
enum SignK: UnaryKernel {
    @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { x > 0 ? 1 : (x < 0 ? -1 : x) }
}
enum NotK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { x == 0 ? 1 : 0 } }
enum OnesK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { 1 } }
enum IdentityK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { x } }
enum SigmoidK: UnaryKernel { @inline(__always) static func apply<S: TensorScalar>(_ x: S) -> S { 1 / (1 + S._exp(-x)) } }

/// Which binary operation to run; the switch happens once per call.
enum BinaryOp { case add, sub, mul, div, pow, maximum, minimum, gt, lt, ge, le, eq, ne, and, or, right }
/// Which unary operation to run.
enum UnaryOp { case neg, exp, log, log1p, sqrt, abs, tanh, square, reciprocal, sign, not, ones, identity, sigmoid }

/// The innermost loop: `L` elements with operand strides of 0 or 1.
@inline(__always)
private func innerLoop<S: TensorScalar, K: BinaryKernel>(_: K.Type, _ n: Int, _ a: UnsafePointer<S>, _ sa: Int,
                                                         _ b: UnsafePointer<S>, _ sb: Int, _ o: UnsafeMutablePointer<S>) {
    if sa == 1 && sb == 1 {
        for i in 0..<n { o[i] = K.apply(a[i], b[i]) }
    } else if sa == 1 && sb == 0 {
        let y = b[0]
        for i in 0..<n { o[i] = K.apply(a[i], y) }
    } else if sa == 0 && sb == 1 {
        let x = a[0]
        for i in 0..<n { o[i] = K.apply(x, b[i]) }
    } else if sa == 0 && sb == 0 {
        let v = K.apply(a[0], b[0])
        for i in 0..<n { o[i] = v }
    } else {
        for i in 0..<n { o[i] = K.apply(a[i * sa], b[i * sb]) }
    }
}

/// Whether `shape` is a column `(rows, 1)` (true) or a row `(1, cols)` / `(cols,)` (false) of a
/// `rows × cols` matrix; nil for anything else.
@inline(__always)
private func vectorAlongMatrix(_ shape: [Int], _ rows: Int, _ cols: Int) -> Bool? {
    if shape.count == 2 && shape[0] == rows && shape[1] == 1 { return true }
    if (shape.count == 2 && shape[0] == 1 && shape[1] == cols) || (shape.count == 1 && shape[0] == cols) {
        return false
    }
    return nil
}

/// out = K(a, b) over `outShape`, broadcasting `a` and `b` (both contiguous, row-major).
/// `out` may be the same buffer as `a` or `b` when that operand already has the output shape.
@inline(__always)
private func broadcastLoop<S: TensorScalar, K: BinaryKernel>(_ k: K.Type, _ a: UnsafePointer<S>, _ aShape: [Int],
                                                             _ b: UnsafePointer<S>, _ bShape: [Int],
                                                             _ out: UnsafeMutablePointer<S>, _ outShape: [Int]) {
    // The shapes of a training loop, without building stride tables: equal shapes, a single number
    // on one side, and a matrix with a column or a row (`Z + b`, `A / sum(A, axis: 0, keepdims: true)`).
    // Large arrays are cut into parts for ElementwiseThreads.count threads (ParallelLoops.swift).
    if aShape == bShape {
        forEachPart(outShape.reduce(1, *)) { r in
            innerLoop(k, r.count, a + r.lowerBound, 1, b + r.lowerBound, 1, out + r.lowerBound)
        }
        return
    }
    let aCount = aShape.reduce(1, *), bCount = bShape.reduce(1, *)
    if bCount == 1 && aShape == outShape {
        forEachPart(aCount) { r in innerLoop(k, r.count, a + r.lowerBound, 1, b, 0, out + r.lowerBound) }
        return
    }
    if aCount == 1 && bShape == outShape {
        forEachPart(bCount) { r in innerLoop(k, r.count, a, 0, b + r.lowerBound, 1, out + r.lowerBound) }
        return
    }
    if outShape.count == 2 {
        let rows = outShape[0], cols = outShape[1]
        if aShape == outShape, let column = vectorAlongMatrix(bShape, rows, cols) {
            forEachPart(rows, weight: cols) { part in
                for r in part {
                    innerLoop(k, cols, a + r * cols, 1, column ? b + r : b, column ? 0 : 1, out + r * cols)
                }
            }
            return
        }
        if bShape == outShape, let column = vectorAlongMatrix(aShape, rows, cols) {
            forEachPart(rows, weight: cols) { part in
                for r in part {
                    innerLoop(k, cols, column ? a + r : a, column ? 0 : 1, b + r * cols, 1, out + r * cols)
                }
            }
            return
        }
    }
    let n = outShape.count
    let aStr = contiguousStrides(aShape), bStr = contiguousStrides(bShape)
    var dims: [Int] = [], sas: [Int] = [], sbs: [Int] = []
    dims.reserveCapacity(n); sas.reserveCapacity(n); sbs.reserveCapacity(n)
    for i in 0..<n where outShape[i] != 1 {
        let ia = i - (n - aShape.count), ib = i - (n - bShape.count)
        let sa = (ia >= 0 && aShape[ia] != 1) ? aStr[ia] : 0
        let sb = (ib >= 0 && bShape[ib] != 1) ? bStr[ib] : 0
        if let last = dims.last, sas.last! == sa * outShape[i], sbs.last! == sb * outShape[i] {
            dims[dims.count - 1] = last * outShape[i]
            sas[sas.count - 1] = sa; sbs[sbs.count - 1] = sb
        } else {
            dims.append(outShape[i]); sas.append(sa); sbs.append(sb)
        }
    }
    guard let inner = dims.last else { out[0] = K.apply(a[0], b[0]); return }
    let sa = sas.last!, sb = sbs.last!
    let outer = dims.count - 1
    if outer == 0 { innerLoop(k, inner, a, sa, b, sb, out); return }
    var total = 1
    for d in 0..<outer { total *= dims[d] }
    var idx = [Int](repeating: 0, count: outer)
    var offA = 0, offB = 0, offO = 0
    for _ in 0..<total {
        innerLoop(k, inner, a + offA, sa, b + offB, sb, out + offO)
        offO += inner
        var d = outer - 1
        while d >= 0 {
            idx[d] += 1; offA += sas[d]; offB += sbs[d]
            if idx[d] < dims[d] { break }
            offA -= sas[d] * dims[d]; offB -= sbs[d] * dims[d]; idx[d] = 0
            d -= 1
        }
    }
}

@inline(__always)
private func dispatchBinary<S: TensorScalar>(_ op: BinaryOp, _ a: UnsafePointer<S>, _ aShape: [Int],
                                             _ b: UnsafePointer<S>, _ bShape: [Int],
                                             _ o: UnsafeMutablePointer<S>, _ oShape: [Int]) {
    switch op {
    case .add: broadcastLoop(AddK.self, a, aShape, b, bShape, o, oShape)
    case .sub: broadcastLoop(SubK.self, a, aShape, b, bShape, o, oShape)
    case .mul: broadcastLoop(MulK.self, a, aShape, b, bShape, o, oShape)
    case .div: broadcastLoop(DivK.self, a, aShape, b, bShape, o, oShape)
    case .pow: broadcastLoop(PowK.self, a, aShape, b, bShape, o, oShape)
    case .maximum: broadcastLoop(MaxK.self, a, aShape, b, bShape, o, oShape)
    case .minimum: broadcastLoop(MinK.self, a, aShape, b, bShape, o, oShape)
    case .gt: broadcastLoop(GtK.self, a, aShape, b, bShape, o, oShape)
    case .lt: broadcastLoop(LtK.self, a, aShape, b, bShape, o, oShape)
    case .ge: broadcastLoop(GeK.self, a, aShape, b, bShape, o, oShape)
    case .le: broadcastLoop(LeK.self, a, aShape, b, bShape, o, oShape)
    case .eq: broadcastLoop(EqK.self, a, aShape, b, bShape, o, oShape)
    case .ne: broadcastLoop(NeK.self, a, aShape, b, bShape, o, oShape)
    case .and: broadcastLoop(AndK.self, a, aShape, b, bShape, o, oShape)
    case .or: broadcastLoop(OrK.self, a, aShape, b, bShape, o, oShape)
    case .right: broadcastLoop(RightK.self, a, aShape, b, bShape, o, oShape)
    }
}

/// `op(a, b)` with numpy broadcasting. Reuses the buffer of an operand that nobody else holds and
/// already has the result's shape, so temporaries in `W • X + b` are not reallocated.
@_specialize(where S == Double)
@_specialize(where S == Float)
func binaryOperation<S: TensorScalar>(_ op: BinaryOp, _ a: consuming NDArray<S>, _ b: consuming NDArray<S>,
                                      _ name: String) -> NDArray<S> {
    let outShape = broadcastOrDie(name, a.shape, b.shape)
    var out: NDArray<S>
    if a.shape == outShape && a.isUniquelyReferencedForWriting() {
        out = a
    } else if b.shape == outShape && b.isUniquelyReferencedForWriting() {
        out = b
    } else {
        out = NDArray(uninitializedShape: outShape)
    }
    withExtendedLifetime((a, b)) {
        dispatchBinary(op, a.storage.pointer, a.shape, b.storage.pointer, b.shape, out.storage.pointer, outShape)
    }
    return out
}

/// `op(a, number)` (or `op(number, a)` when `numberFirst`), numpy's `a * 2` or `1 - a`: the
/// result has `a`'s shape and reuses its buffer when nobody else holds it. No array is made for
/// the number: the broadcasting loop reads it as a 0-d operand.
@_specialize(where S == Double)
@_specialize(where S == Float)
func binaryOperation<S: TensorScalar>(_ op: BinaryOp, _ a: consuming NDArray<S>, number: S,
                                      numberFirst: Bool = false) -> NDArray<S> {
    let out = a.isUniquelyReferencedForWriting() ? a : NDArray<S>(uninitializedShape: a.shape)
    withUnsafePointer(to: number) { x in
        withExtendedLifetime((a, out)) {
            if numberFirst {
                dispatchBinary(op, x, [], a.storage.pointer, a.shape, out.storage.pointer, a.shape)
            } else {
                dispatchBinary(op, a.storage.pointer, a.shape, x, [], out.storage.pointer, a.shape)
            }
        }
    }
    return out
}

/// `lhs = op(lhs, number)` in place, numpy's `a *= 2`.
@_specialize(where S == Double)
@_specialize(where S == Float)
func binaryInPlace<S: TensorScalar>(_ op: BinaryOp, _ lhs: inout NDArray<S>, number: S) {
    lhs.makeUnique()
    let p = lhs.storage.pointer
    withUnsafePointer(to: number) { x in dispatchBinary(op, p, lhs.shape, x, [], p, lhs.shape) }
}

/// `lhs = op(lhs, rhs)` in place (numpy's `lhs op= rhs`); the result must keep `lhs`'s shape.
@_specialize(where S == Double)
@_specialize(where S == Float)
func binaryInPlace<S: TensorScalar>(_ op: BinaryOp, _ lhs: inout NDArray<S>, _ rhs: NDArray<S>, _ name: String) {
    let outShape = broadcastOrDie(name, lhs.shape, rhs.shape)
    if outShape != lhs.shape {
        fatalError("\(name): non-broadcastable output operand with shape \(shapeString(lhs.shape)) doesn't match the broadcast shape \(shapeString(outShape)) (rhs shape \(shapeString(rhs.shape)))")
    }
    lhs.makeUnique()
    let p = lhs.storage.pointer
    withExtendedLifetime(rhs) { dispatchBinary(op, p, outShape, rhs.storage.pointer, rhs.shape, p, outShape) }
}

@inline(__always)
private func unaryLoop<S: TensorScalar, K: UnaryKernel>(_: K.Type, _ x: UnsafePointer<S>, _ o: UnsafeMutablePointer<S>, _ n: Int) {
    for i in 0..<n { o[i] = K.apply(x[i]) }
}

/// `op(x)` elementwise, in place when `x` is not shared. exp, log, tanh and sigmoid on Double and
/// Float take the vectorised loops of FastMath.swift (float32: the same bits as the loop below
/// except in rare halfway cases, 1 ulp; FastMath.swift says which).
@_specialize(where S == Double)
@_specialize(where S == Float)
func unaryOperation<S: TensorScalar>(_ op: UnaryOp, _ x: consuming NDArray<S>) -> NDArray<S> {
    let out = x.isUniquelyReferencedForWriting() ? x : NDArray<S>(uninitializedShape: x.shape)
    let n = x.size, p = x.storage.pointer, o = out.storage.pointer
    if let fast = vectorLoop(op, S.self) {
        withExtendedLifetime((x, out)) {
            forEachPart(n) { r in fast(p + r.lowerBound, o + r.lowerBound, r.count) }
        }
        return out
    }
    withExtendedLifetime(x) {
        forEachPart(n) { r in unaryLoop(op, p + r.lowerBound, o + r.lowerBound, r.count) }
    }
    return out
}

/// `op` over `n` elements of `p` into `o`.
@inline(__always)
private func unaryLoop<S: TensorScalar>(_ op: UnaryOp, _ p: UnsafePointer<S>, _ o: UnsafeMutablePointer<S>, _ n: Int) {
    switch op {
    case .neg: unaryLoop(NegK.self, p, o, n)
    case .exp: unaryLoop(ExpK.self, p, o, n)
    case .log: unaryLoop(LogK.self, p, o, n)
    case .log1p: unaryLoop(Log1pK.self, p, o, n)
    case .sqrt: unaryLoop(SqrtK.self, p, o, n)
    case .abs: unaryLoop(AbsK.self, p, o, n)
    case .tanh: unaryLoop(TanhK.self, p, o, n)
    case .square: unaryLoop(SquareK.self, p, o, n)
    case .reciprocal: unaryLoop(ReciprocalK.self, p, o, n)
    case .sign: unaryLoop(SignK.self, p, o, n)
    case .not: unaryLoop(NotK.self, p, o, n)
    case .ones: unaryLoop(OnesK.self, p, o, n)
    case .identity: unaryLoop(IdentityK.self, p, o, n)
    case .sigmoid: unaryLoop(SigmoidK.self, p, o, n)
    }
}
