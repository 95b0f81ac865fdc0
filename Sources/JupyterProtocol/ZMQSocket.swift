import CZeroMQ
import Foundation

/// The socket kinds the kernel and its tests use.
public enum ZMQSocketType: Int32, Sendable {
    case pair, pub, sub, req, rep, dealer, router, pull, push, xpub, xsub

    var rawZMQ: Int32 {
        switch self {
        case .pair: ZMQ_PAIR
        case .pub: ZMQ_PUB
        case .sub: ZMQ_SUB
        case .req: ZMQ_REQ
        case .rep: ZMQ_REP
        case .dealer: ZMQ_DEALER
        case .router: ZMQ_ROUTER
        case .pull: ZMQ_PULL
        case .push: ZMQ_PUSH
        case .xpub: ZMQ_XPUB
        case .xsub: ZMQ_XSUB
        }
    }
}

/// A ZeroMQ socket with multipart send and receive.
///
/// ZeroMQ sockets are NOT thread-safe: a socket must be used by one thread at a time. The kernel gives
/// each socket one owner thread (see `KernelServer`); where two threads need one socket, the owner guards
/// it with a lock. `@unchecked Sendable` only allows handing a socket to its owner thread.
/// Blocking calls retry on `EINTR`, so a SIGINT handler never makes them fail.
public final class ZMQSocket: @unchecked Sendable {
    public let context: ZMQContext
    public let type: ZMQSocketType
    private var handle: UnsafeMutableRawPointer?

    public init(context: ZMQContext, type: ZMQSocketType) throws(ZMQError) {
        guard let handle = zmq_socket(context.handle, type.rawZMQ) else { throw ZMQError("zmq_socket") }
        self.context = context
        self.type = type
        self.handle = handle
    }

    deinit { close() }

    /// Closes the socket; later calls fail with `ENOTSOCK`. Idempotent.
    public func close() {
        if let handle { zmq_close(handle) }
        handle = nil
    }

    /// Binds to `endpoint` (`tcp://127.0.0.1:5555`, `tcp://127.0.0.1:*`) and returns the endpoint actually
    /// bound, so a `*` port can be read back.
    @discardableResult
    public func bind(_ endpoint: String) throws(ZMQError) -> String {
        guard zmq_bind(handle, endpoint) == 0 else { throw ZMQError("zmq_bind \(endpoint)") }
        return lastEndpoint ?? endpoint
    }

    public func connect(_ endpoint: String) throws(ZMQError) {
        guard zmq_connect(handle, endpoint) == 0 else { throw ZMQError("zmq_connect \(endpoint)") }
    }

    /// The last endpoint bound (`ZMQ_LAST_ENDPOINT`).
    public var lastEndpoint: String? {
        var buffer = [CChar](repeating: 0, count: 256)
        var size = buffer.count
        guard zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size) == 0 else { return nil }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The TCP port of the last bind, or nil.
    public var boundPort: Int? {
        lastEndpoint.flatMap { $0.split(separator: ":").last }.flatMap { Int($0) }
    }

    /// Sets an integer option (`ZMQ_LINGER`, `ZMQ_XPUB_VERBOSE`, ...).
    public func setOption(_ option: Int32, _ value: Int32) throws(ZMQError) {
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size) == 0 else {
            throw ZMQError("zmq_setsockopt \(option)")
        }
    }

    /// Sets a 64-bit integer option (`ZMQ_MAXMSGSIZE`).
    public func setOption(_ option: Int32, int64 value: Int64) throws(ZMQError) {
        var value = value
        guard zmq_setsockopt(handle, option, &value, MemoryLayout<Int64>.size) == 0 else {
            throw ZMQError("zmq_setsockopt \(option)")
        }
    }

    /// The largest frame ZeroMQ accepts from a peer (`ZMQ_MAXMSGSIZE`); a peer that sends a larger one is
    /// disconnected before the frame is buffered.
    public func setMaxFrameSize(bytes: Int) throws(ZMQError) {
        try setOption(ZMQ_MAXMSGSIZE, int64: Int64(bytes))
    }

    /// Sets a bytes option (`ZMQ_SUBSCRIBE`, `ZMQ_ROUTING_ID`).
    public func setOption(_ option: Int32, bytes: [UInt8]) throws(ZMQError) {
        let result = bytes.withUnsafeBytes { zmq_setsockopt(handle, option, $0.baseAddress, $0.count) }
        guard result == 0 else { throw ZMQError("zmq_setsockopt \(option)") }
    }

    /// SUB sockets: receive messages whose first frame starts with `prefix` ("" = everything).
    public func subscribe(_ prefix: String = "") throws(ZMQError) {
        try setOption(ZMQ_SUBSCRIBE, bytes: Array(prefix.utf8))
    }

    /// DEALER/REQ sockets: the identity a ROUTER peer sees (jupyter clients share one across channels).
    public func setRoutingID(_ identity: [UInt8]) throws(ZMQError) {
        try setOption(ZMQ_ROUTING_ID, bytes: identity)
    }

    /// How long unsent messages are kept after `close` (milliseconds, -1 forever).
    public func setLinger(milliseconds: Int32) throws(ZMQError) {
        try setOption(ZMQ_LINGER, milliseconds)
    }

    /// ROUTER sockets: a peer that connects with an identity already in use takes it over
    /// (`ZMQ_ROUTER_HANDOVER`), instead of being ignored while the old connection lingers. A front end
    /// that reconnects with the same session id (JupyterLab behind a proxy) then gets its replies;
    /// ipykernel sets the same option.
    public func setRouterHandover(_ enabled: Bool = true) throws(ZMQError) {
        try setOption(ZMQ_ROUTER_HANDOVER, enabled ? 1 : 0)
    }

    /// Sends all frames as one multipart message. Blocks unless `dontWait`.
    public func send(_ frames: [Data], dontWait: Bool = false) throws(ZMQError) {
        for (index, frame) in frames.enumerated() {
            var flags: Int32 = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            if dontWait { flags |= ZMQ_DONTWAIT }
            while true {
                let sent = frame.withUnsafeBytes { zmq_send(handle, $0.baseAddress, $0.count, flags) }
                if sent >= 0 { break }
                if zmq_errno() != EINTR { throw ZMQError("zmq_send") }
            }
        }
    }

    /// Receives one multipart message, blocking; with `dontWait` returns nil when nothing is queued.
    public func receive(dontWait: Bool = false) throws(ZMQError) -> [Data]? {
        var frames = [Data]()
        var message = zmq_msg_t()
        zmq_msg_init(&message)
        defer { zmq_msg_close(&message) }
        while true {
            let received = zmq_msg_recv(&message, handle, dontWait && frames.isEmpty ? ZMQ_DONTWAIT : 0)
            if received < 0 {
                let code = zmq_errno()
                if code == EINTR { continue }
                if code == EAGAIN && frames.isEmpty { return nil }
                throw ZMQError("zmq_msg_recv")
            }
            let size = zmq_msg_size(&message)
            if size == 0 {
                frames.append(Data())
            } else {
                frames.append(Data(bytes: zmq_msg_data(&message), count: size))
            }
            if zmq_msg_more(&message) == 0 { return frames }
        }
    }

    /// Receives one multipart message but copies no more than `byteLimit` bytes of it: frames past the
    /// limit are read and freed uncopied, and the result says the message was cut (`isTruncated`).
    /// Blocks unless `dontWait`; nil when nothing is queued.
    public func receive(dontWait: Bool = false, byteLimit: Int) throws(ZMQError) -> InboundMessage? {
        var inbound = InboundMessage()
        var message = zmq_msg_t()
        zmq_msg_init(&message)
        defer { zmq_msg_close(&message) }
        while true {
            let first = inbound.frames.isEmpty && inbound.totalBytes == 0 && !inbound.isTruncated
            let received = zmq_msg_recv(&message, handle, dontWait && first ? ZMQ_DONTWAIT : 0)
            if received < 0 {
                let code = zmq_errno()
                if code == EINTR { continue }
                if code == EAGAIN && first { return nil }
                throw ZMQError("zmq_msg_recv")
            }
            let size = zmq_msg_size(&message)
            inbound.totalBytes += size
            if inbound.isTruncated || inbound.totalBytes > byteLimit {
                inbound.isTruncated = true
            } else {
                inbound.frames.append(size == 0 ? Data() : Data(bytes: zmq_msg_data(&message), count: size))
            }
            if zmq_msg_more(&message) == 0 { return inbound }
        }
    }

    /// `receive(dontWait:byteLimit:)`, waiting at most `timeout` seconds; nil on timeout.
    public func receive(timeout: Double, byteLimit: Int) throws(ZMQError) -> InboundMessage? {
        guard try ZMQSocket.poll([self], timeout: timeout).first == true else { return nil }
        return try receive(dontWait: true, byteLimit: byteLimit)
    }

    /// Receives one multipart message, waiting at most `timeout` seconds; nil on timeout.
    public func receive(timeout: Double) throws(ZMQError) -> [Data]? {
        guard try ZMQSocket.poll([self], timeout: timeout).first == true else { return nil }
        return try receive(dontWait: true)
    }

    /// Waits until one of `sockets` has a message to read, or `timeout` seconds (negative = forever).
    /// Returns, per socket, whether it is readable; all false on timeout. Retries on `EINTR`.
    public static func poll(_ sockets: [ZMQSocket], timeout: Double) throws(ZMQError) -> [Bool] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        let milliseconds = timeout < 0 ? -1 : Int(timeout * 1000)
        let deadline = Date().addingTimeInterval(max(timeout, 0))
        var wait = milliseconds
        while true {
            let ready = zmq_poll(&items, Int32(items.count), wait)
            if ready >= 0 { break }
            guard zmq_errno() == EINTR else { throw ZMQError("zmq_poll") }
            if milliseconds >= 0 { wait = max(0, Int(deadline.timeIntervalSinceNow * 1000)) }
        }
        return items.map { $0.revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
