import CellChannel
import CellEngine
import Foundation
import XCTest

/// Collects what a cell shows, in order.
final class RecordingOutput: CellOutputHandler, @unchecked Sendable {
    enum Item: Equatable {
        case stream(OutputStreamKind, String)
        case display([String: String], id: String?, update: Bool)
        case clear(wait: Bool)
        case comm(CommMessage)
    }

    private let lock = NSLock()
    private var recorded: [Item] = []
    private var arrivals: [(Date, String)] = []
    var inputAnswer: Result<String, InputUnavailable> = .failure(InputUnavailable(message: "no stdin in this test"))

    var items: [Item] { lock.lock(); defer { lock.unlock() }; return recorded }
    var stdout: String { items.compactMap { if case .stream(.stdout, let text) = $0 { text } else { nil } }.joined() }
    var stderr: String { items.compactMap { if case .stream(.stderr, let text) = $0 { text } else { nil } }.joined() }
    /// When each piece of stdout text arrived.
    var stdoutArrivals: [(Date, String)] { lock.lock(); defer { lock.unlock() }; return arrivals }

    func stream(_ kind: OutputStreamKind, _ text: String) {
        lock.lock(); defer { lock.unlock() }
        recorded.append(.stream(kind, text))
        if kind == .stdout { arrivals.append((Date(), text)) }
    }
    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool) {
        lock.lock(); defer { lock.unlock() }
        recorded.append(.display(data, id: displayID, update: update))
    }
    func clearOutput(wait: Bool) {
        lock.lock(); defer { lock.unlock() }
        recorded.append(.clear(wait: wait))
    }
    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable> { inputAnswer }
    func comm(_ message: CommMessage) {
        lock.lock(); defer { lock.unlock() }
        recorded.append(.comm(message))
    }
    /// The comm messages the cell sent, in order.
    var comms: [CommMessage] { items.compactMap { if case .comm(let message) = $0 { message } else { nil } } }
}

/// An engine over the package's own debug build (`swift build` first), or over the folder named by
/// `SWIFT_KERNEL_BUILD_DIR`.
enum EngineHarness {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func makeEngine(implicitImports: [String]? = nil) throws -> CellEngine {
        let environment = ProcessInfo.processInfo.environment
        let folder = environment["SWIFT_KERNEL_BUILD_DIR"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".build/debug")
        let imports = implicitImports ?? (environment["SWIFT_KERNEL_IMPLICIT_IMPORTS"]?.split(separator: ",").map(String.init)
            ?? ["NotebookRuntime", "NeuralNet", "Plots", "Grading"])
        let configuration = EngineConfiguration.buildFolder(folder, packageRoot: packageRoot, implicitImports: imports)
        guard FileManager.default.fileExists(atPath: configuration.executor.path),
              FileManager.default.fileExists(atPath: configuration.preludeLibrary.path) else {
            throw XCTSkip("Build the package first (`swift build`): \(configuration.executor.path) is missing")
        }
        return try CellEngine(configuration: configuration)
    }
}

extension CellEngine {
    /// Runs a cell and returns its outcome and output.
    @discardableResult
    func run(_ code: String, _ number: Int = 1, cellID: String? = nil, output: RecordingOutput = RecordingOutput()) -> (CellOutcome, RecordingOutput) {
        (execute(code, cellNumber: number, cellID: cellID, output: output), output)
    }
}

extension CellOutcome {
    var failure: CellFailure? { if case .failure(let failure) = self { failure } else { nil } }
    var resultText: String? { if case .success(let result) = self { result?["text/plain"] } else { nil } }
    var succeeded: Bool { failure == nil }
}
