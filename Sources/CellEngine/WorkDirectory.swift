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

    /// Uses `configured`, or creates a fresh folder in the temporary directory after removing the
    /// folders of kernels that are gone.
    init(configured: URL?) throws {
        if let configured {
            url = configured
            isOwned = false
        } else {
            let temporary = FileManager.default.temporaryDirectory
            Self.removeStale(in: temporary)
            url = temporary.appendingPathComponent("\(Self.namePrefix)\(getpid())-\(UUID().uuidString.prefix(8))")
            isOwned = true
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data().write(to: sessionStamp)
    }

    /// Removes `swift-kernel-<pid>-…` folders in `parent` whose process no longer exists (a kernel
    /// killed with SIGKILL, say). Folders of live processes, and of other users' processes, stay.
    static func removeStale(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(namePrefix) {
            let rest = name.dropFirst(namePrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0,
                  rest[rest.index(after: dash)...].count == 8
            else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
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
