#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The kernel's own log file: private to the user, never reached through a planted link, and gone when
/// the kernel exits.
///
/// The log holds code and, at level debug, what cells wrote to stderr, so it must not be readable by
/// other users; a kernel is started for every notebook, so logs must not pile up either. Where:
/// `$XDG_STATE_HOME/swift-kernel/logs` (`~/.local/state/swift-kernel/logs` by default), or, when that
/// cannot be used, `$TMPDIR/swift-kernel-logs-<uid>`; each folder is a `PrivateDirectory`. The file is
/// `kernel-<pid>.log`, created with `O_EXCL | O_NOFOLLOW`, mode 0600. It is removed when the kernel stops
/// normally (unless `SWIFT_KERNEL_KEEP_LOG=1`); a kernel that was killed leaves its log for diagnosis,
/// and each start keeps only the newest `leftoversKept` of those.
final class KernelLogFile {
    static let keepVariable = "SWIFT_KERNEL_KEEP_LOG"
    static let leftoversKept = 10

    /// The log's path, for the log itself and for messages.
    let path: String
    /// The file, open for appending; owned by whoever writes the log (`FileLogHandler`).
    let descriptor: Int32
    /// Why the preferred folder was not used, if it was not; worth a line in the log.
    let fallbackReason: String?
    private let folder: PrivateDirectory?
    private let name: String

    private init(path: String, descriptor: Int32, folder: PrivateDirectory?, name: String, fallbackReason: String?) {
        self.path = path
        self.descriptor = descriptor
        self.folder = folder
        self.name = name
        self.fallbackReason = fallbackReason
    }

    /// Creates this kernel's log in the first private folder that works.
    ///
    /// - Throws: `PrivateDirectoryError` listing why every place failed.
    static func create(environment: [String: String] = ProcessInfo.processInfo.environment) throws(PrivateDirectoryError) -> KernelLogFile {
        let name = "kernel-\(getpid()).log"
        var problems: [String] = []
        for (base, components) in candidates(environment) {
            do throws(PrivateDirectoryError) {
                let folder = try openFolder(base: base, components: components)
                pruneLeftovers(in: folder)
                let descriptor = try createFile(name, in: folder)
                return KernelLogFile(path: folder.path + "/" + name, descriptor: descriptor, folder: folder, name: name,
                                     fallbackReason: problems.isEmpty ? nil : problems.joined(separator: "; "))
            } catch {
                problems.append(error.description)
            }
        }
        throw PrivateDirectoryError(path: "the kernel's log", problem: "has no usable folder: " + problems.joined(separator: "; "))
    }

    /// A log at a path the user named (`--log-file`): appended to, never through a symbolic link, mode
    /// 0600 when created, and kept at exit.
    static func open(explicit url: URL) throws(PrivateDirectoryError) -> KernelLogFile {
        let parent = url.deletingLastPathComponent().path
        _ = try? PrivateDirectory.openBase(parent).closing()
        let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw PrivateDirectoryError(path: url.path, problem: "cannot be opened for the log: \(String(cString: strerror(errno))) (a symbolic link is refused)")
        }
        return KernelLogFile(path: url.path, descriptor: descriptor, folder: nil, name: url.lastPathComponent, fallbackReason: nil)
    }

    /// Removes the log (a default one only, and not with `SWIFT_KERNEL_KEEP_LOG=1`). The descriptor stays
    /// open, so late lines still have somewhere to go.
    func removeUnlessKept(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let folder, environment[Self.keepVariable] != "1" else { return }
        unlinkat(folder.descriptor, name, 0)
    }

    /// The preferred folder, then the fallback in the temporary directory; each as a base the user
    /// controls plus the folders the kernel owns below it.
    private static func candidates(_ environment: [String: String]) -> [(String, [String])] {
        var list: [(String, [String])] = []
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {  // the spec ignores relative paths
            list.append((state, ["swift-kernel", "logs"]))
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            list.append((home + "/.local/state", ["swift-kernel", "logs"]))
        }
        let temporary = environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        list.append((temporary, ["swift-kernel-logs-\(geteuid())"]))
        return list
    }

    private static func openFolder(base: String, components: [String]) throws(PrivateDirectoryError) -> PrivateDirectory {
        var parent = PrivateDirectory(path: base, descriptor: try PrivateDirectory.openBase(base))
        for component in components {
            let outer = parent
            defer { outer.close() }  // the new folder is held by its own descriptor
            parent = try PrivateDirectory.open(component, in: outer.descriptor, parentPath: outer.path)
        }
        return parent
    }

    /// `kernel-<pid>.log`, new, 0600. Something already there can only be this user's (the folder is
    /// private): the log of an earlier kernel with the same process id, which is replaced.
    private static func createFile(_ name: String, in folder: PrivateDirectory) throws(PrivateDirectoryError) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_APPEND | O_CLOEXEC
        var descriptor = openat(folder.descriptor, name, flags, 0o600)
        if descriptor < 0 && errno == EEXIST {
            unlinkat(folder.descriptor, name, 0)
            descriptor = openat(folder.descriptor, name, flags, 0o600)
        }
        guard descriptor >= 0 else {
            throw PrivateDirectoryError(path: folder.path + "/" + name, problem: "cannot be created: \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o600)  // whatever the umask
        return descriptor
    }

    /// Removes the logs of kernels that are gone, beyond the newest `leftoversKept`.
    private static func pruneLeftovers(in folder: PrivateDirectory) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        var leftovers: [(name: String, modified: Int)] = []
        for name in names where name.hasPrefix("kernel-") && name.hasSuffix(".log") {
            guard let pid = pid_t(name.dropFirst("kernel-".count).dropLast(".log".count)), pid > 0,
                  kill(pid, 0) != 0 && errno == ESRCH else { continue }
            var status = stat()
            guard fstatat(folder.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            leftovers.append((name, status.st_mtim.tv_sec))
        }
        for old in leftovers.sorted(by: { $0.modified > $1.modified }).dropFirst(leftoversKept) {
            unlinkat(folder.descriptor, old.name, 0)
        }
    }
}

private extension Int32 {
    /// Closes a descriptor that was only opened to create folders.
    func closing() { Glibc.close(self) }
}
