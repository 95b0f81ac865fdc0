#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The executor's way of running main-actor jobs and the main dispatch queue on the main thread.
///
/// The main thread runs a cell's top-level code, so nothing else can run `@MainActor` work or blocks
/// sent to `DispatchQueue.main`. While a cell waits for `await` code (in `_runCellAsync`) the main thread
/// runs them here instead of sleeping. The executor registers its functions when it loads the prelude;
/// outside the executor (a unit test, say) there are none and waits simply block.
enum MainThreadLoop {
    typealias RunJobs = @convention(c) (Int32) -> Int32
    typealias Wake = @convention(c) () -> Void

    nonisolated(unsafe) static var runJobs: RunJobs?
    nonisolated(unsafe) static var wake: Wake?

    /// Runs main-thread work until `isDone()` holds; `false` when this thread cannot run it (not the
    /// main thread, or no executor), and the caller must wait some other way.
    static func run(until isDone: () -> Bool) -> Bool {
        guard let runJobs else { return false }
        while !isDone() {
            // A wake-up from the finishing task ends the wait; the timeout is only a safety net.
            if runJobs(1000) < 0 { return false }
        }
        return true
    }
}

/// Called by the executor once, with its functions that run main-thread work and wake the main thread.
@_cdecl("swift_kernel_set_main_thread_loop")
public func _setMainThreadLoop(_ runJobs: @convention(c) (Int32) -> Int32, _ wake: @convention(c) () -> Void) {
    MainThreadLoop.runJobs = runJobs
    MainThreadLoop.wake = wake
}

/// The outcome of a cell's `await` code, handed from the task that runs it to the waiting main thread.
final class AsyncOutcome<T>: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<T, Error>?

    var isDone: Bool { lock.lock(); defer { lock.unlock() }; return result != nil }

    func finish(_ value: Result<T, Error>) {
        lock.lock(); result = value; lock.unlock()
        done.signal()
        MainThreadLoop.wake?()
    }

    /// Waits for the result, running main-thread work meanwhile where this thread can.
    func wait() -> Result<T, Error> {
        if !MainThreadLoop.run(until: { isDone }) { done.wait() }
        lock.lock(); defer { lock.unlock() }
        return result!
    }
}
