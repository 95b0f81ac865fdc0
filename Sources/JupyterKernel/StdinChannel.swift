import Foundation
import JupyterProtocol
import Logging
import Synchronization

/// The stdin channel: asks the frontend for a line of input on behalf of running code.
///
/// The ROUTER socket is used by whichever thread calls `readInput` (the cell's output may come from the
/// engine's threads), so every use holds `lock`: one prompt at a time. The request goes out with the
/// shell request's identities, because the frontend's stdin socket shares its shell socket's identity.
final class StdinChannel: Sendable {
    private let socket: ZMQSocket
    private let lock = NSLock()
    private let codec: WireCodec
    private let session: String
    private let logger: Logger
    /// Bumped by `cancelPendingInput`; a waiting `readInput` that sees it change gives up.
    private let cancellations = Atomic<Int>(0)
    private let closed = Atomic<Bool>(false)
    let endpoint: String

    init(context: ZMQContext, endpoint requested: String, codec: WireCodec, session: String,
         logger: Logger) throws(ZMQError) {
        socket = try ZMQSocket(context: context, type: .router)
        try socket.setLinger(milliseconds: 0)
        endpoint = try socket.bind(requested)
        self.codec = codec
        self.session = session
        self.logger = logger
    }

    var port: Int? { socket.boundPort }

    /// Sends `input_request` for `parent` (an execute request) and blocks until `input_reply`.
    ///
    /// - Throws: `InputInterrupted` after `cancelPendingInput` or `close`.
    func readInput(prompt: String, password: Bool, parent: Message) throws -> String {
        let generation = cancellations.load(ordering: .acquiring)
        lock.lock()
        defer { lock.unlock() }
        guard !closed.load(ordering: .acquiring) else { throw InputInterrupted() }
        // Drop replies left over from an earlier, abandoned prompt (ipykernel does the same).
        while (try? socket.receive(dontWait: true)) != nil {}
        let request = Message.reply(to: parent, msgType: "input_request",
                                    content: ["prompt": .string(prompt), "password": .bool(password)],
                                    session: session)
        try socket.send(codec.encode(request))
        while true {
            if cancellations.load(ordering: .acquiring) != generation || closed.load(ordering: .acquiring) {
                throw InputInterrupted()
            }
            guard let frames = try socket.receive(timeout: WorkerThread.pollInterval) else { continue }
            let reply: Message
            do {
                reply = try codec.decode(frames)
            } catch {
                logger.warning("stdin: dropped message: \(error)")
                continue
            }
            guard reply.msgType == "input_reply" else {
                logger.warning("stdin: ignored \(reply.msgType)")
                continue
            }
            return reply.content["value"]?.stringValue ?? ""
        }
    }

    /// Makes a waiting `readInput` throw `InputInterrupted` (interrupt, shutdown).
    func cancelPendingInput() {
        cancellations.add(1, ordering: .releasing)
    }

    /// Closes the socket once no prompt is waiting.
    func close() {
        closed.store(true, ordering: .releasing)
        lock.lock()
        socket.close()
        lock.unlock()
    }
}
