#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One message between the kernel and the SourceKit bridge process: a request number and a text.
///
/// On the pipe a frame is a header line `<id> <byte count>\n` followed by that many bytes of UTF-8,
/// so texts may hold newlines and the reader never has to guess where a message ends.
struct Frame: Equatable {
    var id: Int
    var text: String

    /// The bytes written to the pipe.
    var encoded: [UInt8] {
        let body = Array(text.utf8)
        return Array("\(id) \(body.count)\n".utf8) + body
    }
}

/// Reads frames from a file descriptor, blocking; `nil` once the other side closed the pipe.
/// Used by one thread at a time.
final class FrameReader: @unchecked Sendable {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// The next frame, or `nil` at end of input or on a malformed header.
    func next() -> Frame? {
        guard let header = readLine() else { return nil }
        let fields = header.split(separator: " ")
        guard fields.count == 2, let id = Int(fields[0]), let count = Int(fields[1]), count >= 0,
              let body = read(count: count) else { return nil }
        return Frame(id: id, text: String(decoding: body, as: UTF8.self))
    }

    private func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            guard fill() else { return nil }
        }
    }

    private func read(count: Int) -> [UInt8]? {
        while buffer.count < count {
            guard fill() else { return nil }
        }
        let body = Array(buffer[..<count])
        buffer.removeSubrange(..<count)
        return body
    }

    /// Appends what the pipe has; false at end of input or on an error.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            buffer += chunk[..<count]
            return true
        }
    }
}

/// Writes all of `bytes` to `descriptor`; false if the pipe is closed (the reader died).
@discardableResult
func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { return false }
        written += count
    }
    return true
}
