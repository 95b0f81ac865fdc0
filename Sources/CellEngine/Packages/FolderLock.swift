#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An exclusive lock between processes on a lock file (`flock`), released when the process ends,
/// however it ends: a kernel killed in the middle of a build leaves no stale lock.
final class FolderLock {
    private let descriptor: Int32
    private let path: String

    init(_ file: URL) throws {
        path = file.path
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            throw MagicError("cannot open the lock file \(file.path): \(String(cString: strerror(errno)))")
        }
    }

    /// Takes the lock, calling `whileWaiting` once if another process holds it; gives up when `cancelled`.
    func acquire(whileWaiting: () -> Void, cancelled: () -> Bool) throws {
        var announced = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw MagicError("cannot lock \(path): \(String(cString: strerror(errno)))")
            }
            if !announced { whileWaiting(); announced = true }
            if cancelled() { throw CancellationError() }
            usleep(200_000)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
