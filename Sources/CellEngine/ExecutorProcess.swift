#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The long-lived `swift-cell-executor` process and the pipes to it.
///
/// Descriptors in the executor: 1 and 2 are the cells' output, with the executor's events framed in-band
/// on 1 (see `ExecutorReader`), and 3 carries commands to it. It runs in a process group of its own, so that a SIGINT meant for the kernel
/// never reaches it; the engine interrupts a cell by killing the process that runs it, and the forked
/// snapshot takes over (see the executor's `ExecutorLoop`).
final class ExecutorProcess: @unchecked Sendable {
    /// The marker the executor writes to stderr after each cell.
    static let endOfCellMarker = Array("\u{1}swift-kernel-end-of-cell\u{2}\n".utf8)
    /// The frame around each event on stdout.
    static let eventFrame = (start: Array("\u{1}swift-kernel-event".utf8), end: Array("\u{2}\n".utf8))

    private let lock = NSLock()
    private var livePID: pid_t
    private let groupID: pid_t
    private let commandFD: Int32
    let reader: ExecutorReader

    /// Starts the executor and waits for its `ready` event.
    init(configuration: EngineConfiguration) throws {
        var stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        var commandPipe: [Int32] = [0, 0]
        for index in 0..<3 {
            let result: Int32
            switch index {
            case 0: result = pipe(&stdoutPipe)
            case 1: result = pipe(&stderrPipe)
            default: result = pipe(&commandPipe)
            }
            guard result == 0 else { throw EngineError("cannot create pipes for the executor: \(String(cString: strerror(errno)))") }
        }
        // Close-on-exec everywhere: only the dup2'd copies (fds 1, 2, 3) reach the executor, so it
        // does not hold the write end of its own command pipe and sees the kernel go away.
        for descriptor in stdoutPipe + stderrPipe + commandPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, commandPipe[0], 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_KERNEL_COMMAND_FD"] = "3"
        environment.merge(BLASEnvironment.additions(to: environment)) { current, _ in current }
        // Crash reports the engine can read: no colours, no prompts, only the crashing thread.
        environment["SWIFT_BACKTRACE"] = "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none,sanitize=no,limit=24,top=6"
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
        let arguments = [configuration.executor.path, "--prelude", configuration.preludeLibrary.path]

        var pid: pid_t = 0
        let status = withCStringArray(arguments) { argv in
            withCStringArray(environmentStrings) { envp in
                posix_spawn(&pid, configuration.executor.path, &actions, &attributes, argv, envp)
            }
        }
        for descriptor in [stdoutPipe[1], stderrPipe[1], commandPipe[0]] { close(descriptor) }
        guard status == 0 else {
            for descriptor in [stdoutPipe[0], stderrPipe[0], commandPipe[1]] { close(descriptor) }
            throw EngineError("cannot start the executor \(configuration.executor.path): \(String(cString: strerror(status)))")
        }
        livePID = pid
        groupID = pid
        commandFD = commandPipe[1]
        reader = ExecutorReader(stdout: stdoutPipe[0], stderr: stderrPipe[0])

        guard case .event(let ready)? = reader.next(timeout: 30), ready["event"] as? String == "ready" else {
            terminate()
            throw EngineError("the executor did not start; is \(configuration.preludeLibrary.path) built?")
        }
    }

    /// The process that runs cells now: after a crash, the snapshot that took over.
    var pid: pid_t {
        lock.lock(); defer { lock.unlock() }
        return livePID
    }

    func adoptLiveProcess(_ pid: pid_t) {
        lock.lock(); livePID = pid; lock.unlock()
        reapExited()
    }

    /// Sends one command as a JSON line.
    func send(_ command: [String: Any]) throws {
        var data = try JSONSerialization.data(withJSONObject: command)
        data.append(UInt8(ascii: "\n"))
        let written = data.withUnsafeBytes { write(commandFD, $0.baseAddress, $0.count) }
        guard written == data.count else { throw EngineError("the executor is not reading commands") }
    }

    /// Ends the process running the current cell; its snapshot takes over with the state from before.
    func killRunningCell() {
        kill(pid, SIGKILL)
    }

    /// Ends the executor and every snapshot.
    func terminate() {
        killpg(groupID, SIGKILL)
        close(commandFD)
        reader.close()
        reapExited()
    }

    /// Collects the original executor if it has exited; later snapshots are not our children.
    private func reapExited() {
        var status: Int32 = 0
        _ = waitpid(groupID, &status, WNOHANG)
    }
}

struct EngineError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
