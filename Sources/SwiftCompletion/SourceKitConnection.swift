#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JupyterProtocol
import Logging

/// Why a SourceKit request has no answer.
enum SourceKitFailure: Error, Equatable {
    /// The bridge process could not be started (no SourceKit in the toolchain, say).
    case unavailable(String)
    /// No answer within the time limit; the request may still finish later and is then ignored.
    case timedOut
    /// The bridge process ended while the request was pending.
    case bridgeDied
    /// SourceKit answered with an error (bad arguments, cancelled request, …).
    case sourceKit(String)
}

/// The kernel's side of the bridge process: starts it on first use and again after it died, sends
/// one request at a time and waits for its answer at most a given time.
///
/// Thread-safe: requests from several threads are served one after the other.
final class SourceKitConnection: @unchecked Sendable {
    private let executable: URL
    private let arguments: [String]
    private let logger: Logger
    private let requestLock = NSLock()
    private let state = NSCondition()
    // Guarded by `state`:
    private var process: Process?
    private var input: FileHandle?
    private var generation = 0
    private var nextID = 1
    private var awaitedID = 0
    private var answer: String?
    private var consecutiveTimeouts = 0
    /// How many times the bridge was started; tests use it to see a restart.
    private(set) var launches = 0

    /// A connection that runs `executable arguments…` as the bridge.
    init(executable: URL, arguments: [String], logger: Logger) {
        self.executable = executable
        self.arguments = arguments
        self.logger = logger
        signal(SIGPIPE, SIG_IGN)
    }

    deinit { stop() }

    /// Sends a sourcekitd YAML request and returns the parsed JSON answer.
    func send(_ yaml: String, timeout: TimeInterval) -> Result<JSONValue, SourceKitFailure> {
        let deadline = Date().addingTimeInterval(timeout)
        // Another request (the warm-up, say) may be running; wait for it only as long as this one may take.
        guard requestLock.lock(before: deadline) else { return .failure(.timedOut) }
        defer { requestLock.unlock() }

        state.lock()
        defer { state.unlock() }
        if process == nil {
            do { try launch() } catch { return .failure(.unavailable("\(error)")) }
        }
        let id = nextID
        nextID += 1
        awaitedID = id
        answer = nil
        let currentGeneration = generation
        guard let input, writeAll(Frame(id: id, text: yaml).encoded, to: input.fileDescriptor) else {
            terminateLocked()
            return .failure(.bridgeDied)
        }
        while answer == nil && generation == currentGeneration {
            if !state.wait(until: deadline) { break }
        }
        if let text = answer {
            consecutiveTimeouts = 0
            answer = nil
            guard let value = try? JSONValue.parse(Data(text.utf8)) else {
                return .failure(.sourceKit("unreadable answer"))
            }
            if let message = value["error"]?.stringValue { return .failure(.sourceKit(message)) }
            return .success(value)
        }
        if generation != currentGeneration { return .failure(.bridgeDied) }
        consecutiveTimeouts += 1
        // One slow request is normal (a first completion loads modules); two in a row mean SourceKit
        // is stuck, and a fresh process is better than a queue of requests that all time out.
        if consecutiveTimeouts >= 2 {
            logger.warning("sourcekit bridge stuck; restarting it")
            terminateLocked()
        }
        return .failure(.timedOut)
    }

    /// Stops the bridge process; the next request starts a new one.
    func stop() {
        state.lock()
        terminateLocked()
        state.unlock()
    }

    /// The process id of the running bridge, if any.
    var processID: Int32? {
        state.lock(); defer { state.unlock() }
        return process?.processIdentifier
    }

    private func launch() throws {
        let child = Process()
        child.executableURL = executable
        child.arguments = arguments
        let toChild = Pipe()
        let fromChild = Pipe()
        child.standardInput = toChild
        child.standardOutput = fromChild
        child.standardError = FileHandle.nullDevice
        try child.run()
        launches += 1
        generation += 1
        consecutiveTimeouts = 0
        process = child
        input = toChild.fileHandleForWriting
        logger.info("sourcekit bridge started", metadata: ["pid": "\(child.processIdentifier)"])
        let reader = FrameReader(descriptor: fromChild.fileHandleForReading.fileDescriptor)
        let readerGeneration = generation
        // The pipe's read end must stay open while the thread reads; the thread keeps the handle.
        let handle = fromChild.fileHandleForReading
        Thread.detachNewThread { [weak self] in
            while let frame = reader.next() {
                guard let self else { return }
                self.state.lock()
                if frame.id == self.awaitedID && readerGeneration == self.generation {
                    self.answer = frame.text
                    self.state.broadcast()
                }
                self.state.unlock()
            }
            _ = handle
            self?.bridgeEnded(generation: readerGeneration)
        }
    }

    private func bridgeEnded(generation ended: Int) {
        state.lock()
        if ended == generation {
            logger.warning("sourcekit bridge ended")
            terminateLocked()
        }
        state.unlock()
    }

    /// Kills the current bridge (if any) and wakes a waiting request. Call with `state` locked.
    private func terminateLocked() {
        guard let running = process else { return }
        if running.isRunning { kill(running.processIdentifier, SIGKILL) }
        try? input?.close()
        process = nil
        input = nil
        generation += 1
        state.broadcast()
        // Reap the child off the caller's thread so that it does not stay a zombie.
        DispatchQueue.global(qos: .utility).async { running.waitUntilExit() }
    }
}
