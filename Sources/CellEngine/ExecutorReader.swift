#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// One thing the executor said: output text, an event, the end-of-cell marker on stderr, or the end.
enum ExecutorMessage {
    case output(OutputStreamKind, String)
    case endOfCell
    case event([String: Any])
    case closed
}

/// Reads the executor's stdout and stderr on the calling thread with `poll`.
///
/// Events (displays, results, the end of a cell) come framed in-band on stdout, so they reach the
/// notebook in exactly the order the cell produced them relative to what it printed.
final class ExecutorReader {
    private var descriptors: [Int32]
    private var pending: [ExecutorMessage] = []
    private var stdoutBuffer: [UInt8] = []
    private var stderrBuffer: [UInt8] = []

    init(stdout: Int32, stderr: Int32) {
        descriptors = [stdout, stderr]
    }

    /// The next message, or `nil` if nothing arrived within `timeout` seconds.
    func next(timeout: Double) -> ExecutorMessage? {
        let deadline = Date().addingTimeInterval(timeout)
        while pending.isEmpty {
            if descriptors[0] < 0 { return .closed }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return nil }
            poll(milliseconds: Int32(min(remaining, 0.25) * 1000))
        }
        return pending.removeFirst()
    }

    func close() {
        for descriptor in descriptors where descriptor >= 0 { Glibc.close(descriptor) }
        descriptors = [-1, -1]
    }

    private func poll(milliseconds: Int32) {
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard Glibc.poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return }
        // stderr first: a crash report is complete before the snapshot's `resumed` event on stdout.
        if fds[1].revents != 0 { readStderr() }
        if fds[0].revents != 0 { readStdout() }
    }

    private func readStdout() {
        guard let bytes = readAvailable(0) else { return }
        stdoutBuffer += bytes
        let frame = ExecutorProcess.eventFrame
        while true {
            guard let start = stdoutBuffer.firstRange(of: frame.start) else { break }
            guard let end = stdoutBuffer[start.upperBound...].firstRange(of: frame.end) else {
                // A frame still arriving: show the text before it, keep the rest.
                emit(Array(stdoutBuffer[..<start.lowerBound]), .stdout)
                stdoutBuffer.removeSubrange(..<start.lowerBound)
                return
            }
            emit(Array(stdoutBuffer[..<start.lowerBound]), .stdout)
            let json = Data(stdoutBuffer[start.upperBound..<end.lowerBound])
            if let object = try? JSONSerialization.jsonObject(with: json) as? [String: Any] {
                pending.append(.event(object))
            }
            stdoutBuffer.removeSubrange(..<end.upperBound)
        }
        stdoutBuffer = emitText(keepingPossiblePrefixOf: frame.start, from: stdoutBuffer, .stdout)
    }

    private func readStderr() {
        guard let bytes = readAvailable(1) else { return }
        stderrBuffer += bytes
        let marker = ExecutorProcess.endOfCellMarker
        while let range = stderrBuffer.firstRange(of: marker) {
            emit(Array(stderrBuffer[..<range.lowerBound]), .stderr)
            pending.append(.endOfCell)
            stderrBuffer.removeSubrange(..<range.upperBound)
        }
        stderrBuffer = emitText(keepingPossiblePrefixOf: marker, from: stderrBuffer, .stderr)
    }

    /// Emits the text of `buffer` except a tail that could start `marker` or an unfinished UTF-8
    /// character; returns that tail.
    private func emitText(keepingPossiblePrefixOf marker: [UInt8], from buffer: [UInt8], _ kind: OutputStreamKind) -> [UInt8] {
        var keep = 0
        for length in stride(from: min(marker.count - 1, buffer.count), to: 0, by: -1)
        where buffer.suffix(length).elementsEqual(marker.prefix(length)) {
            keep = length
            break
        }
        let safe = utf8Boundary(buffer, upTo: buffer.count - keep)
        emit(Array(buffer[..<safe]), kind)
        return Array(buffer[safe...])
    }

    private func emit(_ bytes: [UInt8], _ kind: OutputStreamKind) {
        guard !bytes.isEmpty else { return }
        pending.append(.output(kind, String(decoding: bytes, as: UTF8.self)))
    }

    /// Reads what is available on stream `index`; `nil` at end of file, after which the stream is closed.
    private func readAvailable(_ index: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptors[index], &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return [] }
            if count == 0 {
                Glibc.close(descriptors[index])
                descriptors[index] = -1
                if index == 1 { pending.append(.endOfCell) }
                return nil
            }
            return Array(buffer[..<count])
        }
    }
}

/// The largest prefix length of `bytes[..<end]` that does not end inside a UTF-8 sequence.
private func utf8Boundary(_ bytes: [UInt8], upTo end: Int) -> Int {
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
