#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The one folder where a kernel keeps its cells' files, and what may be deleted from it when.
///
/// Layout: `CellN/libCellN.so` (loaded by the executor, kept for its lifetime: backtraces read it) and
/// `modules/CellN.swiftmodule` (imported by later cells). The source, the object file and link
/// leftovers of a cell go as soon as its library is linked; everything of a cell that failed goes at
/// once. A folder the engine creates is named `swift-kernel-<pid>-<random>`, so that a later kernel can
/// remove the folders of kernels that died without shutting down.
///
/// The folder is private (mode 0700, set explicitly, so even under umask 000): it holds the cells'
/// sources and libraries, whose string literals may be secrets, and the compiler writes into it by name,
/// so another local user must neither read it nor plant symbolic links in it (`Cell3/main.swift`). What is
/// created inside needs no mode of its own: nobody else can reach it.
struct WorkDirectory {
    static let namePrefix = "swift-kernel-"

    let url: URL
    /// Whether the engine created the folder and removes it at shutdown.
    let isOwned: Bool

    var modules: URL { url.appendingPathComponent("modules") }
    /// A file made when the engine starts; its time tells the compiler which checks of its module cache
    /// were made in this session and need not be repeated for every cell.
    var sessionStamp: URL { url.appendingPathComponent("session-stamp") }

    func cellFolder(_ module: String) -> URL { url.appendingPathComponent(module) }

    /// Uses `configured` (made private, see `makePrivateFolder`), or creates a fresh private folder in the
    /// temporary directory with `mkdtemp` after removing the folders of kernels that are gone.
    ///
    /// - Throws: `PrivateFolderError` saying what is wrong with the folder and what to do.
    init(configured: URL?) throws {
        if let configured {
            try Self.makePrivateFolder(configured)
            url = configured
            isOwned = false
        } else {
            let temporary = FileManager.default.temporaryDirectory
            Self.removeStale(in: temporary)
            url = try Self.makeTemporaryFolder(in: temporary, prefix: "\(Self.namePrefix)\(getpid())-")
            isOwned = true
        }
        try Data().write(to: sessionStamp)
    }

    /// Removes `swift-kernel-<pid>-…` folders in `parent` whose process no longer exists (a kernel
    /// killed with SIGKILL, say). Folders of live processes, other users' folders and symbolic links stay.
    static func removeStale(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            let rest = name.dropFirst(namePrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                  [6, 8].contains(rest[rest.index(after: dash)...].count)  // mkdtemp's 6; 8 before it
            else { continue }
            var status = stat()
            let path = parent.appendingPathComponent(name).path
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, status.st_uid == geteuid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// Creates `<parent>/<prefix>XXXXXX` with `mkdtemp` (a new, unique name: nothing planted can be
    /// there) and sets its mode to 0700, which `mkdtemp` leaves to the umask.
    static func makeTemporaryFolder(in parent: URL, prefix: String) throws -> URL {
        var template = Array(parent.appendingPathComponent(prefix + "XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            throw PrivateFolderError(path: parent.path, problem: "has no room for the kernel's work folder: \(String(cString: strerror(errno))); set TMPDIR to a folder you can write")
        }
        let path = String(cString: made)
        guard chmod(path, 0o700) == 0 else {
            throw PrivateFolderError(path: path, problem: "cannot be made private (mode 0700): \(String(cString: strerror(errno)))")
        }
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Makes `folder` a folder only this user can enter: creates it (and missing parents) with mode 0700,
    /// or, when it exists, checks that it is a real folder (not a symbolic link) owned by this user, and
    /// sets its mode to 0700. For folders reused across kernels: a configured work folder, and the
    /// compiler's module cache under `~/.cache/swift-kernel` (a cached module is code every cell runs).
    ///
    /// - Throws: `PrivateFolderError` saying what is wrong and what to do.
    static func makePrivateFolder(_ folder: URL) throws {
        let path = folder.standardizedFileURL.path
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw PrivateFolderError(path: prefix, problem: "cannot be created: \(String(cString: strerror(errno)))")
            }
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw PrivateFolderError(path: path, problem: code == ELOOP || code == ENOTDIR
                ? "is a symbolic link or not a folder (someone may have planted it); remove it or choose another folder"
                : "cannot be opened: \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw PrivateFolderError(path: path, problem: "cannot be checked: \(String(cString: strerror(errno)))")
        }
        guard status.st_uid == geteuid() else {
            throw PrivateFolderError(path: path, problem: "belongs to user \(status.st_uid), not to you (\(geteuid())): another user could read or replace what the kernel keeps there; choose a folder of your own")
        }
        guard status.st_mode & 0o7777 == 0o700 || fchmod(descriptor, 0o700) == 0 else {
            throw PrivateFolderError(path: path, problem: "cannot be made private (mode 0700): \(String(cString: strerror(errno)))")
        }
    }

    /// Deletes what no later cell needs once `module` is linked: its source, object and autolink
    /// list, and the module's source-info files. Keeps the library, the `.swiftmodule` and the
    /// `.swiftdoc` (doc comments for inspection in later cells).
    func removeIntermediates(of module: String, keeping library: URL) {
        let folder = cellFolder(module)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name != library.lastPathComponent {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
        removeModuleFiles(of: module, keepingInterface: true)
    }

    /// Deletes every file of `module`: a cell that did not compile, did not load or crashed.
    func discard(_ module: String) {
        try? FileManager.default.removeItem(at: cellFolder(module))
        removeModuleFiles(of: module, keepingInterface: false)
    }

    /// Deletes every cell's files (after a restart: the executor that loaded them is gone). The
    /// compiler's module cache, if it lives here, and the session stamp stay.
    func removeAllCells() {
        let kept: Set<String> = ["module-cache", sessionStamp.lastPathComponent]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [] where !kept.contains(name) {
            try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
        }
    }

    /// Removes the folder, if the engine created it.
    func removeIfOwned() {
        if isOwned { try? FileManager.default.removeItem(at: url) }
    }

    /// Companions the frontend may write next to a `.swiftmodule`; named, not listed, so that the cost
    /// stays the same with a thousand modules in the folder.
    private static let moduleCompanions = ["swiftsourceinfo", "abi.json", "swiftinterface", "d"]

    private func removeModuleFiles(of module: String, keepingInterface: Bool) {
        let extensions = Self.moduleCompanions + (keepingInterface ? [] : ["swiftmodule", "swiftdoc"])
        for suffix in extensions {
            unlink(modules.appendingPathComponent("\(module).\(suffix)").path)
        }
    }
}

/// A folder the engine will not keep cells in, and why; the text says what to do.
struct PrivateFolderError: Error, CustomStringConvertible {
    let path: String
    let problem: String

    var description: String { "\(path) \(problem)" }
}
