#if canImport(Glibc)
import Glibc
#endif

/// Ends the executor when the kernel is gone, even while a cell spins in an endless loop.
///
/// The kernel holds the only other end of the cell channel. When the kernel exits, or is killed
/// with SIGKILL (as `jupyter_client` does on a forced shutdown), the socket hangs up and `poll`
/// reports it without consuming any command, so the watchdog never races the command loop.
/// `fork` copies only the calling thread, so a snapshot that takes over starts a watchdog again.
enum OrphanWatchdog {
    /// The cell channel, whose other end only the kernel holds.
    static let commandDescriptor: Int32 = 3

    /// Starts a detached thread that exits the process once the channel hangs up.
    static func start() {
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { _ in
            var watched = pollfd(fd: OrphanWatchdog.commandDescriptor, events: 0, revents: 0)
            while true {
                let ready = poll(&watched, 1, -1)
                if ready < 0 && errno == EINTR { continue }
                if ready < 0 || watched.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { _exit(0) }
            }
        }, nil)
        if status == 0 { pthread_detach(thread) }
    }
}
