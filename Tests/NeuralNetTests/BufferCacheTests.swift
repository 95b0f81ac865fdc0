import XCTest
@testable import NeuralNet

/// The tensor buffer cache: what it hands out again, what it frees, and the limits of each pool.
final class BufferCacheTests: XCTestCase {
    func testAFreedBufferIsHandedOutAgainForTheSameSize() {
        for bytes in [4096, 8 << 20] {   // one medium, one large (a 1024 × 1024 float64 matrix)
            let cache = BufferCache()
            let first = cache.allocate(bytes: bytes)
            cache.deallocate(first, bytes: bytes)
            XCTAssertEqual(cache.heldBytes, bytes)
            let second = cache.allocate(bytes: bytes)
            XCTAssertEqual(second, first, "\(bytes) bytes: the kept buffer comes back")
            XCTAssertEqual(cache.heldBytes, 0)
            XCTAssertEqual(Int(bitPattern: second) % 64, 0, "64-byte aligned")
            cache.deallocate(second, bytes: bytes)
        }
    }

    func testOtherSizesGetFreshBuffers() {
        let cache = BufferCache()
        let kept = cache.allocate(bytes: 8 << 20)
        cache.deallocate(kept, bytes: 8 << 20)
        let other = cache.allocate(bytes: 16 << 20)
        XCTAssertNotEqual(other, kept)
        XCTAssertEqual(cache.heldBytes, 8 << 20, "the 8 MiB buffer stays for its own size")
        cache.deallocate(other, bytes: 16 << 20)
    }

    func testSmallBuffersAreNotKept() {
        let cache = BufferCache()
        let small = cache.allocate(bytes: 512)
        cache.deallocate(small, bytes: 512)
        XCTAssertEqual(cache.heldBytes, 0)
    }

    func testEachPoolStaysWithinItsLimits() {
        let cache = BufferCache()
        let large = BufferCache.large
        // One more buffer than the pool keeps, each under the byte cap together: the oldest goes.
        let bytes = large.maxBytes / (large.maxBuffers + 2)
        let buffers = (0...large.maxBuffers).map { _ in cache.allocate(bytes: bytes) }
        for buffer in buffers { cache.deallocate(buffer, bytes: bytes) }
        XCTAssertEqual(cache.heldBytes, large.maxBuffers * bytes)
        XCTAssertNotEqual(cache.allocate(bytes: bytes), buffers[0], "the oldest was freed")

        // A buffer bigger than the whole cap is freed at once; medium buffers have their own cap.
        let huge = cache.allocate(bytes: large.maxBytes + 4096)
        cache.deallocate(huge, bytes: large.maxBytes + 4096)
        XCTAssertLessThanOrEqual(cache.heldBytes, large.maxBytes)
        let medium = BufferCache.medium, mediumBytes = medium.sizes.upperBound
        let held = cache.heldBytes
        let mediums = (0..<(medium.maxBytes / mediumBytes + 3)).map { _ in cache.allocate(bytes: mediumBytes) }
        for buffer in mediums { cache.deallocate(buffer, bytes: mediumBytes) }
        XCTAssertEqual(cache.heldBytes - held, medium.maxBytes)
    }
}
