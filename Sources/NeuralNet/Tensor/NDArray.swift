import Synchronization

/// The heap buffer behind an ``NDArray``: `count` scalars in row-major (C) order, 64-byte aligned.
/// Shared between copies of an array until one of them is written to (copy-on-write).
@usableFromInline
final class TensorStorage<Scalar: TensorScalar>: @unchecked Sendable {
    @usableFromInline let pointer: UnsafeMutablePointer<Scalar>
    @usableFromInline let count: Int

    /// A buffer of `count` scalars whose contents are undefined until written. Large buffers are
    /// 64-byte aligned (cache lines, vector loads); small ones take malloc's 16, which is cheaper.
    @usableFromInline init(uninitializedCount count: Int) {
        self.count = count
        let bytes = Swift.max(1, count) * MemoryLayout<Scalar>.stride
        let raw = BufferCache.shared.allocate(bytes: bytes)
        pointer = raw.bindMemory(to: Scalar.self, capacity: Swift.max(1, count))
    }

    /// A transposed copy of this buffer for one source shape, handed out again by `.T` until the
    /// buffer is written (so `dot(dZ, X.T)` in a training loop transposes the big `X` only once).
    /// The slot's type does not depend on `Scalar`, so releasing a buffer needs no generic metadata.
    private let transposeCache = Mutex<TransposeCacheSlot>(TransposeCacheSlot())
    /// Whether the slot may hold anything, so that writes to the many buffers never transposed
    /// skip the lock.
    private let transposeCacheUsed = Atomic<Bool>(false)

    /// The cached transpose made for `shape`, if any.
    func cachedTranspose(for shape: [Int]) -> TensorStorage? {
        transposeCache.withLock { slot in
            guard let storage = slot.storage, slot.shape == shape else { return nil }
            return unsafeDowncast(storage, to: TensorStorage.self)
        }
    }
    /// Whether a transpose of this buffer read with `shape` was asked for before (since the last
    /// write) without being made; records the request. A buffer asked twice is a constant, such as
    /// the training data, whose transposed copy pays for itself.
    func transposeAskedBefore(for shape: [Int]) -> Bool {
        transposeCacheUsed.store(true, ordering: .releasing)
        return transposeCache.withLock { slot in
            if slot.requestedShape == shape { return true }
            slot.requestedShape = shape
            return false
        }
    }
    /// Remembers the transpose of this buffer read with `shape`.
    func setCachedTranspose(_ storage: TensorStorage, for shape: [Int]) {
        transposeCacheUsed.store(true, ordering: .releasing)
        transposeCache.withLock { $0 = TransposeCacheSlot(shape: shape, storage: storage) }
    }
    /// Forgets the cached transpose; called before every write into this buffer.
    @usableFromInline func invalidateCaches() {
        guard transposeCacheUsed.load(ordering: .acquiring) else { return }
        transposeCache.withLock { if $0.storage != nil || $0.requestedShape != nil { $0 = TransposeCacheSlot() } }
    }

    /// A buffer filled with `value`.
    convenience init(repeating value: Scalar, count: Int) {
        self.init(uninitializedCount: count)
        pointer.initialize(repeating: value, count: count)
    }

    /// An independent copy of this buffer.
    @usableFromInline func copy() -> TensorStorage {
        let c = TensorStorage(uninitializedCount: count)
        c.pointer.update(from: pointer, count: count)
        return c
    }

    deinit {
        BufferCache.shared.deallocate(UnsafeMutableRawPointer(pointer),
                                      bytes: Swift.max(1, count) * MemoryLayout<Scalar>.stride)
    }
}

/// The transpose cache of a ``TensorStorage``: the source shape and the transposed buffer, and the
/// shape of a transpose asked for without one being made.
struct TransposeCacheSlot {
    var shape: [Int] = []
    var storage: AnyObject?
    var requestedShape: [Int]?
}

/// An n-dimensional array of numbers, like numpy's `ndarray`.
///
/// `Tensor` is `NDArray<Double>` (numpy `float64`); `NDArray<Float>` is `float32`.
/// Arrays are values: assigning one to a new variable and changing it never changes the
/// original (the data is shared until one of them is written, so copies are cheap).
///
/// ```swift
/// let a: Tensor = [[1, 2, 3], [4, 5, 6]]   // shape [2, 3]
/// let b = a.T                               // shape [3, 2]
/// let c = dot(a, b)                         // matrix product, shape [2, 2]
/// let d = a * 2 + 1                         // elementwise, like numpy
/// let s = sum(a, axis: 1, keepdims: true)   // shape [2, 1]
/// ```
///
/// Elements are stored contiguously in row-major (C) order, like a fresh numpy array.
/// Shape mismatches stop the program with a message naming the operation and both shapes.
public struct NDArray<Scalar: TensorScalar>: @unchecked Sendable {
    /// The shared, copy-on-write buffer.
    @usableFromInline var storage: TensorStorage<Scalar>
    /// The length of each axis, like numpy's `a.shape` (`[]` for a 0-d array holding one number).
    public private(set) var shape: [Int]

    /// Wraps an existing buffer (internal; the buffer must hold exactly `shape.product` scalars).
    @usableFromInline init(shape: [Int], storage: TensorStorage<Scalar>) {
        self.shape = shape
        self.storage = storage
    }

    /// An array of the given shape whose contents are undefined until written (internal).
    @usableFromInline init(uninitializedShape shape: [Int]) {
        self.init(shape: shape, storage: TensorStorage(uninitializedCount: checkedSize(shape, "array")))
    }

    /// An array of the given shape holding `scalars` in row-major (C) order.
    ///
    /// ```swift
    /// let a = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])   // [[1, 2, 3], [4, 5, 6]]
    /// ```
    /// Stops with an error if `scalars.count` is not the product of `shape`.
    public init(shape: [Int], scalars: [Scalar]) {
        let n = checkedSize(shape, "NDArray(shape:scalars:)")
        if n != scalars.count {
            fatalError("NDArray(shape:scalars:): cannot make an array of shape \(shapeString(shape)) (\(n) elements) from \(scalars.count) scalars")
        }
        self.init(uninitializedShape: shape)
        scalars.withUnsafeBufferPointer { storage.pointer.update(from: $0.baseAddress!, count: n) }
    }

    /// A 1-D array of the given numbers, like `np.array([1., 2., 3.])`.
    public init(_ scalars: [Scalar]) {
        self.init(shape: [scalars.count], scalars: scalars)
    }

    /// A 2-D array from a list of rows, like `np.array([[1., 2.], [3., 4.]])`.
    /// All rows must have the same length.
    public init(_ rows: [[Scalar]]) {
        let cols = rows.first?.count ?? 0
        for (i, r) in rows.enumerated() where r.count != cols {
            fatalError("NDArray(rows): row \(i) has \(r.count) elements but row 0 has \(cols)")
        }
        self.init(shape: [rows.count, cols], scalars: Array(rows.joined()))
    }

    /// A 0-d array holding one number, like `np.array(3.0)`.
    public init(_ scalar: Scalar) {
        self.init(shape: [], storage: TensorStorage(repeating: scalar, count: 1))
    }

    /// An array of the given shape with every element equal to `value`, like `np.full(shape, value)`.
    public init(repeating value: Scalar, shape: [Int]) {
        self.init(shape: shape, storage: TensorStorage(repeating: value, count: checkedSize(shape, "NDArray(repeating:shape:)")))
    }

    /// Converts the elements of an array of another float type, like numpy's `a.astype(np.float32)`.
    public init<Other: TensorScalar>(_ other: NDArray<Other>) {
        self.init(uninitializedShape: other.shape)
        let src = other.storage.pointer, dst = storage.pointer
        for i in 0..<other.size { dst[i] = Scalar(src[i]) }
    }

    /// The number of axes, like numpy's `a.ndim` (0 for a single number, 1 for a vector, 2 for a matrix).
    public var ndim: Int { shape.count }

    /// The number of elements, like numpy's `a.size` (the product of the shape).
    public var size: Int { storage.count }

    /// numpy's name for the element type: `"float64"` for `Tensor`, `"float32"` for `NDArray<Float>`.
    public var dtype: String { Scalar.dtypeName }

    /// All elements in row-major (C) order, as a Swift array (a copy), like `a.flatten().tolist()`.
    public var scalars: [Scalar] {
        Array(UnsafeBufferPointer(start: storage.pointer, count: size))
    }

    /// The value of a 1-element array (any shape: `()`, `(1,)`, `(1, 1)`…) as a Swift number,
    /// like numpy's `a.item()`. Stops with an error if the array has more than one element.
    public var item: Scalar {
        if size != 1 {
            fatalError("item: can only convert an array of size 1 to a Swift scalar, but this array has shape \(shapeString(shape)) (\(size) elements)")
        }
        return storage.pointer[0]
    }

    /// The same data in another float type, like numpy's `a.astype(np.float32)`:
    /// `a.astype(Float.self)` gives an `NDArray<Float>`.
    public func astype<T: TensorScalar>(_ type: T.Type) -> NDArray<T> { NDArray<T>(self) }

    /// Calls `body` with the elements in row-major order, without copying. Use it for fast loops:
    ///
    /// ```swift
    /// let total = a.withUnsafeBufferPointer { buf in buf.reduce(0, +) }
    /// ```
    /// The pointer is valid only inside `body`.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try withExtendedLifetime(storage) {
            try body(UnsafeBufferPointer(start: storage.pointer, count: storage.count))
        }
    }

    /// Calls `body` with writable access to the elements in row-major order. If the data is shared
    /// with another array it is copied first, so the other array never changes.
    /// The pointer is valid only inside `body`.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        makeUnique()
        var buf = UnsafeMutableBufferPointer(start: storage.pointer, count: storage.count)
        return try withExtendedLifetime(storage) { try body(&buf) }
    }

    /// Copies the buffer if another array shares it (copy-on-write).
    @inlinable mutating func makeUnique() {
        if isKnownUniquelyReferenced(&storage) { storage.invalidateCaches() } else { storage = storage.copy() }
    }

    /// Whether this array is the only owner of its buffer, so it may be overwritten in place
    /// (if so, the buffer's caches are dropped, as the caller is about to write).
    @inlinable mutating func isUniquelyReferencedForWriting() -> Bool {
        guard isKnownUniquelyReferenced(&storage) else { return false }
        storage.invalidateCaches()
        return true
    }

    /// Replaces the shape without touching the data (internal; the element count must match).
    @usableFromInline mutating func setShape(_ newShape: [Int]) { shape = newShape }
}

/// `NDArray<Double>`: the array type for learner code, numpy's default `float64`.
public typealias Tensor = NDArray<Double>

extension NDArray: Equatable {
    /// Whether both arrays have the same shape and the same elements, like `np.array_equal(a, b)`.
    /// For an elementwise comparison giving a mask, use `.==`.
    public static func == (lhs: NDArray, rhs: NDArray) -> Bool {
        guard lhs.shape == rhs.shape else { return false }
        let a = lhs.storage.pointer, b = rhs.storage.pointer
        for i in 0..<lhs.size where a[i] != b[i] { return false }
        return true
    }
}

extension Double {
    /// The value of a 1-element array, like Python's `float(a)`: `Double(cost)`.
    /// Stops with an error if the array has more than one element.
    public init(_ array: NDArray<Double>) { self = array.item }
    /// The value of a 1-element `float32` array, like Python's `float(a)`.
    public init(_ array: NDArray<Float>) { self = Double(array.item) }
}

extension Float {
    /// The value of a 1-element array as a `Float`. Stops with an error if it has more than one element.
    public init(_ array: NDArray<Float>) { self = array.item }
    /// The value of a 1-element `float64` array as a `Float`.
    public init(_ array: NDArray<Double>) { self = Float(array.item) }
}

extension TensorScalar {
    /// The number itself, so `sum(a).item` and `Double(sum(a))` work whether a reduction gives a
    /// number (as `sum(a)` does) or a 1-element array (as `sum(a, axis: 0)` on a vector does).
    public var item: Self { self }
}
