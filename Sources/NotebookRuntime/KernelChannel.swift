#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The way between a cell and the kernel: events out (displays, results, input requests), commands in.
///
/// Events travel in-band on stdout, each a framed line of JSON (`\u{1}swift-kernel-event{…}\u{2}\n`),
/// so that they reach the notebook exactly in order with what the cell printed. Commands (input replies)
/// come in on the descriptor named by `SWIFT_KERNEL_COMMAND_FD`. Outside the kernel (in a unit test, say)
/// there is no channel and events are dropped.
public final class KernelChannel: @unchecked Sendable {
    /// The channel of this process, if it runs inside the kernel's executor.
    public static let shared = KernelChannel()

    /// Starts an event frame on stdout; the kernel's reader looks for exactly these bytes.
    public static let eventFramePrefix = "\u{1}swift-kernel-event"
    /// Ends an event frame.
    public static let eventFrameSuffix = "\u{2}\n"

    private let commandFD: Int32?
    private let lock = NSLock()

    private init() {
        commandFD = ProcessInfo.processInfo.environment["SWIFT_KERNEL_COMMAND_FD"].flatMap { Int32($0) }
    }

    /// Whether this process runs inside the kernel, with a frontend to talk to.
    public var isConnected: Bool { commandFD != nil }

    /// Sends one event to the kernel, after everything printed before it.
    public func send(_ event: [String: Any]) {
        guard isConnected,
              let json = try? JSONSerialization.data(withJSONObject: event, options: [.sortedKeys]) else { return }
        let frame = Self.eventFramePrefix + String(decoding: json, as: UTF8.self) + Self.eventFrameSuffix
        lock.lock()
        defer { lock.unlock() }
        // One locked write of the whole frame: a print on another thread cannot land inside it.
        flockfile(stdout)
        fputs(frame, stdout)
        fflush(stdout)
        funlockfile(stdout)
        fflush(nil)
    }

    /// Reads one command line from the kernel, or `nil` once the kernel has gone away.
    ///
    /// Reads a byte at a time so that nothing past the line is consumed: the executor's loop and a
    /// cell waiting for `input` share this descriptor.
    public func readCommand() -> [String: Any]? {
        guard let commandFD else { return nil }
        var line = [UInt8]()
        var byte: UInt8 = 0
        while true {
            let count = read(commandFD, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return nil }
            if byte == UInt8(ascii: "\n") { break }
            line.append(byte)
        }
        let object = try? JSONSerialization.jsonObject(with: Data(line))
        return object as? [String: Any]
    }
}

/// Entry points the executor finds with `dlsym`, so that it shares this library's lock and reader.
@_cdecl("swift_kernel_send_event_json")
public func _sendEventJSON(_ json: UnsafePointer<CChar>) {
    let text = String(cString: json)
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return }
    KernelChannel.shared.send(object)
}

/// Reads a command for the executor; returns a `malloc`ed JSON string the caller frees, or `nil` at end.
@_cdecl("swift_kernel_read_command_json")
public func _readCommandJSON() -> UnsafeMutablePointer<CChar>? {
    guard let command = KernelChannel.shared.readCommand(),
          let data = try? JSONSerialization.data(withJSONObject: command) else { return nil }
    return strdup(String(decoding: data, as: UTF8.self))
}
