#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs the toolchain's programs for the compiler, and lets an interrupt stop the one that is running.
///
/// Uses `posix_spawn` directly: Foundation's `Process` costs tens of milliseconds more per launch,
/// which is most of a trivial cell's budget.
final class ToolRunner: @unchecked Sendable {
    struct Completion {
        var status: Int32
        var output: String
        var milliseconds = 0
    }

    /// A tool printed nothing for `seconds` and was stopped; `output` is what it printed before.
    struct Silent: Error {
        var seconds: Double
        var output: String
    }

    private let lock = NSLock()
    private var running: pid_t?
    private var cancelled = false

    /// Runs `tool` to completion and returns its exit status and its stdout and stderr together.
    ///
    /// With `onOutput`, output is also handed on as it arrives, and the tool runs in a process group of
    /// its own, so that a cancel stops the programs it started too (SwiftPM's compiler jobs).
    /// `environment` replaces the kernel's own for the tool. With `silenceLimit`, a tool that prints
    /// nothing for that many seconds is stopped (with its process group) and ``Silent`` is thrown: a
    /// network fetch that hangs must not hold the notebook forever.
    func run(_ tool: URL, arguments: [String], in directory: URL, environment: [String: String]? = nil,
             silenceLimit: Double? = nil, onOutput: ((String) -> Void)? = nil) throws -> Completion {
        let started = Date()
        var outputPipe: [Int32] = [0, 0]
        guard pipe(&outputPipe) == 0 else { throw EngineError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 2)
        posix_spawn_file_actions_addclose(&actions, outputPipe[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let ownGroup = onOutput != nil
        if ownGroup {
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
            posix_spawnattr_setpgroup(&attributes, 0)
        }

        lock.lock()
        if cancelled { lock.unlock(); close(outputPipe[0]); close(outputPipe[1]); throw CancellationError() }
        var pid: pid_t = 0
        let status = withCStringArray([tool.path] + arguments) { argv in
            guard let environment else { return posix_spawn(&pid, tool.path, &actions, &attributes, argv, environ) }
            return withCStringArray(environment.map { "\($0.key)=\($0.value)" }) { envp in
                posix_spawn(&pid, tool.path, &actions, &attributes, argv, envp)
            }
        }
        // What a kill aims at: the tool's process group when it has its own.
        let target = ownGroup ? -pid : pid
        if status == 0 { running = target }
        lock.unlock()
        close(outputPipe[1])
        guard status == 0 else {
            close(outputPipe[0])
            throw EngineError("cannot run \(tool.path): \(String(cString: strerror(status)))")
        }

        var output = [UInt8]()
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 16384)
        var lastOutput = Date()
        var silent = false
        while true {
            // A tool with its own group may start programs in groups of their own (SwiftPM's git), which
            // a cancel does not reach and which keep the pipe open: wait in slices and stop reading then.
            if ownGroup || silenceLimit != nil {
                if isCancelled { break }
                var slice = 0.25
                if let silenceLimit {
                    let remaining = silenceLimit - Date().timeIntervalSince(lastOutput)
                    if remaining <= 0 { silent = true; break }
                    slice = min(slice, remaining)
                }
                var descriptor = pollfd(fd: outputPipe[0], events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, Int32(slice * 1000) + 1)
                if ready == 0 || (ready < 0 && errno == EINTR) { continue }
            }
            let count = read(outputPipe[0], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            output += buffer[..<count]
            lastOutput = Date()
            if let onOutput { pending += buffer[..<count]; onOutput(Self.takeCompleteText(&pending)) }
        }
        if let onOutput, !pending.isEmpty { onOutput(String(decoding: pending, as: UTF8.self)) }
        // A silent tool is stopped before the pipe is closed, so that it cannot block on a full pipe.
        if silent { kill(target, SIGKILL) }
        close(outputPipe[0])
        var exitStatus: Int32 = 0
        while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
        lock.lock()
        running = nil
        let wasCancelled = cancelled
        lock.unlock()
        if wasCancelled { throw CancellationError() }
        if silent, let silenceLimit {
            throw Silent(seconds: silenceLimit, output: String(decoding: output, as: UTF8.self))
        }
        let exited = exitStatus & 0x7f == 0
        return Completion(status: exited ? (exitStatus >> 8) & 0xff : 128 + (exitStatus & 0x7f),
                          output: String(decoding: output, as: UTF8.self),
                          milliseconds: Int(Date().timeIntervalSince(started) * 1000))
    }

    /// Whether ``cancel()`` was called since the last ``reset()``.
    var isCancelled: Bool {
        lock.lock(); defer { lock.unlock() }
        return cancelled
    }

    /// The text of `bytes` up to the last complete UTF-8 character, removed from `bytes`.
    private static func takeCompleteText(_ bytes: inout [UInt8]) -> String {
        var end = bytes.count
        // Step back over an incomplete trailing sequence (at most 3 continuation bytes and a lead byte).
        var back = 0
        while back < min(4, bytes.count), bytes[bytes.count - 1 - back] & 0xC0 == 0x80 { back += 1 }
        if back < bytes.count {
            let lead = bytes[bytes.count - 1 - back]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            if length > back + 1 { end = bytes.count - 1 - back }
        }
        let text = String(decoding: bytes[..<end], as: UTF8.self)
        bytes.removeFirst(end)
        return text
    }

    /// Stops the running tool; the current and later `run` calls throw until `reset()`.
    func cancel() {
        lock.lock()
        cancelled = true
        if let running { kill(running, SIGKILL) }
        lock.unlock()
    }

    /// Allows running tools again after `cancel()`.
    func reset() {
        lock.lock()
        cancelled = false
        lock.unlock()
    }
}

/// Calls `body` with a NULL-terminated C array of `strings`.
func withCStringArray<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
}
