import Synchronization

/// Recently freed tensor buffers, handed out again to the next tensor of the same byte size.
///
/// A training loop frees and allocates the same few sizes every iteration. glibc serves a request
/// of more than 1 KiB from its bins and first merges every small freed block back
/// (`malloc_consolidate`), which costs as much as the arithmetic on a 400-column array; taking a
/// block from here costs a lock and a short scan. Like numpy's own small-buffer cache, only
/// medium sizes are kept, and only a few megabytes in all.
final class BufferCache: Sendable {
    /// Smallest and largest buffers kept, in bytes. Smaller ones are cheap for malloc (its
    /// per-thread cache); larger ones are rare and would pin memory.
    static let keptSizes = 1024...(1 << 22)
    /// At most this many buffers and bytes are kept.
    static let maxBuffers = 16, maxBytes = 1 << 24

    /// The process-wide cache used by ``TensorStorage``.
    static let shared = BufferCache()

    /// Addresses are kept as integers: a raw pointer is not `Sendable`, which the lock requires.
    private struct Entry { var bytes: Int; var address: UInt }
    private struct State { var entries: [Entry] = []; var totalBytes = 0 }
    private let state = Mutex(State())

    /// A buffer of exactly `bytes` bytes, 64-byte aligned, with undefined contents.
    func allocate(bytes: Int) -> UnsafeMutableRawPointer {
        if Self.keptSizes.contains(bytes), let cached = take(bytes) { return cached }
        return UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: bytes >= 1024 ? 64 : 16)
    }

    /// Gives back a buffer from ``allocate(bytes:)`` of the same size: kept if there is room, else freed.
    func deallocate(_ pointer: UnsafeMutableRawPointer, bytes: Int) {
        if Self.keptSizes.contains(bytes) { keep(pointer, bytes) } else { pointer.deallocate() }
    }

    private func take(_ bytes: Int) -> UnsafeMutableRawPointer? {
        state.withLock { state in
            // The newest buffer of that size: the most likely to still be in the processor's cache.
            guard let i = state.entries.lastIndex(where: { $0.bytes == bytes }) else { return nil }
            state.totalBytes -= bytes
            return UnsafeMutableRawPointer(bitPattern: state.entries.remove(at: i).address)
        }
    }

    private func keep(_ pointer: UnsafeMutableRawPointer, _ bytes: Int) {
        let address = UInt(bitPattern: pointer)
        state.withLock { state in
            // Room is made by freeing the oldest buffers: the ones a loop no longer asks for.
            while !state.entries.isEmpty
                && (state.entries.count == Self.maxBuffers || state.totalBytes + bytes > Self.maxBytes) {
                let oldest = state.entries.removeFirst()
                state.totalBytes -= oldest.bytes
                UnsafeMutableRawPointer(bitPattern: oldest.address)?.deallocate()
            }
            state.entries.append(Entry(bytes: bytes, address: address))
            state.totalBytes += bytes
        }
    }
}
