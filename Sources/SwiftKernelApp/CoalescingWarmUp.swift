import Foundation

/// Runs completion warm-ups one at a time, on one queue, keeping only the latest request.
///
/// After every cell the kernel asks SourceKit to load the cell's new module, which can take seconds.
/// Started each on a global queue, warm-ups of quick cells piled up behind the SourceKit connection,
/// each holding a blocked thread (1000 cells: 15 threads grew to 116). Only the newest prologue matters
/// (it imports every earlier cell), so a request made while one runs replaces any other waiting one.
final class CoalescingWarmUp: @unchecked Sendable {
    // @unchecked: `running` and `pending` are only touched under `lock`.
    private let lock = NSLock()
    private var running = false
    private var pending: String?
    /// Called once the warm-up that covers their request has run.
    private var waiters: [@Sendable () -> Void] = []
    private let queue = DispatchQueue(label: "swift-kernel.completion-warm-up", qos: .utility)
    private let warmUp: @Sendable (String) -> Void

    /// `warmUp` loads a prologue into SourceKit; it is never called twice at once.
    init(_ warmUp: @escaping @Sendable (String) -> Void) {
        self.warmUp = warmUp
    }

    /// Asks for a warm-up with `prologue`; returns at once. `done`, if any, runs after the warm-up
    /// that serves this request (this one, or a newer one that replaced it).
    func request(_ prologue: String, done: (@Sendable () -> Void)? = nil) {
        lock.lock()
        pending = prologue
        if let done { waiters.append(done) }
        let start = !running
        running = true
        lock.unlock()
        if start { queue.async { self.drain() } }
    }

    private func drain() {
        while true {
            lock.lock()
            guard let next = pending else {
                running = false
                lock.unlock()
                return
            }
            pending = nil
            let served = waiters
            waiters = []
            lock.unlock()
            warmUp(next)
            for done in served { done() }
        }
    }
}
