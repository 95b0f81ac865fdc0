import Foundation
import JupyterProtocol
import Logging
import Synchronization

/// The stdin channel: asks the frontend for a line of input on behalf of running code.
///
/// The ROUTER socket is used by whichever thread calls `readInput` (the cell's output may come from the
/// engine's threads), so every use holds `lock`: one prompt at a time. The request goes out with the
/// shell request's identities, because the frontend's stdin socket shares its shell socket's identity.
/// Replies are read under the same size limit as shell requests; a replayed reply is ignored.
final class StdinChannel: Sendable {
    private let socket: ZMQSocket
    private let lock = NSLock()
    private let codec: WireCodec
    private let session: String
    private let logger: Logger
    private let limits: ChannelLimits
    private let seenSignatures: SignatureHistory
    /// Bumped by `cancelPendingInput`; a waiting `readInput` that sees it change gives up.
    private let cancellations = Atomic<Int>(0)
    private let closed = Atomic<Bool>(false)
    let endpoint: String

    init(context: ZMQContext, endpoint requested: String, codec: WireCodec, session: String,
         logger: Logger, limits: ChannelLimits, seenSignatures: SignatureHistory) throws(ZMQError) {
        socket = try ZMQSocket(context: context, type: .router)
        try socket.setLinger(milliseconds: 0)
        try socket.setMaxFrameSize(bytes: limits.hardCapBytes)
        try socket.setRouterHandover()  // a reconnecting front end answers input_request (see ZMQSocket)
        self.limits = limits
        self.seenSignatures = seenSignatures
        endpoint = try socket.bind(requested)
        self.codec = codec
        self.session = session
        self.logger = logger
    }

    var port: Int? { socket.boundPort }

    /// Sends `input_request` for `parent` (an execute request) and blocks until `input_reply`.
    ///
    /// - Throws: `InputInterrupted` after `cancelPendingInput` or `close`; `InputTooLarge` for a signed
    ///   reply over the size limit.
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
            guard let inbound = try socket.receive(timeout: WorkerThread.pollInterval, byteLimit: limits.hardCapBytes)
            else { continue }
            if inbound.isTruncated {
                logger.warning("stdin: dropped a message of \(inbound.totalBytes) bytes unread: over the hard cap of \(limits.hardCapBytes) bytes")
                continue
            }
            let oversized = inbound.totalBytes > limits.maxMessageBytes
            let reply: Message
            do {
                reply = oversized ? try codec.decodeEnvelope(inbound.frames) : try codec.decode(inbound.frames)
            } catch {
                logger.warning("stdin: dropped message: \(error)")
                continue
            }
            guard seenSignatures.recordIfNew(WireCodec.signatureFrame(of: inbound.frames)) else {
                logger.warning("stdin: ignored a replayed \(reply.msgType): its signature was seen before")
                continue
            }
            if oversized && reply.msgType == "input_reply" {
                logger.warning("stdin: refused input_reply of \(inbound.totalBytes) bytes: over the limit of \(limits.maxMessageBytes)")
                throw InputTooLarge(bytes: inbound.totalBytes, limit: limits.maxMessageBytes)
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

/// A signed `input_reply` larger than the kernel's message limit; the cell's `input()` fails with this.
struct InputTooLarge: Error, CustomStringConvertible {
    let bytes: Int
    let limit: Int

    var description: String {
        "the input was \(bytes) bytes, more than the \(limit) bytes this kernel accepts in one message; type less, or raise \(ChannelLimits.maxMessageVariable) in the kernelspec's env and restart the kernel"
    }
}
