// NeuralNet's own elementwise loops on several threads. The elements are cut into contiguous parts,
// one per thread, and every element is computed by the same arithmetic whatever the number of parts,
// so results are bit for bit those of one thread. Reductions stay on one thread: their summation
// order (numpy's pairwise order) is fixed, so sums do not depend on the thread count either.

import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// How many threads NeuralNet's elementwise loops use: `OPENBLAS_NUM_THREADS` when it is set (one
/// setting for OpenBLAS's products and for our loops), else 1, so notebooks stay on one thread.
package enum ElementwiseThreads {
    /// The thread count, read once from the environment; tests may change it.
    nonisolated(unsafe) package static var count: Int = fromEnvironment()

    /// Loops shorter than this stay on one thread. `a * b + a` on one thread takes 17 µs at 2^15
    /// float64 elements, 38 µs at 2^16, 78 µs at 2^17; on the shared development machine two threads
    /// were slower up to 2^16 and even at 2^17 (waking the second thread costs a few µs, and the second
    /// core is often busy), so only loops of 2^17 elements (1 MiB of float64) or more are split.
    /// Tests lower it to split small arrays.
    nonisolated(unsafe) package static var minimumElements = 1 << 17

    /// `OPENBLAS_NUM_THREADS` as a count from 1 to 64, or 1 when unset or not a number.
    static func fromEnvironment() -> Int {
        guard let raw = getenv("OPENBLAS_NUM_THREADS"), let n = Int(String(cString: raw)) else { return 1 }
        return Swift.min(Swift.max(n, 1), 64)
    }
}

/// Runs `body` over `0..<n`, cut into one contiguous range per thread when `n · weight` (elements of
/// work) reaches `ElementwiseThreads.minimumElements`; otherwise once over the whole range.
@inline(__always)
func forEachPart(_ n: Int, weight: Int = 1, _ body: (Range<Int>) -> Void) {
    let threads = ElementwiseThreads.count
    if threads <= 1 || n * weight < ElementwiseThreads.minimumElements || n < 2 {
        body(0..<n)
        return
    }
    let parts = Swift.min(threads, n)
    withoutActuallyEscaping(body) { body in
        // Each part writes its own elements only; concurrentPerform returns when all parts are done.
        nonisolated(unsafe) let body = body
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            body((n * part / parts)..<(n * (part + 1) / parts))
        }
    }
}
