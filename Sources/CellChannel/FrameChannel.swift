#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Messages over a `SOCK_SEQPACKET` socket pair, the channel between the engine and the executor.
///
/// The channel is a socket of its own, never the cell's stdout or stderr, so nothing a cell prints can
/// pass for a message. Packets keep their boundaries and are delivered whole, so a process killed while
/// it sends (an interrupt) cannot leave half a packet for the next sender. A message larger than one
/// packet goes in several, each headed by the message's number and whether more follow; a message cut
/// short by its sender's death is dropped when a packet of another message arrives.
public enum FrameChannel {
    /// The largest message either side accepts: a display of a large figure fits, a runaway does not.
    public static let maximumMessageBytes = 256 << 20
    /// Payload bytes per packet, well under the socket's default send buffer.
    static let packetPayloadBytes = 60 * 1024
    static let headerBytes = 5

    /// Creates the socket pair, both ends close-on-exec.
    public static func makePair() throws -> (Int32, Int32) {
        var ends: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_SEQPACKET.rawValue), 0, &ends) == 0 else {
            throw FrameError.io(String(cString: strerror(errno)))
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    /// Encodes `value` and sends it on `descriptor` (blocking), numbered `sequence`.
    public static func send<T: Encodable>(_ value: T, sequence: UInt32, on descriptor: Int32) throws {
        let body = Array(try JSONEncoder().encode(value))
        guard body.count <= maximumMessageBytes else { throw FrameError.tooLarge(body.count) }
        var offset = 0
        repeat {
            let end = min(body.count, offset + packetPayloadBytes)
            let more: UInt8 = end < body.count ? 1 : 0
            let packet = [UInt8(sequence >> 24), UInt8(sequence >> 16 & 0xff), UInt8(sequence >> 8 & 0xff),
                          UInt8(sequence & 0xff), more] + body[offset..<end]
            while true {
                let sent = packet.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent == packet.count { break }
                if sent < 0 && errno == EINTR { continue }
                throw FrameError.io(sent < 0 ? String(cString: strerror(errno)) : "short packet")
            }
            offset = end
        } while offset < body.count
    }

    /// Receives one message from a blocking `descriptor`; `nil` when the other side has closed.
    public static func receive<T: Decodable>(_ type: T.Type, from descriptor: Int32) throws -> T? {
        var assembler = MessageAssembler<T>()
        while true {
            guard let packet = try receivePacket(from: descriptor) else { return nil }
            if let message = try assembler.add(packet) { return message }
        }
    }

    /// One packet, `nil` at end of stream; throws `FrameError.wouldBlock` on a non-blocking socket
    /// with nothing to read.
    static func receivePacket(from descriptor: Int32) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: headerBytes + packetPayloadBytes)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 { return Array(buffer[..<count]) }
            if count == 0 { return nil }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw FrameError.wouldBlock }
            throw FrameError.io(String(cString: strerror(errno)))
        }
    }
}

/// Puts messages back together from packets.
public struct MessageAssembler<Message: Decodable> {
    private var sequence: UInt32?
    private var body: [UInt8] = []

    public init() {}

    /// Adds a packet; returns the message it completes, if any.
    public mutating func add(_ packet: [UInt8]) throws -> Message? {
        guard packet.count >= FrameChannel.headerBytes else { throw FrameError.io("a packet without a header") }
        let number = packet[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        if number != sequence {
            sequence = number
            body.removeAll(keepingCapacity: true)
        }
        body += packet[FrameChannel.headerBytes...]
        guard body.count <= FrameChannel.maximumMessageBytes else { throw FrameError.tooLarge(body.count) }
        guard packet[4] == 0 else { return nil }
        defer { sequence = nil; body.removeAll(keepingCapacity: true) }
        return try JSONDecoder().decode(Message.self, from: Data(body))
    }

    /// Receives every packet waiting on a non-blocking `descriptor`; returns the messages they complete
    /// and whether the other side has closed.
    public mutating func receiveAvailable(from descriptor: Int32) throws -> (messages: [Message], closed: Bool) {
        var messages: [Message] = []
        while true {
            let packet: [UInt8]?
            do { packet = try FrameChannel.receivePacket(from: descriptor) } catch FrameError.wouldBlock {
                return (messages, false)
            }
            guard let packet else { return (messages, true) }
            if let message = try add(packet) { messages.append(message) }
        }
    }
}

/// A message that could not be sent or read.
public enum FrameError: Error, CustomStringConvertible {
    case tooLarge(Int)
    case io(String)
    case wouldBlock

    public var description: String {
        switch self {
        case .tooLarge(let bytes): return "a channel message of \(bytes) bytes is over the limit of \(FrameChannel.maximumMessageBytes)"
        case .io(let reason): return "the cell channel failed: \(reason)"
        case .wouldBlock: return "nothing to read on the cell channel yet"
        }
    }
}

/// The largest prefix length of `bytes[..<end]` that does not end inside a UTF-8 sequence, so that
/// output split across reads is decoded whole.
public func utf8Boundary(_ bytes: [UInt8], upTo end: Int) -> Int {
    var index = end
    while index > 0 && end - index < 4 {
        let byte = bytes[index - 1]
        if byte & 0x80 == 0 { return end }
        if byte & 0xC0 == 0xC0 {
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            return end - (index - 1) >= length ? end : index - 1
        }
        index -= 1
    }
    return end
}
