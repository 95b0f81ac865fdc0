#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// An open folder that only this user can enter: a real folder (never a symbolic link), owned by this
/// user, mode 0700, held by a descriptor so that files are made in it with `openat` and a folder renamed
/// or replaced afterwards cannot redirect them.
///
/// Used for the log folder: in a shared place such as `/tmp` another user could otherwise create the
/// folder first, or plant symbolic links where the kernel writes, and read or overwrite what it names.
struct PrivateDirectory {
    let path: String
    /// `O_DIRECTORY | O_CLOEXEC`; closed by `close()`.
    let descriptor: Int32

    /// Opens the folder `name` inside `parent` (already open), creating it with mode 0700 when missing.
    /// A folder that exists must be a real folder owned by this user; its mode is set to 0700 whatever
    /// the umask or an earlier version left.
    static func open(_ name: String, in parent: Int32, parentPath: String) throws(PrivateDirectoryError) -> PrivateDirectory {
        let path = parentPath.hasSuffix("/") ? parentPath + name : parentPath + "/" + name
        if mkdirat(parent, name, 0o700) != 0 && errno != EEXIST {
            throw PrivateDirectoryError(path: path, problem: "cannot be created: \(String(cString: strerror(errno)))")
        }
        let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            let problem = code == ELOOP || code == ENOTDIR
                ? "is a symbolic link or not a folder (someone may have planted it); remove it"
                : "cannot be opened: \(String(cString: strerror(code)))"
            throw PrivateDirectoryError(path: path, problem: problem)
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            Glibc.close(descriptor)
            throw PrivateDirectoryError(path: path, problem: "cannot be checked: \(String(cString: strerror(errno)))")
        }
        guard status.st_uid == geteuid() else {
            Glibc.close(descriptor)
            throw PrivateDirectoryError(path: path, problem: "belongs to user \(status.st_uid), not to you (\(geteuid())); another user may have created it to read your files: have it removed, or choose another place")
        }
        if status.st_mode & 0o7777 != 0o700 && fchmod(descriptor, 0o700) != 0 {
            Glibc.close(descriptor)
            throw PrivateDirectoryError(path: path, problem: "cannot be made private (mode 0700): \(String(cString: strerror(errno)))")
        }
        return PrivateDirectory(path: path, descriptor: descriptor)
    }

    /// Opens `path`, a place of the user's own choosing (`$XDG_STATE_HOME`, `$TMPDIR`), creating missing
    /// folders along it with mode 0700, as the XDG specification asks. Symbolic links on the way are the
    /// user's own and are followed; only the folders the kernel owns below it are checked.
    static func openBase(_ path: String) throws(PrivateDirectoryError) -> Int32 {
        var prefix = ""
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
                throw PrivateDirectoryError(path: prefix, problem: "cannot be created: \(String(cString: strerror(errno)))")
            }
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PrivateDirectoryError(path: path, problem: "cannot be opened: \(String(cString: strerror(errno)))")
        }
        return descriptor
    }

    func close() { Glibc.close(descriptor) }
}

/// A folder the kernel will not use, and why; the text says what to do about it.
struct PrivateDirectoryError: Error, CustomStringConvertible {
    let path: String
    let problem: String

    var description: String { "\(path) \(problem)" }
}
