#if canImport(Glibc)
import Glibc
#endif
import CellChannel
import Foundation

/// One thing the executor said: output text, an event, or the end of the channel.
enum ExecutorMessage {
    case output(OutputStreamKind, String)
    case event(ExecutorEvent)
    case closed
}

/// Reads the executor's cell channel on the calling thread with `poll`, and its own stdout and stderr.
///
/// A cell's output comes on the channel as output messages, in order with its events (the executor
/// forwards its pipes); the executor's own stdout and stderr carry only what it says itself when it
/// cannot use the channel.
final class ExecutorReader {
    private var outputs: [Int32]
    private var channel: Int32
    private var assembler = MessageAssembler<ExecutorEvent>()
    private var pending: [ExecutorMessage] = []
    private var partial: [[UInt8]] = [[], []]

    init(stdout: Int32, stderr: Int32, channel: Int32) {
        outputs = [stdout, stderr]
        self.channel = channel
        for descriptor in outputs + [channel] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    /// The next message, or `nil` if nothing arrived within `timeout` seconds.
    func next(timeout: Double) -> ExecutorMessage? {
        let deadline = Date().addingTimeInterval(timeout)
        while pending.isEmpty {
            if channel < 0 { return .closed }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { return nil }
            poll(milliseconds: Int32(max(0, min(remaining, 0.25)) * 1000))
        }
        return pending.removeFirst()
    }

    /// Everything that has arrived and not been read yet, without waiting.
    func available() -> [ExecutorMessage] {
        poll(milliseconds: 0)
        defer { pending.removeAll() }
        return pending
    }

    func close() {
        for descriptor in outputs + [channel] where descriptor >= 0 { Glibc.close(descriptor) }
        outputs = [-1, -1]
        channel = -1
    }

    private func poll(milliseconds: Int32) {
        var fds = (outputs + [channel]).map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        guard Glibc.poll(&fds, nfds_t(fds.count), milliseconds) > 0 else { return }
        if fds[0].revents != 0 || fds[1].revents != 0 { drainOutputs() }
        if fds[2].revents != 0 { readChannel() }
    }

    private func readChannel() {
        var events: [ExecutorEvent] = []
        var ended = false
        do {
            (events, ended) = try assembler.receiveAvailable(from: channel)
        } catch {
            // Only the executor writes here; a message it cannot have sent means the channel is broken.
            ended = true
        }
        for event in events {
            if case .output(let stderr, let text) = event {
                pending.append(.output(stderr ? .stderr : .stdout, text))
            } else {
                pending.append(.event(event))
            }
        }
        if ended {
            Glibc.close(channel)
            channel = -1
            pending.append(.closed)
        }
    }

    private func drainOutputs() {
        for index in 0..<2 where outputs[index] >= 0 {
            var ended = false
            while let bytes = readAvailable(outputs[index], ended: &ended) { partial[index] += bytes }
            emitText(index, final: ended)
            if ended {
                Glibc.close(outputs[index])
                outputs[index] = -1
            }
        }
    }

    /// Emits what stream `index` holds, except an unfinished UTF-8 character at its end.
    private func emitText(_ index: Int, final: Bool) {
        let buffer = partial[index]
        let safe = final ? buffer.count : utf8Boundary(buffer, upTo: buffer.count)
        guard safe > 0 else { return }
        pending.append(.output(index == 0 ? .stdout : .stderr, String(decoding: buffer[..<safe], as: UTF8.self)))
        partial[index] = Array(buffer[safe...])
    }

    /// One read's worth of bytes; `nil` when nothing more is there now (`ended` set at end of file).
    private func readAvailable(_ descriptor: Int32, ended: inout Bool) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 { return Array(buffer[..<count]) }
            if count < 0 && errno == EINTR { continue }
            if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { ended = true }
            return nil
        }
    }
}
