import Foundation
import JupyterKernel
import JupyterProtocol
import Logging
import XCTest

/// A frontend for tests: DEALER shell/control/stdin with one identity, SUB on IOPub, REQ heartbeat,
/// all on 127.0.0.1, talking to a `KernelServer` started on free ports.
final class TestClient {
    static let key = "test-key-0123"
    /// Warnings only (dropped messages), on stderr; the server's info lines would drown test output.
    static let logger: Logger = {
        var logger = Logger(label: "kernel-test")
        logger.logLevel = .warning
        return logger
    }()
    let server: KernelServer
    let interpreter = FakeInterpreter()
    let context: ZMQContext
    let codec: WireCodec
    let shell: ZMQSocket
    let control: ZMQSocket
    let stdin: ZMQSocket
    let iopub: ZMQSocket
    let heartbeat: ZMQSocket
    let session = UUID().uuidString
    private let serverDone = DispatchSemaphore(value: 0)
    /// IOPub messages read but not yet asked for.
    private var pending: [Message] = []
    private var stopped = false

    /// - Parameter configure: sets server options before it starts.
    init(configure: (KernelServer) -> Void = { _ in }) throws {
        let connection = ConnectionInfo(ip: "127.0.0.1", key: Self.key)
        server = try KernelServer(connection: connection, interpreter: interpreter,
                                  logger: Self.logger, routesInterruptSignal: false)
        configure(server)
        codec = WireCodec(signer: try MessageSigner(key: Self.key))
        let context = try ZMQContext()
        self.context = context
        let ports = server.connection
        let identity = Array("client-\(UUID().uuidString.prefix(8))".utf8)
        func make(_ type: ZMQSocketType, _ port: Int) throws -> ZMQSocket {
            let socket = try ZMQSocket(context: context, type: type)
            try socket.setLinger(milliseconds: 0)
            if type == .dealer { try socket.setRoutingID(identity) }
            if type == .sub { try socket.subscribe() }
            try socket.connect("tcp://127.0.0.1:\(port)")
            return socket
        }
        shell = try make(.dealer, ports.shellPort)
        control = try make(.dealer, ports.controlPort)
        stdin = try make(.dealer, ports.stdinPort)
        iopub = try make(.sub, ports.iopubPort)
        heartbeat = try make(.req, ports.hbPort)
        let server = self.server
        let done = serverDone
        Thread.detachNewThread {
            try? server.run()
            done.signal()
        }
        // XPUB welcomes us once the subscription is in place: from then on no IOPub message is lost.
        // (`starting` may come before or after it, depending on the race with the subscription.)
        _ = try XCTUnwrap(try nextIOPub(timeout: 5) { $0.msgType == "iopub_welcome" })
    }

    /// Stops the server (if a test did not shut it down) and closes the sockets.
    func close() {
        server.stop()
        if !stopped { _ = serverStopped(timeout: 15) }
        for socket in [shell, control, stdin, iopub, heartbeat] { socket.close() }
    }

    /// Waits for `run()` to return; false on timeout.
    func serverStopped(timeout: Double) -> Bool {
        if !stopped { stopped = serverDone.wait(timeout: .now() + timeout) == .success }
        return stopped
    }

    func request(_ msgType: String, _ content: JSONValue = [:]) -> Message {
        Message(header: MessageHeader(session: session, username: "tester", msgType: msgType), content: content)
    }

    @discardableResult
    func send(_ message: Message, on socket: ZMQSocket? = nil) throws -> Message {
        try (socket ?? shell).send(codec.encode(message))
        return message
    }

    @discardableResult
    func send(_ msgType: String, _ content: JSONValue = [:], on socket: ZMQSocket? = nil) throws -> Message {
        try send(request(msgType, content), on: socket)
    }

    @discardableResult
    func execute(_ code: String, silent: Bool = false, allowStdin: Bool = true, stopOnError: Bool = true) throws -> Message {
        try send("execute_request", ["code": .string(code), "silent": .bool(silent), "store_history": true,
                                     "user_expressions": [:], "allow_stdin": .bool(allowStdin),
                                     "stop_on_error": .bool(stopOnError)])
    }

    /// The next message on `socket`, decoded and verified, or nil after `timeout` seconds.
    func receive(on socket: ZMQSocket? = nil, timeout: Double = 10) throws -> Message? {
        guard let frames = try (socket ?? shell).receive(timeout: timeout) else { return nil }
        return try codec.decode(frames)
    }

    /// The next IOPub message matching `predicate`; earlier non-matching ones stay pending.
    func nextIOPub(timeout: Double = 10, where predicate: (Message) -> Bool) throws -> Message? {
        if let index = pending.firstIndex(where: predicate) { return pending.remove(at: index) }
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            guard let message = try receive(on: iopub, timeout: deadline.timeIntervalSinceNow) else { return nil }
            if predicate(message) { return message }
            pending.append(message)
        }
        return nil
    }

    /// Every IOPub message whose parent is `request`, from its `busy` to its `idle`, in order.
    func iopubMessages(for request: Message, timeout: Double = 10) throws -> [Message] {
        var messages: [Message] = []
        while let message = try nextIOPub(timeout: timeout, where: { $0.parentHeader?.msgID == request.header.msgID }) {
            messages.append(message)
            if message.msgType == "status" && message.content["execution_state"] == "idle" { break }
        }
        return messages
    }
}
