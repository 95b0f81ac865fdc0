import Foundation
import Synchronization

/// The signatures of recent requests, so that the same signed frames sent again are not run again.
///
/// Anyone who can read the traffic on a port (another local user watching loopback with a capture tool,
/// say) could resend a captured signed `execute_request` without knowing the key. As jupyter_client's
/// `Session.digest_history` does, the kernel remembers each valid signature and ignores a message whose
/// signature it has seen. The history is bounded: past `capacity` the oldest are forgotten, so a replay
/// of a message older than that many requests is not recognised (each entry costs about 50 bytes).
/// Thread-safe: shell, control and stdin share one history.
public final class SignatureHistory: Sendable {
    private struct State {
        var seen: Set<Data> = []
        var order: [Data] = []
        var oldest = 0
    }
    private let state = Mutex(State())
    public let capacity: Int

    public init(capacity: Int = 1 << 16) {
        self.capacity = max(1, capacity)
    }

    /// Records `signature`; false when it was seen before (a replay). An empty signature (signing
    /// disabled) cannot be told apart and always counts as new.
    public func recordIfNew(_ signature: Data) -> Bool {
        guard !signature.isEmpty else { return true }
        let key = Data(signature.lazy.map { $0 >= 0x41 && $0 <= 0x46 ? $0 + 0x20 : $0 })  // hex in any case
        return state.withLock { state in
            guard state.seen.insert(key).inserted else { return false }
            if state.order.count < capacity {
                state.order.append(key)
            } else {
                state.seen.remove(state.order[state.oldest])
                state.order[state.oldest] = key
                state.oldest = (state.oldest + 1) % capacity
            }
            return true
        }
    }

    /// How many signatures are remembered now.
    public var count: Int { state.withLock { $0.seen.count } }
}
