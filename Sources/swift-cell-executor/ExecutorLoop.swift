#if canImport(Glibc)
import Glibc
#endif
import CellChannel
import CExecutorSupport
import Foundation

/// Runs the engine's commands, one cell at a time, so that no fault of a cell's loses the notebook's state.
///
/// A ``Snapshot`` (a forked copy) always holds the state after the last completed cell. The live process
/// runs each cell; when it completes, a fresh snapshot replaces the old one. When the live process dies,
/// during a cell (a segfault, an interrupt: the engine kills it) or after it (a thread the cell left
/// behind), the snapshot takes over. A Swift runtime trap on the cell's own thread is handled first by
/// `swift_kernel_run_cell`: a copy of the process at the trap carries on when the cell had passed its
/// safe point (see `_cellSafePoint()`), keeping what the cell did before the trap.
///
/// Fds 1 and 2 are pipes of the executor's own, whose read ends the prelude forwards to the engine as
/// output messages on the channel (fd 3, see `CellChannel`), in order with the cell's events.
struct ExecutorLoop {
    /// The socket to the engine.
    static let channel: Int32 = 3
    /// The longest a completed cell waits for tasks it started that are still running (not sleeping).
    static let taskWaitSeconds = 3.0

    private let prelude: Prelude
    /// Copies of the output pipes' write ends, to put back on fds 1 and 2 if a cell closes or moves them.
    private let savedOutput: Int32
    private let savedError: Int32
    /// The kernel's own stderr pipe, for the executor's last words when the channel fails.
    private let kernelError: Int32
    private var snapshot: Snapshot?
    private var lastCompletedCell = 0

    init(preludePath: String) throws {
        prelude = try Prelude(path: preludePath)
        _ = fcntl(Self.channel, F_SETFD, FD_CLOEXEC)
        kernelError = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 10)
        var readEnds: [Int32] = []
        var writeEnds: [Int32] = []
        for target in [STDOUT_FILENO, STDERR_FILENO] {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0 else {
                throw ExecutorError(message: "cannot create the output pipes: \(String(cString: strerror(errno)))")
            }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            fflush(nil)
            dup2(ends[1], target)
            readEnds.append(ends[0])
            writeEnds.append(ends[1])
        }
        savedOutput = writeEnds[0]
        savedError = writeEnds[1]
        prelude.forwardOutput(stdout: readEnds[0], stderr: readEnds[1])
    }

    mutating func run() {
        OrphanWatchdog.start()
        prelude.send(.ready(pid: getpid()))
        replaceSnapshot()
        while true {
            let command: EngineCommand?
            do { command = try FrameChannel.receive(EngineCommand.self, from: Self.channel) } catch {
                FileHandle(fileDescriptor: kernelError).write(Data("swift-cell-executor: \(error)\n".utf8))
                exit(1)
            }
            switch command {
            case .run(let path, let cell, let didNotCompile)?:
                prelude.setDidNotCompile(didNotCompile)
                runCell(at: path, cell: cell)
            case .load(let path)?: load(path)
            case .comm(let message)?: runComm(message)
            case .commInfo(let target)?:
                prelude.sendCommInfo(target: target)
                prelude.send(.handled)
            case .frontEnd(let capabilities)?: prelude.setFrontEnd(capabilities)
            case .exit?, nil: exit(0)
            case .inputReply?: continue  // an answer that came too late for its cell
            }
        }
    }

    private mutating func runCell(at path: String, cell: Int) {
        swift_kernel_reopen_standard_streams(savedOutput, savedError, 0)
        DiscardedSnapshots.reap()
        snapshot?.cellStarted(cell)
        guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) else {
            snapshot?.cellEnded()
            finish(cell: cell, loadError: String(cString: dlerror()))
            return
        }
        guard let entry = dlsym(handle, "main") else {
            snapshot?.cellEnded()
            finish(cell: cell, loadError: "\(path) has no main function")
            return
        }
        _ = prelude.takeSafePoint()
        let trapped = swift_kernel_run_cell(unsafeBitCast(entry, to: CellMain.self))
        if trapped != 0 {
            carryOnAfterTrap(in: cell)
            return
        }
        waitForStartedWork()
        lastCompletedCell = cell
        if replaceSnapshot() { return }
        finish(cell: cell, loadError: nil)
    }

    /// Delivers a comm message from the front end to its handler (a widget's), as if it were a cell:
    /// on the main thread, with the notebook's state, the work it starts waited for, and a fresh
    /// snapshot afterwards, since handlers change the state (a widget's value, the learner's variables).
    /// A snapshot that takes over later, inside `replaceSnapshot`, has already answered this message.
    /// A trap in the handler costs only what the handler did: the snapshot from before takes over.
    private mutating func runComm(_ message: CommMessage) {
        swift_kernel_reopen_standard_streams(savedOutput, savedError, 0)
        DiscardedSnapshots.reap()
        snapshot?.cellStarted(lastCompletedCell)
        prelude.receiveComm(message)
        _ = prelude.takeSafePoint()
        if swift_kernel_run_cell(prelude.commEntry) != 0 {
            carryOnAfterTrap(in: lastCompletedCell)
            return
        }
        waitForStartedWork()
        fflush(nil)
        prelude.send(.handled)
        // The snapshot is made after the answer, so that the front end does not wait for the copy
        // (tens of milliseconds for a notebook holding a dataset); the next command waits for it.
        replaceSnapshot()
    }

    /// Loads a package's library for the cells to come, and makes a snapshot that holds it, so that a
    /// crash in a later cell does not unload it.
    private mutating func load(_ path: String) {
        DiscardedSnapshots.reap()
        var error: String?
        if dlopen(path, RTLD_NOW | RTLD_GLOBAL) == nil { error = String(cString: dlerror()) }
        if error == nil, replaceSnapshot() { return }
        fflush(nil)
        prelude.send(.loaded(path: path, error: error))
    }

    /// In the copy a trap made: keeps the cell's work if it passed its safe point, else ends so that the
    /// snapshot takes over.
    private mutating func carryOnAfterTrap(in cell: Int) {
        swift_kernel_wait_for_trapped_parent()
        guard prelude.takeSafePoint() else { _exit(0) }
        restartAfterFork(replacingStreams: true)
        lastCompletedCell = cell
        if replaceSnapshot() { return }
        prelude.send(.resumed(pid: getpid(), cell: cell, recovery: .partial, afterCell: false))
    }

    /// Runs what the cell left for the main thread (`Task { @MainActor in … }`, `DispatchQueue.main`)
    /// and waits for the tasks it started, so that their output belongs to this cell. Tasks that sleep
    /// or wait for something else are not waited for.
    private func waitForStartedWork() {
        let deadline = Date().addingTimeInterval(Self.taskWaitSeconds)
        while Date() < deadline {
            if swift_kernel_global_executor_idle() != 0 && swift_kernel_run_main_jobs(0) == 0 { break }
            _ = swift_kernel_run_main_jobs(5)
        }
        fflush(nil)
    }

    /// Makes a snapshot of the state now and discards the one before.
    ///
    /// Returns `true` in a snapshot that has taken over after the live process died, once it has made a
    /// snapshot of its own and reported the takeover: the caller must go back to the command loop.
    @discardableResult
    private mutating func replaceSnapshot() -> Bool {
        var takeover: Int?? = nil  // in a snapshot that took over: the cell that was running, if any
        while true {
            switch prelude.fork({ Snapshot.fork() }) {
            case .made(let fresh):
                snapshot?.discard()
                fresh.arm()
                snapshot = fresh
            case .failed:
                snapshot?.discard()
                snapshot = nil
            case .tookOver(let runningCell):
                snapshot = nil
                restartAfterFork(replacingStreams: false)
                takeover = .some(runningCell)
                continue
            }
            guard let takeover else { return false }
            prelude.send(.resumed(pid: getpid(), cell: takeover ?? lastCompletedCell, recovery: .snapshot,
                                  afterCell: takeover == nil))
            return true
        }
    }

    /// What a process made by `fork` needs before it runs cells: only the forking thread came along.
    private func restartAfterFork(replacingStreams: Bool) {
        swift_kernel_restart_global_executor()
        swift_kernel_restart_main_executor()
        DiscardedSnapshots.forgetAll()
        OrphanWatchdog.start()
        swift_kernel_reopen_standard_streams(savedOutput, savedError, replacingStreams ? 1 : 0)
        prelude.takeOver()
    }

    private func finish(cell: Int, loadError: String?) {
        fflush(nil)
        prelude.send(.done(cell: cell, loadError: loadError))
    }
}
