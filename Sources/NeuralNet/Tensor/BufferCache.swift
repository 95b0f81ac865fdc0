import Synchronization

/// Recently freed tensor buffers, handed out again to the next tensor of the same byte size.
///
/// A training loop frees and allocates the same few sizes every iteration, and malloc is slow at
/// both ends of that pattern:
/// - A request of more than 1 KiB is served from glibc's bins after it merges every small freed
///   block back (`malloc_consolidate`), which costs as much as the arithmetic on a 400-column array.
/// - A buffer of several megabytes goes back to the kernel when freed, and the next one of the
///   same size faults in its pages again: for a 1024 × 1024 product that is 2,048 page faults and
///   about 8% of the time OpenBLAS takes.
///
/// Taking a block from here costs a lock and a short scan. Medium and large buffers are kept in
/// separate pools, so that a few big activations do not push out the many small ones.
final class BufferCache: Sendable {
    /// How much one pool keeps.
    struct Limits: Sendable {
        /// Byte sizes the pool takes.
        var sizes: ClosedRange<Int>
        /// At most this many buffers and bytes are kept; the oldest go first.
        var maxBuffers: Int, maxBytes: Int
    }

    /// Buffers below 1 KiB are cheap for malloc (its per-thread cache) and are not kept.
    static let medium = Limits(sizes: 1024...(1 << 22), maxBuffers: 16, maxBytes: 1 << 24)
    /// Activations of a large batch (a 256 × 10 000 layer is 20 MB). The cap bounds the memory a
    /// notebook holds on to after its last big computation.
    static let large = Limits(sizes: ((1 << 22) + 1)...Int.max, maxBuffers: 8, maxBytes: 1 << 28)

    /// The process-wide cache used by ``TensorStorage``.
    static let shared = BufferCache()

    private let mediumPool = Mutex(Pool(limits: BufferCache.medium))
    private let largePool = Mutex(Pool(limits: BufferCache.large))

    /// A buffer of exactly `bytes` bytes with undefined contents, 64-byte aligned from 1 KiB up (16 below).
    func allocate(bytes: Int) -> UnsafeMutableRawPointer {
        if let cached = withPool(for: bytes, { $0.take(bytes) }) ?? nil,
           let pointer = UnsafeMutableRawPointer(bitPattern: cached) { return pointer }
        return UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: bytes >= 1024 ? 64 : 16)
    }

    /// Gives back a buffer from ``allocate(bytes:)`` of the same size: kept if there is room, else freed.
    func deallocate(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
        let address = UInt(bitPattern: pointer)
        let evicted = withPool(for: bytes) { $0.keep(address, bytes) } ?? [address]
        // Freed outside the lock: returning pages to the kernel can take a while.
        for address in evicted { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
    }

    /// `body` on the pool for buffers of `bytes` bytes, under its lock; nil when no pool keeps that size.
    private func withPool<R: Sendable>(for bytes: Int, _ body: (inout Pool) -> R) -> R? {
        if Self.medium.sizes.contains(bytes) { return mediumPool.withLock { body(&$0) } }
        if Self.large.sizes.contains(bytes) { return largePool.withLock { body(&$0) } }
        return nil
    }

    deinit {
        for address in mediumPool.withLock({ $0.takeAll() }) + largePool.withLock({ $0.takeAll() }) {
            UnsafeMutableRawPointer(bitPattern: address)?.deallocate()
        }
    }

    /// Bytes held by both pools (for tests).
    var heldBytes: Int { mediumPool.withLock { $0.totalBytes } + largePool.withLock { $0.totalBytes } }
}

/// The buffers one size class keeps, oldest first. Addresses are kept as integers: a raw pointer
/// is not `Sendable`, which the lock requires.
private struct Pool {
    let limits: BufferCache.Limits
    private var entries: [(bytes: Int, address: UInt)] = []
    private(set) var totalBytes = 0

    init(limits: BufferCache.Limits) {
        self.limits = limits
        entries.reserveCapacity(limits.maxBuffers)
    }

    /// The newest buffer of that size (the most likely to still be in the processor's cache), removed.
    mutating func take(_ bytes: Int) -> UInt? {
        guard let i = entries.lastIndex(where: { $0.bytes == bytes }) else { return nil }
        totalBytes -= bytes
        return entries.remove(at: i).address
    }

    /// Every kept buffer, removed.
    mutating func takeAll() -> [UInt] {
        defer { entries.removeAll(); totalBytes = 0 }
        return entries.map(\.address)
    }

    /// Keeps a buffer, making room by dropping the oldest ones (those a loop no longer asks for);
    /// returns the addresses the caller must free, the buffer itself when it is over the byte cap.
    mutating func keep(_ address: UInt, _ bytes: Int) -> [UInt] {
        if bytes > limits.maxBytes { return [address] }
        var evicted: [UInt] = []
        while !entries.isEmpty && (entries.count == limits.maxBuffers || totalBytes + bytes > limits.maxBytes) {
            let oldest = entries.removeFirst()
            totalBytes -= oldest.bytes
            evicted.append(oldest.address)
        }
        entries.append((bytes, address))
        totalBytes += bytes
        return evicted
    }
}
