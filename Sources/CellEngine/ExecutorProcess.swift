#if canImport(Glibc)
import Glibc
#endif
import CellChannel
import Foundation

/// The long-lived `swift-cell-executor` process and the channel to it.
///
/// Descriptors in the executor: 1 and 2 are the cells' output, data only; 3 is the cell channel, a socket
/// that carries typed messages both ways (see `CellChannel`). It runs in a process group of its own, so
/// that a SIGINT meant for the kernel never reaches it; the engine interrupts a cell by killing the
/// process that runs it, and the executor's snapshot takes over (see the executor's `ExecutorLoop`).
final class ExecutorProcess: @unchecked Sendable {
    private let lock = NSLock()
    private var livePID: pid_t
    private let groupID: pid_t
    private let channelFD: Int32
    private var commandsSent: UInt32 = 0
    let reader: ExecutorReader

    /// Starts the executor and waits for its `ready` event.
    init(configuration: EngineConfiguration) throws {
        var stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0, let pair = try? FrameChannel.makePair()
        else { throw EngineError("cannot create pipes for the executor: \(String(cString: strerror(errno)))") }
        let channel = [pair.0, pair.1]
        for descriptor in stdoutPipe + stderrPipe { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        // Close-on-exec everywhere: only the dup2'd copies (fds 1, 2, 3) reach the executor, so it does
        // not hold the kernel's end of its own channel and sees the kernel go away.
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
        posix_spawn_file_actions_adddup2(&actions, channel[1], 3)
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
        environment["SWIFT_KERNEL_CHANNEL_FD"] = "3"
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
        for descriptor in [stdoutPipe[1], stderrPipe[1], channel[1]] { close(descriptor) }
        guard status == 0 else {
            for descriptor in [stdoutPipe[0], stderrPipe[0], channel[0]] { close(descriptor) }
            throw EngineError("cannot start the executor \(configuration.executor.path): \(String(cString: strerror(status)))")
        }
        livePID = pid
        groupID = pid
        channelFD = channel[0]
        reader = ExecutorReader(stdout: stdoutPipe[0], stderr: stderrPipe[0], channel: channel[0])

        guard case .event(.ready)? = reader.next(timeout: 30) else {
            terminate()
            throw EngineError("the executor did not start; is \(configuration.preludeLibrary.path) built?")
        }
    }

    /// The process that runs cells now: after a crash, the snapshot that took over.
    var pid: pid_t {
        lock.lock(); defer { lock.unlock() }
        return livePID
    }

    /// Takes `pid` as the process that runs cells from now on, if it is one of the executor's own
    /// (a snapshot that took over); returns whether it was.
    @discardableResult
    func adoptLiveProcess(_ pid: pid_t) -> Bool {
        guard pid > 0, getpgid(pid) == groupID else { return false }
        lock.lock(); livePID = pid; lock.unlock()
        reapExited()
        return true
    }

    /// Sends one command on the channel.
    func send(_ command: EngineCommand) throws {
        do {
            commandsSent &+= 1
            try FrameChannel.send(command, sequence: commandsSent, on: channelFD)
        } catch {
            throw EngineError("the executor is not reading commands (\(error))")
        }
    }

    /// Ends the process running the current cell; its snapshot takes over with the state from before.
    func killRunningCell() {
        kill(pid, SIGKILL)
    }

    /// Ends the executor and every snapshot.
    func terminate() {
        killpg(groupID, SIGKILL)
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
