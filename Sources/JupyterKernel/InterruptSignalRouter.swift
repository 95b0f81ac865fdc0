import Foundation
import Synchronization

/// Write end of the self-pipe the SIGINT handler writes to; set once before the handler is installed.
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1

/// Turns SIGINT into a call on a normal thread, so that an interrupt never kills the kernel.
///
/// Jupyter's default `interrupt_mode` is `signal`: the frontend sends SIGINT to the kernel process. The
/// handler only writes a byte to a pipe (async-signal-safe); a dedicated thread reads it and calls the
/// routed action, typically `KernelServer.interruptExecution()` → `KernelInterpreter.interrupt()`.
/// With no action routed, SIGINT is ignored. Child processes started later get the default disposition
/// back at `exec`, as POSIX resets caught signals.
public final class InterruptSignalRouter: Sendable {
    /// The process-wide router (there is one SIGINT disposition per process).
    public static let shared = InterruptSignalRouter()

    private let action = Mutex<(@Sendable () -> Void)?>(nil)
    private let installed = Mutex(false)

    private init() {}

    /// Makes SIGINT call `action` (nil: ignore SIGINT). Installs the handler on first use.
    public func route(_ action: (@Sendable () -> Void)?) {
        self.action.withLock { $0 = action }
        installIfNeeded()
    }

    private func installIfNeeded() {
        installed.withLock { installed in
            guard !installed else { return }
            var fds: [Int32] = [0, 0]
            guard pipe(&fds) == 0 else { return }
            _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)  // never block inside the handler
            _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
            interruptPipeWriteEnd = fds[1]
            let readEnd = fds[0]
            let thread = Thread { [self] in
                var byte: UInt8 = 0
                while true {
                    let count = read(readEnd, &byte, 1)
                    if count == 1 {
                        if let action = action.withLock({ $0 }) { action() }
                    } else if count < 0 && errno == EINTR {
                        continue
                    } else {
                        return
                    }
                }
            }
            thread.name = "jupyter-sigint"
            thread.start()
            signal(SIGINT) { _ in
                var byte: UInt8 = 1
                _ = write(interruptPipeWriteEnd, &byte, 1)
            }
            installed = true
        }
    }
}
