import Foundation
import Logging

/// A swift-log handler that appends lines to the kernel's log file, never to stdout, which a frontend
/// might show. The file is opened by `KernelLogFile`, which decides where it may safely be.
public struct FileLogHandler: LogHandler {
    private final class Sink: @unchecked Sendable {
        let handle: FileHandle
        let lock = NSLock()
        init(handle: FileHandle) { self.handle = handle }
        func write(_ line: String) {
            lock.lock(); defer { lock.unlock() }
            try? handle.write(contentsOf: Data(line.utf8))  // a full disk must not stop the kernel
        }
    }

    private let sink: Sink
    private let label: String
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]

    /// Appends to `descriptor` (opened with `O_APPEND`), which the handler then owns.
    public init(label: String, descriptor: Int32, level: Logger.Level) {
        self.sink = Sink(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
        self.label = label
        self.logLevel = level
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
        let error = event.error.map { " error=\($0)" } ?? ""
        let stamp = ISO8601DateFormatter().string(from: Date())
        sink.write("\(stamp) \(event.level) \(label): \(event.message)\(details)\(error)\n")
    }
}
