import Foundation
import Synchronization

/// A named thread running one loop, with a stop flag and a join.
///
/// The kernel's sockets each belong to one such thread; `stop` only asks, the loop checks `isStopping`
/// between polls (which time out every `pollInterval`), so stopping takes at most one poll interval.
public final class WorkerThread: Sendable {
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    public let name: String

    /// How often loops wake up to look at the stop flag.
    public static let pollInterval = 0.1

    /// Starts `body` on a new thread at once; `body` receives the worker to check `isStopping`.
    public init(name: String, body: @escaping @Sendable (WorkerThread) -> Void) {
        self.name = name
        let thread = Thread { [self] in
            body(self)
            finished.signal()
        }
        thread.name = name
        thread.stackSize = 8 << 20
        thread.start()
    }

    public var isStopping: Bool { stopping.load(ordering: .acquiring) }

    /// Asks the loop to end.
    public func stop() { stopping.store(true, ordering: .releasing) }

    /// Waits for the loop to end; false if it did not within `timeout` seconds.
    @discardableResult
    public func join(timeout: Double = .infinity) -> Bool {
        let result = timeout.isFinite ? finished.wait(timeout: .now() + timeout) : { finished.wait(); return .success }()
        if result == .success {
            finished.signal()  // let later joins return too
            return true
        }
        return false
    }
}
