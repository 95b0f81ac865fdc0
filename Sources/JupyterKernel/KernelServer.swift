import Foundation
import JupyterProtocol
import Logging
import Synchronization

/// The Jupyter kernel server: binds the five channels and answers requests with a `KernelInterpreter`.
///
/// Threads and what they own (ZeroMQ sockets are not thread-safe):
/// - shell thread: the shell ROUTER socket, `executionCount` and the abort state; runs every shell request,
///   so `execute` blocks further shell requests, as frontends expect;
/// - control thread: the control ROUTER socket; shutdown, interrupt and kernel_info answer even while a
///   cell runs;
/// - IOPub thread (`IOPubChannel`): the XPUB socket; anyone publishes through it;
/// - heartbeat thread (`Heartbeat`): the heartbeat socket;
/// - stdin: the ROUTER socket, used under a lock by whoever reads input (`StdinChannel`);
/// - the caller of `run()` (or `waitUntilStopped()`) tears everything down after a shutdown request.
///
/// Every request gets `busy` before and `idle` after everything it published; malformed or wrongly
/// signed messages, and signed ones seen before (replays), are logged and dropped. `limits` bounds what
/// a peer can make the kernel hold (see `KernelServer+Limits.swift`).
public final class KernelServer: @unchecked Sendable {
    /// This kernel process's session id, in the header of everything it sends.
    public let session = UUID().uuidString.lowercased()
    /// The connection, with the ports actually bound (useful when the file said 0).
    public let connection: ConnectionInfo
    /// What was executed with `store_history`, for `history_request`.
    public let history = ExecutionHistory()
    /// How long to keep aborting queued `execute_request`s after an error, in seconds
    /// (ipykernel's `stop_on_error_timeout`). 0: only those already waiting.
    /// Read by the shell thread: set it before `start()`/`run()`.
    public var abortTimeout: Double = 0
    /// What `shutdown_request` with `restart: true` does. false (default): reply, call
    /// `interpreter.shutdown(restart: true)` and stop, like ipykernel: jupyter_client restarts a kernel by
    /// waiting for this process to exit and launching a new one (it sends SIGTERM after
    /// `shutdown_wait_time / 2` to a process that keeps running). true: keep serving in this process with
    /// a fresh execution count and history, for hosts that restart the interpreter in place.
    /// Set it before `start()`/`run()`.
    public var keepsServingOnRestart = false

    let interpreter: any KernelInterpreter
    let logger: Logger
    let codec: WireCodec
    let iopub: IOPubChannel
    let stdin: StdinChannel
    /// Size limits of requests and of the IOPub backlog, fixed at start.
    public let limits: ChannelLimits
    /// Signatures of requests already handled, on every channel: a second copy is a replay.
    let seenSignatures = SignatureHistory()
    private let context: ZMQContext
    private let shellSocket: ZMQSocket
    private let controlSocket: ZMQSocket
    private let heartbeat: Heartbeat
    private let routesInterruptSignal: Bool

    /// Shell-thread state: the count of `store_history` executions so far.
    var executionCount = 0
    /// Shell-thread state: true while queued execute requests are being aborted after an error.
    var abortingExecutions = false
    /// Shell-thread state: a failed execute asked to abort the queue once its own `idle` is out.
    var abortPending = false
    /// Shell-thread state: the requests that were waiting when a cell failed, to be answered `aborted`.
    var queuedBeforeFailure: [InboundMessage] = []
    /// Set by a restart that keeps serving (any thread); the shell thread then resets its state.
    let restartPending = Atomic<Bool>(false)

    private struct Lifecycle {
        var started = false
        var stopRequested = false
        var workers: [WorkerThread] = []
    }
    private let lifecycle = Mutex(Lifecycle())
    private let stopSignal = DispatchSemaphore(value: 0)

    /// Binds all channels (tcp on `connection.ip`, or ipc) and prepares signing; nothing runs yet.
    ///
    /// - Parameter routesInterruptSignal: while running, SIGINT calls `interruptExecution()` instead of
    ///   killing the process (Jupyter's default `interrupt_mode` is `signal`). Tests pass false.
    /// - Parameter limits: request size and IOPub backlog (`ChannelLimits.fromEnvironment()` in the kernel).
    /// - Throws: `ZMQError` when a port cannot be bound, `WireError` for an unknown signature scheme.
    public init(connection: ConnectionInfo, interpreter: any KernelInterpreter, logger: Logger,
                routesInterruptSignal: Bool = true, limits: ChannelLimits = ChannelLimits()) throws {
        self.interpreter = interpreter
        self.limits = limits
        self.logger = logger
        self.routesInterruptSignal = routesInterruptSignal
        codec = try WireCodec(connection: connection)
        context = try ZMQContext()
        shellSocket = try ZMQSocket(context: context, type: .router)
        controlSocket = try ZMQSocket(context: context, type: .router)
        for socket in [shellSocket, controlSocket] {
            try socket.setLinger(milliseconds: 1000)
            try socket.setMaxFrameSize(bytes: limits.hardCapBytes)
            try socket.setRouterHandover()
        }
        let shellEndpoint = try shellSocket.bind(connection.endpoint(port: connection.shellPort))
        let controlEndpoint = try controlSocket.bind(connection.endpoint(port: connection.controlPort))
        iopub = try IOPubChannel(context: context, endpoint: connection.endpoint(port: connection.iopubPort),
                                 codec: codec, session: session, logger: logger,
                                 highWaterMark: limits.iopubHighWaterMark)
        stdin = try StdinChannel(context: context, endpoint: connection.endpoint(port: connection.stdinPort),
                                 codec: codec, session: session, logger: logger, limits: limits,
                                 seenSignatures: seenSignatures)
        heartbeat = try Heartbeat(context: context, endpoint: connection.endpoint(port: connection.hbPort),
                                  logger: logger)
        var bound = connection
        if connection.transport == "tcp" {
            bound.shellPort = shellSocket.boundPort ?? connection.shellPort
            bound.controlPort = controlSocket.boundPort ?? connection.controlPort
            bound.iopubPort = iopub.port ?? connection.iopubPort
            bound.stdinPort = stdin.port ?? connection.stdinPort
            bound.hbPort = heartbeat.port ?? connection.hbPort
        }
        self.connection = bound
        logger.info("kernel bound", metadata: [
            "session": "\(session)", "shell": "\(shellEndpoint)", "control": "\(controlEndpoint)",
            "iopub": "\(iopub.endpoint)", "stdin": "\(stdin.endpoint)", "hb": "\(heartbeat.endpoint)",
            "signed": "\(codec.signer.isEnabled)", "max_message_bytes": "\(limits.maxMessageBytes)",
            "iopub_hwm": "\(limits.iopubHighWaterMark)",
        ])
    }

    /// Serves until a `shutdown_request` (or `stop()`), then closes everything and returns.
    public func run() throws {
        start()
        waitUntilStopped()
    }

    /// Starts all threads and publishes `status: starting`; returns at once.
    public func start() {
        let alreadyStarted = lifecycle.withLock { state in
            defer { state.started = true }
            return state.started
        }
        guard !alreadyStarted else { return }
        iopub.start()
        heartbeat.start()
        if routesInterruptSignal { installInterruptHandler() }
        publishStatus("starting", parent: nil)
        let shell = WorkerThread(name: "jupyter-shell") { [self] thread in
            serve(shellSocket, channel: .shell, thread: thread)
        }
        let control = WorkerThread(name: "jupyter-control") { [self] thread in
            serve(controlSocket, channel: .control, thread: thread)
        }
        lifecycle.withLock { $0.workers = [shell, control] }
        logger.info("kernel started")
    }

    /// Asks the server to stop; `run()` / `waitUntilStopped()` then tear down. Any thread.
    public func stop() {
        let first = lifecycle.withLock { state in
            defer { state.stopRequested = true }
            return !state.stopRequested
        }
        guard first else { return }
        stdin.cancelPendingInput()
        stopSignal.signal()
    }

    /// Blocks until `stop()` (or a shutdown request), then stops the threads and closes the sockets.
    public func waitUntilStopped() {
        stopSignal.wait()
        stopSignal.signal()  // later waiters return at once
        if routesInterruptSignal { InterruptSignalRouter.shared.route(nil) }
        let workers = lifecycle.withLock { $0.workers }
        for worker in workers { worker.stop() }
        for worker in workers where !worker.join(timeout: 10) {
            logger.warning("\(worker.name) did not stop within 10 s; leaving it")
        }
        stdin.close()
        iopub.stop()
        heartbeat.stop()
        logger.info("kernel stopped")
    }

    /// Interrupts the running cell (and a pending input prompt). Called for `interrupt_request` and SIGINT.
    public func interruptExecution() {
        logger.info("interrupt")
        stdin.cancelPendingInput()
        interpreter.interrupt()
    }

    /// Routes SIGINT to `interruptExecution()`, so the signal a frontend sends in `interrupt_mode: signal`
    /// stops the cell and never kills the kernel. `start()` calls it unless `routesInterruptSignal` was
    /// false; `waitUntilStopped()` then sets SIGINT back to ignored.
    public func installInterruptHandler() {
        InterruptSignalRouter.shared.route { [weak self] in self?.interruptExecution() }
    }

    /// The two request channels; replies go back on the channel the request came from.
    enum Channel: String {
        case shell, control
    }

    private func serve(_ socket: ZMQSocket, channel: Channel, thread: WorkerThread) {
        while !thread.isStopping {
            do throws(ZMQError) {
                guard let frames = try socket.receive(timeout: WorkerThread.pollInterval, byteLimit: limits.hardCapBytes)
                else { continue }
                if channel == .shell && restartPending.exchange(false, ordering: .acquiringAndReleasing) {
                    executionCount = 0
                    history.clear()
                }
                process(frames, channel: channel, socket: socket)
                if channel == .shell && abortPending {
                    abortPending = false
                    abortQueuedExecutions(socket: socket)
                }
            } catch {
                if error.isTerminated { break }
                logger.error("\(channel.rawValue): \(error)")
                Thread.sleep(forTimeInterval: WorkerThread.pollInterval)  // do not spin on a broken socket
            }
        }
        socket.close()
    }

    /// Decodes one request and handles it between `busy` and `idle`; answers an oversized one with an
    /// error, drops a replayed one.
    func process(_ inbound: InboundMessage, channel: Channel, socket: ZMQSocket) {
        guard inbound.totalBytes <= limits.maxMessageBytes else {
            rejectOversized(inbound, channel: channel, socket: socket)
            return
        }
        let request: Message
        do {
            request = try codec.decode(inbound.frames)
        } catch {
            logger.warning("\(channel.rawValue): dropped message: \(error)")
            return
        }
        guard isFirstSighting(inbound.frames, of: request, channel: channel) else { return }
        logger.debug("\(channel.rawValue): \(request.msgType)", metadata: ["msg_id": "\(request.header.msgID)"])
        publishStatus("busy", parent: request)
        defer { publishStatus("idle", parent: request) }
        let reply = Replier(server: self, request: request, socket: socket, channel: channel)
        dispatch(request, reply: reply)
    }

    /// Publishes `status` with `execution_state`.
    func publishStatus(_ state: String, parent: Message?) {
        publish("status", ["execution_state": .string(state)], parent: parent)
    }

    /// Publishes a message on IOPub with `parent` as parent header.
    func publish(_ msgType: String, _ content: JSONValue, parent: Message?) {
        if let parent {
            iopub.publish(Message.reply(to: parent, msgType: msgType, content: content, session: session))
        } else {
            iopub.publish(Message(header: MessageHeader(session: session, msgType: msgType), content: content))
        }
    }
}

/// Sends the reply to one request on the socket it came from (owned by the current thread).
struct Replier {
    let server: KernelServer
    let request: Message
    let socket: ZMQSocket
    let channel: KernelServer.Channel

    /// Sends `<request type without _request>_reply` with `content`.
    func callAsFunction(_ content: JSONValue, msgType: String? = nil) {
        let type = msgType ?? request.msgType.replacingOccurrences(of: "_request", with: "_reply")
        let metadata: [String: JSONValue] = ["started": .string(request.header.date)]
        let message = Message.reply(to: request, msgType: type, content: content, session: server.session,
                                    metadata: metadata)
        do throws(ZMQError) {
            try socket.send(server.codec.encode(message))
        } catch {
            server.logger.error("\(channel.rawValue): cannot send \(type): \(error)")
        }
    }
}
