import CellChannel
import CellEngine
import Foundation
import JupyterKernel
import JupyterProtocol
import Logging
import SwiftCompletion
import Synchronization

/// The Swift language behind the Jupyter kernel: each request goes to the cell engine.
///
/// The engine starts warming up (executor, compiler caches) as soon as the kernel starts, on a queue of
/// its own, so that the kernel answers `kernel_info` at once; the first cell waits for the warm-up.
///
/// The SourceKit bridge starts with the first completion or inspection request, not with the kernel: it
/// is the largest of the kernel's processes once SourceKit has loaded the prelude (about 200 MB), and
/// many learners never press Tab. That first request waits for the bridge to load the modules (up to
/// `firstRequestWait`); from then on the bridge is warmed up again after every cell, off the shell thread.
public final class SwiftInterpreter: KernelInterpreter, @unchecked Sendable {
    private let engine: CellEngine
    private let logger: Logger
    private let ready = DispatchGroup()
    private let toolchainVersion: String
    private let assistant: CodeAssistant?
    /// Completion warm-ups, one at a time (nil without an assistant).
    private let warmUps: CoalescingWarmUp?
    /// Whether a completion or inspection request has started the bridge.
    private let assistantInUse = Atomic<Bool>(false)
    /// How long the first completion or inspection request waits for the bridge to start and load the
    /// prelude's modules (a few seconds with a warm module cache).
    static let firstRequestWait: TimeInterval = 20
    /// Whether a widget manager has attached to this kernel (opened `jupyter.widget.control`). Kept here,
    /// not in the executor, so that it outlives a restart; shell thread only.
    private var widgetFrontEnd = false

    /// Creates the interpreter and starts warming the engine up; the completion `assistant` waits for
    /// the first request.
    public init(engine: CellEngine, toolchainVersion: String, logger: Logger, assistant: CodeAssistant? = nil) {
        self.engine = engine
        self.toolchainVersion = toolchainVersion
        self.logger = logger
        self.assistant = assistant
        let warmUps = assistant.map { assistant in CoalescingWarmUp { assistant.warmUp(prologue: $0) } }
        self.warmUps = warmUps
        ready.enter()
        DispatchQueue.global(qos: .userInitiated).async { [engine, ready, logger] in
            do { try engine.warmUp() } catch { logger.error("engine warm-up failed: \(error)") }
            ready.leave()
        }
    }

    public var languageInfo: LanguageInfo {
        LanguageInfo(name: "swift", version: toolchainVersion, mimetype: "text/x-swift", fileExtension: ".swift",
                     pygmentsLexer: "swift", codemirrorMode: "swift", nbconvertExporter: "script")
    }

    public var implementationName: String { "swift-kernel" }
    public var implementationVersion: String { "0.1.0" }
    public var banner: String {
        "Swift \(toolchainVersion) kernel. Every cell imports NeuralNet (numpy-style tensors), Plots and Grading (exercise checks); Tab completes, Shift-Tab shows docs, %help lists the magics."
    }
    public var helpLinks: [HelpLink] {
        [HelpLink(text: "The Swift Programming Language", url: "https://docs.swift.org/swift-book/"),
         HelpLink(text: "NeuralNet next to numpy (README)", url: "https://github.com/swift-kernel/swift-kernel#neuralnet-next-to-numpy")]
    }

    public func execute(code: String, executionCount: Int, silent: Bool, context: ExecutionContext) -> ExecutionOutcome {
        ready.wait()
        let output = ContextOutput(context: context)
        defer {
            // New declarations mean new modules for SourceKit to load; do it now rather than at the next Tab.
            // One warm-up at a time; a newer prologue replaces one still waiting (`CoalescingWarmUp`).
            if assistantInUse.load(ordering: .acquiring) {
                let context = engine.editorContext()
                assistant?.usePackageArguments(context.packageArguments)
                warmUps?.request(context.prologue)
            }
        }
        engine.frontEnd = FrontEndCapabilities(widgets: widgetFrontEnd, interactive: context.allowsInput)
        switch engine.execute(code, cellNumber: executionCount, cellID: context.cellID, output: output) {
        case .success(let result):
            return .success(result: result.map(MimeData.json))
        case .failure(let failure):
            return .failure(ename: failure.ename, evalue: failure.message, traceback: failure.traceback)
        }
    }

    /// The assistant, started and warmed up on the first request (waiting at most `firstRequestWait`).
    private func startedAssistant() -> CodeAssistant? {
        guard let assistant, let warmUps else { return nil }
        let first = !assistantInUse.exchange(true, ordering: .acquiringAndReleasing)
        if first {
            ready.wait()
            let started = Date()
            let warm = DispatchSemaphore(value: 0)
            let context = engine.editorContext()
            assistant.usePackageArguments(context.packageArguments)
            warmUps.request(context.prologue) { warm.signal() }
            let inTime = warm.wait(timeout: .now() + Self.firstRequestWait) == .success
            logger.info("completion bridge started on first use", metadata: [
                "ms": "\(Int(Date().timeIntervalSince(started) * 1000))", "warm": "\(inTime)"])
        }
        return assistant
    }

    public func complete(code: String, cursorPosition: Int) -> CompletionResult {
        if let magics = CompletionReply.magicNames(code: code, cursor: cursorPosition, names: CellEngine.magicNames) { return magics }
        guard let assistant = startedAssistant(), let found = assistant.complete(cell: MagicLine.blanked(code), cursor: cursorPosition,
                                                                                 prologue: editorPrologue(for: assistant)) else {
            return CompletionResult(matches: [], cursorStart: cursorPosition, cursorEnd: cursorPosition)
        }
        return CompletionReply.result(found)
    }

    public func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> InspectionResult {
        guard let assistant = startedAssistant(), let help = assistant.help(cell: MagicLine.blanked(code), cursor: cursorPosition,
                                                                            prologue: editorPrologue(for: assistant)) else {
            return .notFound
        }
        return CompletionReply.result(help, detailed: detailLevel > 0)
    }

    /// The engine's prologue for an editor request, after telling `assistant` the installed packages' arguments.
    private func editorPrologue(for assistant: CodeAssistant) -> String {
        let context = engine.editorContext()
        assistant.usePackageArguments(context.packageArguments)
        return context.prologue
    }

    public func handleComm(_ request: CommRequest, context: ExecutionContext) {
        ready.wait()
        if request.kind == .open && request.targetName == WidgetControl.targetName { widgetFrontEnd = true }
        engine.frontEnd = FrontEndCapabilities(widgets: widgetFrontEnd, interactive: true)
        let kinds: [CommRequest.Kind: CommMessage.Kind] = [.open: .open, .message: .message, .close: .close]
        let message = CommMessage(kind: kinds[request.kind]!, commID: request.commID, targetName: request.targetName,
                                  dataJSON: request.data.jsonString,
                                  metadataJSON: JSONValue.object(request.metadata).jsonString)
        if case .failure(let failure) = engine.deliverComm(message, output: ContextOutput(context: context)) {
            // Nobody watches a comm's own output area in the front end; the log and the console do.
            logger.warning("comm handler failed: \(failure.message)", metadata: ["comm_id": "\(request.commID)"])
            context.stream(.stderr, failure.traceback.joined(separator: "\n") + "\n")
        }
    }

    public func openComms(targetName: String?) -> [String: String] {
        ready.wait()
        return engine.openComms(target: targetName, output: DiscardingOutput())
    }

    public func interrupt() {
        logger.info("interrupt")
        engine.interrupt()
    }

    public func shutdown(restart: Bool) {
        ready.wait()
        if restart { engine.restart() } else { engine.shutdown(); assistant?.shutdown() }
    }
}

/// Forwards what a cell shows to the Jupyter request that runs it.
private final class ContextOutput: CellOutputHandler {
    let context: ExecutionContext

    init(context: ExecutionContext) { self.context = context }

    func stream(_ kind: OutputStreamKind, _ text: String) {
        context.stream(kind == .stdout ? .stdout : .stderr, text)
    }

    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool) {
        var metadata: [String: JSONValue] = [:]
        if let metadataJSON, let decoded = try? JSONDecoder().decode([String: JSONValue].self, from: Data(metadataJSON.utf8)) {
            metadata = decoded
        }
        context.display(data: MimeData.json(data), metadata: metadata, displayID: displayID, update: update)
    }

    func comm(_ message: CommMessage) {
        let data = (try? JSONValue.parse(Data(message.dataJSON.utf8))) ?? [:]
        let metadata = message.metadataJSON.flatMap { try? JSONValue.parse(Data($0.utf8)).objectValue } ?? [:]
        context.comm(CommPublication(msgType: message.jupyterType, commID: message.commID,
                                     targetName: message.targetName, data: data, metadata: metadata))
    }

    func clearOutput(wait: Bool) { context.clearOutput(wait: wait) }

    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable> {
        do {
            return .success(try context.readInput(prompt: prompt, password: password))
        } catch {
            return .failure(InputUnavailable(message: "input(): \(error)"))
        }
    }
}

/// A cell's mime bundle as Jupyter wants it: JSON types (`application/json`, `…+json`, such as a
/// widget's view) as JSON objects, every other type as text.
enum MimeData {
    static func json(_ data: [String: String]) -> [String: JSONValue] {
        var converted: [String: JSONValue] = [:]
        for (type, text) in data {
            let isJSON = type == "application/json" || type.hasSuffix("+json")
            converted[type] = isJSON ? (try? JSONValue.parse(Data(text.utf8))) ?? .string(text) : .string(text)
        }
        return converted
    }
}

/// The widget manager's control comm target: a front end that opens it renders widgets.
enum WidgetControl {
    static let targetName = "jupyter.widget.control"
}

/// For requests whose output nobody sees (`comm_info_request`): everything is dropped.
private final class DiscardingOutput: CellOutputHandler {
    func stream(_ kind: OutputStreamKind, _ text: String) {}
    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable> {
        .failure(InputUnavailable(message: "input(): no front end is waiting for it"))
    }
}
