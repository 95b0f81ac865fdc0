#if canImport(Glibc)
import Glibc
#endif
import Foundation
import CExecutorSupport

/// Runs the engine's commands, one cell at a time, so that a dying cell never takes earlier state with it.
///
/// Before each cell the live process forks a *snapshot*: a copy, frozen, of everything the earlier cells
/// made. The live process runs the cell. If the cell returns, the live process tells the snapshot to go
/// away. If the live process dies instead (a trap, a segfault, or the engine killing it to interrupt),
/// the snapshot sees its pipe close and takes over as the live process, with the state from before
/// the cell. The cell runs in the original process, not the copy, so threads it relies on stay alive.
///
/// After each cell, and after a takeover, stderr gets a marker line so that the engine knows it has read
/// all of the cell's error output; on stdout, the `done` or `resumed` event itself marks the end.
struct ExecutorLoop {
    /// Written to stderr after each cell; the engine strips it.
    static let endOfCellMarker = "\u{1}swift-kernel-end-of-cell\u{2}\n"

    private let prelude: Prelude

    init(preludePath: String) throws {
        prelude = try Prelude(path: preludePath)
    }

    func run() {
        OrphanWatchdog.start()
        prelude.send(#"{"event":"ready","pid":\#(getpid())}"#)
        while let line = prelude.readCommand() {
            guard let command = Command(json: line) else {
                prelude.send(#"{"event":"protocol_error","message":\#(jsonString("unreadable command: " + line))}"#)
                continue
            }
            switch command {
            case .run(let path, let cell):
                runCell(at: path, cell: cell)
            case .exit:
                exit(0)
            }
        }
    }

    private func runCell(at path: String, cell: Int) {
        var verdict: [Int32] = [0, 0]
        guard pipe(&verdict) == 0 else {
            finish(cell: cell, status: "load_error", message: "cannot create a pipe: \(String(cString: strerror(errno)))")
            return
        }
        _ = fcntl(verdict[1], F_SETFD, FD_CLOEXEC)
        DiscardedSnapshots.reap()
        let snapshot = fork()
        if snapshot == 0 {
            close(verdict[1])
            waitAsSnapshot(verdict: verdict[0], cell: cell)
            return
        }
        close(verdict[0])
        if snapshot < 0 {
            // No snapshot: still run the cell, but a crash will now lose the state.
            close(verdict[1])
        }
        let outcome = load(path)
        // What the cell left for the main thread (`Task { @MainActor in … }`, `DispatchQueue.main.async`)
        // runs now, as part of the cell.
        while swift_kernel_run_main_jobs(0) > 0 {}
        fflush(nil)
        if snapshot > 0 {
            var discard: UInt8 = UInt8(ascii: "d")
            _ = write(verdict[1], &discard, 1)
            close(verdict[1])
            // The snapshot's exit (unmapping a copy of the whole process) costs more the more cells
            // have been loaded; it happens while the engine already works on the next cell.
            DiscardedSnapshots.add(snapshot)
        }
        switch outcome {
        case .success: finish(cell: cell, status: "ok", message: nil)
        case .failure(let error): finish(cell: cell, status: "load_error", message: error.message)
        }
    }

    /// Blocks until the live process either discards this snapshot or dies; in the second case returns
    /// to the command loop as the new live process.
    private func waitAsSnapshot(verdict: Int32, cell: Int) {
        var byte: UInt8 = 0
        var count: Int
        repeat { count = read(verdict, &byte, 1) } while count < 0 && errno == EINTR
        if count == 1 { _exit(0) }
        close(verdict)
        swift_kernel_restart_global_executor()
        swift_kernel_restart_main_executor()
        DiscardedSnapshots.forgetAll()
        OrphanWatchdog.start()
        writeMarkers()
        prelude.send(#"{"event":"resumed","pid":\#(getpid()),"cell":\#(cell)}"#)
    }

    private func load(_ path: String) -> Result<Void, ExecutorError> {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) else {
            return .failure(ExecutorError(message: String(cString: dlerror())))
        }
        guard let entry = dlsym(handle, "main") else {
            return .failure(ExecutorError(message: "\(path) has no main function"))
        }
        typealias Main = @convention(c) (Int32, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32
        _ = unsafeBitCast(entry, to: Main.self)(0, nil)
        return .success(())
    }

    private func finish(cell: Int, status: String, message: String?) {
        writeMarkers()
        let detail = message.map { #","message":\#(jsonString($0))"# } ?? ""
        prelude.send(#"{"event":"done","cell":\#(cell),"status":"\#(status)"\#(detail)}"#)
    }

    private func writeMarkers() {
        fflush(nil)
        Self.endOfCellMarker.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
    }
}

/// Snapshots told to go away whose exit has not been collected yet.
///
/// Only these process ids are waited for, never any child: a cell's own child processes belong to it.
enum DiscardedSnapshots {
    private static var pending: [pid_t] = []

    static func add(_ pid: pid_t) { pending.append(pid) }

    /// In a snapshot that takes over: the list is its dead parent's, whose children are not its own.
    static func forgetAll() { pending.removeAll() }

    /// Collects those that have exited, without waiting.
    static func reap() {
        pending.removeAll { pid in
            var status: Int32 = 0
            let result = waitpid(pid, &status, WNOHANG)
            return result == pid || (result < 0 && errno == ECHILD)
        }
    }
}

/// What the engine asks the executor to do.
enum Command {
    case run(path: String, cell: Int)
    case exit

    /// Parses the engine's one-line JSON commands, `{"op":"run","path":"…","cell":3}` and `{"op":"exit"}`.
    init?(json: String) {
        if json.contains(#""op":"exit""#) { self = .exit; return }
        guard json.contains(#""op":"run""#),
              let path = Command.stringField("path", in: json),
              let cell = Command.intField("cell", in: json) else { return nil }
        self = .run(path: path, cell: cell)
    }

    private static func stringField(_ name: String, in json: String) -> String? {
        guard let start = json.range(of: "\"\(name)\":\"") else { return nil }
        var value = ""
        var escaped = false
        for character in json[start.upperBound...] {
            if escaped { value.append(character == "/" ? "/" : character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { return value }
            value.append(character)
        }
        return nil
    }

    private static func intField(_ name: String, in json: String) -> Int? {
        guard let start = json.range(of: "\"\(name)\":") else { return nil }
        return Int(json[start.upperBound...].prefix { $0.isNumber || $0 == "-" })
    }
}
