#if canImport(Glibc)
import Glibc
#endif
import CExecutorSupport

/// The shared library every cell links against, and the channel functions it exports.
///
/// The executor does not link the prelude itself: cells must see exactly one copy of it, the one loaded
/// here with `RTLD_GLOBAL`, so the executor reaches the channel through `dlsym`.
struct Prelude {
    private typealias SendEvent = @convention(c) (UnsafePointer<CChar>) -> Void
    private typealias ReadCommand = @convention(c) () -> UnsafeMutablePointer<CChar>?
    private typealias SetMainThreadLoop = @convention(c) (@convention(c) (Int32) -> Int32, @convention(c) () -> Void) -> Void

    private let sendEventFunction: SendEvent
    private let readCommandFunction: ReadCommand

    init(path: String) throws {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) else {
            throw ExecutorError(message: "cannot load the prelude \(path): \(String(cString: dlerror()))")
        }
        guard let send = dlsym(handle, "swift_kernel_send_event_json"),
              let read = dlsym(handle, "swift_kernel_read_command_json") else {
            throw ExecutorError(message: "the prelude \(path) lacks the kernel channel functions")
        }
        sendEventFunction = unsafeBitCast(send, to: SendEvent.self)
        readCommandFunction = unsafeBitCast(read, to: ReadCommand.self)
        // Lets a cell that awaits run main-actor jobs on the main thread while it waits.
        if let setLoop = dlsym(handle, "swift_kernel_set_main_thread_loop") {
            unsafeBitCast(setLoop, to: SetMainThreadLoop.self)(swift_kernel_run_main_jobs, swift_kernel_wake_main_thread)
        }
    }

    /// Sends an event whose JSON is built by the caller from trusted, escaped parts.
    func send(_ json: String) {
        json.withCString { sendEventFunction($0) }
    }

    /// The next command as JSON text, or `nil` when the engine has gone away.
    func readCommand() -> String? {
        guard let pointer = readCommandFunction() else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}

struct ExecutorError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20:
            let hex = String(scalar.value, radix: 16)
            result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
