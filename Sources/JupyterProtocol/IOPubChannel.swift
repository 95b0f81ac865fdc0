import CZeroMQ
import Foundation
import Logging
import Synchronization

/// The IOPub channel: broadcasts status, output and results to every frontend.
///
/// An XPUB socket (protocol 5.5), owned by the IOPub thread. Any thread calls `publish`: the frames go
/// through an in-process PUSH→PULL pipe (the PUSH end guarded by a lock) to the IOPub thread, which
/// forwards them in order. That keeps the XPUB socket single-threaded and makes "idle after all output"
/// hold: whatever a request published before its `idle` leaves before it.
/// The IOPub thread also reads subscriptions and answers each new one with `iopub_welcome`, so a late
/// subscriber knows it is connected before it waits for a status.
///
/// Anyone on the machine may subscribe (IOPub carries no key) and then never read. So each subscriber
/// gets at most `highWaterMark` queued messages; past that it misses messages, the others do not, and
/// the misses are counted in the log (`IOPubDropCounter`). To know when that happens the socket runs
/// with `ZMQ_XPUB_NODROP`: a non-blocking send fails when any subscriber is full, and is then repeated
/// in ZeroMQ's usual lossy mode, which delivers to everyone with room.
public final class IOPubChannel: Sendable {
    private let xpub: ZMQSocket
    private let pull: ZMQSocket
    private let push: Mutex<ZMQSocket>
    private let codec: WireCodec
    private let session: String
    private let logger: Logger
    private let worker = Mutex<WorkerThread?>(nil)
    private let drops: Mutex<IOPubDropCounter>
    /// The bound endpoint (with the real port if the requested one was 0).
    public let endpoint: String

    /// Binds the XPUB socket; `session` goes into the headers of `iopub_welcome` messages.
    /// `highWaterMark`: messages queued per subscriber before it misses some (see the type's notes).
    public init(context: ZMQContext, endpoint requested: String, codec: WireCodec, session: String,
                logger: Logger, highWaterMark: Int32 = ChannelLimits.defaultIOPubHighWaterMark) throws(ZMQError) {
        xpub = try ZMQSocket(context: context, type: .xpub)
        try xpub.setOption(ZMQ_XPUB_VERBOSE, 1)  // see every subscription, even a repeated topic
        try xpub.setLinger(milliseconds: 1000)
        try xpub.setOption(ZMQ_SNDHWM, max(1, highWaterMark))
        try xpub.setOption(ZMQ_XPUB_NODROP, 1)
        drops = Mutex(IOPubDropCounter(highWaterMark: max(1, highWaterMark)))
        endpoint = try xpub.bind(requested)
        let pipe = "inproc://iopub-\(UUID().uuidString)"
        pull = try ZMQSocket(context: context, type: .pull)
        try pull.bind(pipe)
        let pushSocket = try ZMQSocket(context: context, type: .push)
        try pushSocket.setLinger(milliseconds: 0)
        try pushSocket.connect(pipe)
        push = Mutex(pushSocket)
        self.codec = codec
        self.session = session
        self.logger = logger
    }

    /// The bound TCP port.
    public var port: Int? { xpub.boundPort }

    /// How many messages some subscriber missed because it was not reading.
    public var droppedMessages: Int { drops.withLock { $0.total } }

    /// Sends `message` to all subscribers; thread-safe, never blocks on slow clients.
    /// Its identities are replaced by the topic (the msg_type, as ipykernel's `kernel.<id>.<type>` is not
    /// relied on by clients, which subscribe to everything).
    public func publish(_ message: Message) {
        var message = message
        message.identities = [Data(message.header.msgType.utf8)]
        let frames = codec.encode(message)
        push.withLock { socket in
            do throws(ZMQError) {
                try socket.send(frames)
            } catch {
                logger.error("iopub: cannot queue \(message.header.msgType): \(error)")
            }
        }
    }

    /// Starts the IOPub thread.
    public func start() {
        worker.withLock { worker in
            guard worker == nil else { return }
            worker = WorkerThread(name: "jupyter-iopub") { [self] thread in
                run(thread)
            }
        }
    }

    /// Sends what is still queued, then stops the thread and closes the sockets.
    public func stop() {
        if let thread = worker.withLock({ $0 }) {
            thread.stop()
            thread.join()
        } else {
            xpub.close()
            pull.close()
        }
        push.withLock { $0.close() }
    }

    private func run(_ thread: WorkerThread) {
        while !thread.isStopping {
            do throws(ZMQError) {
                let ready = try ZMQSocket.poll([xpub, pull], timeout: WorkerThread.pollInterval)
                if ready[0] { try handleSubscription() }
                if ready[1] { try forwardQueued() }
            } catch {
                if error.isTerminated { break }
                logger.warning("iopub: \(error)")
            }
        }
        try? forwardQueued()
        xpub.close()
        pull.close()
        let total = droppedMessages
        if total > 0 { logger.info("iopub: \(total) messages were dropped for subscribers that were not reading") }
    }

    private func forwardQueued() throws(ZMQError) {
        while let frames = try pull.receive(dontWait: true) {
            try send(frames)
        }
    }

    /// Sends to every subscriber with room, never blocking; counts a message some subscriber missed.
    private func send(_ frames: [Data]) throws(ZMQError) {
        do {
            try xpub.send(frames, dontWait: true)  // all or nothing while ZMQ_XPUB_NODROP is on
            drops.withLock { $0.delivered(logger: logger) }
            return
        } catch where error.code == EAGAIN {
            // Some subscriber is full: below, in lossy mode, the others still get it.
        }
        try xpub.setOption(ZMQ_XPUB_NODROP, 0)
        defer { try? xpub.setOption(ZMQ_XPUB_NODROP, 1) }
        try xpub.send(frames, dontWait: true)
        let type = frames.count > 4 ? String(decoding: frames[0], as: UTF8.self) : "?"
        drops.withLock { $0.dropped(type, logger: logger) }
    }

    private func handleSubscription() throws(ZMQError) {
        while let frames = try xpub.receive(dontWait: true) {
            guard let frame = frames.first, frame.first == 1 else { continue }  // 0 = unsubscribe
            let topic = String(decoding: frame.dropFirst(), as: UTF8.self)
            logger.debug("iopub: new subscription \"\(topic)\"")
            // The topic frame must match the subscriber's prefix for it to receive the welcome.
            let welcome = Message(identities: [Data(topic.utf8)],
                                  header: MessageHeader(session: session, msgType: "iopub_welcome"),
                                  content: ["subscription": .string(topic)])
            try send(codec.encode(welcome))
        }
    }
}
