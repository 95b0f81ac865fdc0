import JupyterProtocol

/// The IOPub stream a piece of text belongs to (`stream` message `name`).
public enum StreamName: String, Sendable {
    case stdout
    case stderr
}

/// Output a running request may publish.
///
/// The server hands one context to every `execute` call. Its methods are thread-safe (the engine may call
/// them from its own reader threads) and send immediately on IOPub with the request as parent, so the
/// frontend sees output while the cell still runs. A silent request gets a context that drops output.
public protocol ExecutionContext: AnyObject, Sendable {
    /// Publishes `stream` with `name` and `text`.
    func stream(_ name: StreamName, _ text: String)
    /// Publishes `display_data`, or `update_display_data` when `update` is true (needs a `displayID`).
    /// `displayID` goes to `transient.display_id` so later updates can replace this output.
    func display(data: [String: JSONValue], metadata: [String: JSONValue], displayID: String?, update: Bool)
    /// Publishes `clear_output`; `wait` true clears only when the next output arrives (no flicker).
    func clearOutput(wait: Bool)
    /// Blocks for the user's answer over the stdin channel.
    ///
    /// - Throws: `InputNotAllowed` if the request had `allow_stdin` false, `InputInterrupted` if the kernel
    ///   was interrupted or shut down while waiting.
    func readInput(prompt: String, password: Bool) throws -> String
    /// The notebook's id of the cell being run (`cellId` in the request's metadata, which JupyterLab,
    /// Notebook 7 and nbclient send), or `nil`. Running the same cell again replaces what it declared.
    var cellID: String? { get }
    /// Whether the request lets the kernel ask for input (`allow_stdin`): a front end someone watches.
    /// nbclient (nbconvert, papermill) sends false.
    var allowsInput: Bool { get }
    /// Publishes a comm message (`comm_open`, `comm_msg`, `comm_close`) with the request as parent,
    /// even for a silent request: a widget's state is not output.
    func comm(_ publication: CommPublication)
}

extension ExecutionContext {
    public var cellID: String? { nil }
    public var allowsInput: Bool { false }
    public func comm(_ publication: CommPublication) {}
}

/// What an `execute` call ended with.
public enum ExecutionOutcome: Sendable {
    /// The cell ran; `result` is the mime bundle of the last expression, published as `execute_result`.
    case success(result: [String: JSONValue]?)
    /// The cell failed; published as `error` on IOPub and returned in an `execute_reply` with status `error`.
    case failure(ename: String, evalue: String, traceback: [String])
}

/// Answer to `complete_request`. Offsets are in Unicode code points (protocol 5.2+), like `cursorPosition`.
public struct CompletionResult: Sendable, Equatable {
    public var matches: [String]
    public var cursorStart: Int
    public var cursorEnd: Int
    public var metadata: [String: JSONValue]

    public init(matches: [String], cursorStart: Int, cursorEnd: Int, metadata: [String: JSONValue] = [:]) {
        self.matches = matches
        self.cursorStart = cursorStart
        self.cursorEnd = cursorEnd
        self.metadata = metadata
    }
}

/// Answer to `inspect_request`: `data` is a mime bundle shown in the help pager / tooltip.
public struct InspectionResult: Sendable, Equatable {
    public var found: Bool
    public var data: [String: JSONValue]
    public var metadata: [String: JSONValue]

    public init(found: Bool, data: [String: JSONValue] = [:], metadata: [String: JSONValue] = [:]) {
        self.found = found
        self.data = data
        self.metadata = metadata
    }

    /// Nothing to show at that position.
    public static let notFound = InspectionResult(found: false)
}

/// Answer to `is_complete_request`, used by consoles to decide between running and a continuation prompt.
///
/// A struct with the protocol's own fields (`status`, `indent`), so an interpreter can pass through any
/// status; the static members name the four statuses the spec defines.
public struct IsCompleteResult: Sendable, Equatable {
    /// `complete`, `incomplete`, `invalid` or `unknown`.
    public var status: String
    /// What the console puts at the start of the next line; only sent when `status` is `incomplete`.
    public var indent: String?

    public init(status: String, indent: String? = nil) {
        self.status = status
        self.indent = indent
    }

    /// The code can run as it is.
    public static let complete = IsCompleteResult(status: "complete")
    /// More input is expected; `indent` starts the next line.
    public static func incomplete(indent: String) -> IsCompleteResult {
        IsCompleteResult(status: "incomplete", indent: indent)
    }
    /// More input cannot fix the code; the console runs it to show the error.
    public static let invalid = IsCompleteResult(status: "invalid")
    /// The interpreter cannot tell.
    public static let unknown = IsCompleteResult(status: "unknown")

    /// The reply content: `indent` only with `incomplete`, as the spec says.
    public var replyContent: JSONValue {
        var content: JSONValue = ["status": .string(status)]
        if status == "incomplete" { content["indent"] = .string(indent ?? "") }
        return content
    }
}

/// `language_info` of `kernel_info_reply`: how frontends highlight, name and export the notebook.
public struct LanguageInfo: Sendable, Equatable {
    public var name: String
    public var version: String
    public var mimetype: String
    public var fileExtension: String
    public var pygmentsLexer: String?
    public var codemirrorMode: String?
    public var nbconvertExporter: String?

    public init(name: String, version: String, mimetype: String, fileExtension: String,
                pygmentsLexer: String? = nil, codemirrorMode: String? = nil, nbconvertExporter: String? = nil) {
        self.name = name
        self.version = version
        self.mimetype = mimetype
        self.fileExtension = fileExtension
        self.pygmentsLexer = pygmentsLexer
        self.codemirrorMode = codemirrorMode
        self.nbconvertExporter = nbconvertExporter
    }
}

/// One entry of `help_links` in `kernel_info_reply` (the frontend's Help menu).
public struct HelpLink: Sendable, Equatable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

/// The language behind the kernel: the one seam between the Jupyter server and the code runner.
///
/// The server calls `execute`, `complete`, `inspect` and `isComplete` on the shell thread, one at a time;
/// `interrupt` and `shutdown` come from the control thread (or the SIGINT router) while `execute` may be
/// running, hence `Sendable`.
public protocol KernelInterpreter: AnyObject, Sendable {
    var languageInfo: LanguageInfo { get }
    /// `implementation` of `kernel_info_reply`, e.g. `swift-kernel`.
    var implementationName: String { get }
    /// `implementation_version` of `kernel_info_reply`.
    var implementationVersion: String { get }
    /// Text a console shows at startup.
    var banner: String { get }
    var helpLinks: [HelpLink] { get }

    /// Runs a cell on the shell thread; blocks until the code finished.
    ///
    /// - Parameters:
    ///   - executionCount: the count the frontend shows for this cell (not advanced when silent or
    ///     `store_history` is false).
    ///   - silent: the frontend wants no output; the context already drops it.
    func execute(code: String, executionCount: Int, silent: Bool, context: ExecutionContext) -> ExecutionOutcome
    /// Completions at `cursorPosition` (Unicode code points). Default: no matches, at the cursor.
    func complete(code: String, cursorPosition: Int) -> CompletionResult
    /// Help for the symbol at `cursorPosition`; `detailLevel` 0 or 1. Default: not found.
    func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> InspectionResult
    /// Whether a console should run `code` or ask for more lines. Default: swift-syntax based.
    func isComplete(code: String) -> IsCompleteResult
    /// Stops the running `execute`, if any, without losing state. Called from another thread.
    func interrupt()
    /// Called on `shutdown_request`; `restart` true means a fresh state follows.
    func shutdown(restart: Bool)
    /// A comm message from the front end, on the shell thread. Output and comm messages go out through
    /// `context`, with the comm message as parent. Default: a `comm_open` is answered with `comm_close`
    /// (no targets), other comm messages are ignored.
    func handleComm(_ request: CommRequest, context: ExecutionContext)
    /// `comm_info_request`: the open comms (comm id → target name), of `targetName` or of every target.
    /// Default: none.
    func openComms(targetName: String?) -> [String: String]
}

/// Defaults, so an interpreter only has to run code: no banner or links, no completions, no help,
/// and syntax-based `is_complete` for Swift.
extension KernelInterpreter {
    public var banner: String { "" }
    public var helpLinks: [HelpLink] { [] }

    public func complete(code: String, cursorPosition: Int) -> CompletionResult {
        CompletionResult(matches: [], cursorStart: cursorPosition, cursorEnd: cursorPosition)
    }

    public func inspect(code: String, cursorPosition: Int, detailLevel: Int) -> InspectionResult {
        .notFound
    }

    public func isComplete(code: String) -> IsCompleteResult {
        SwiftCompletenessChecker.check(code)
    }

    public func handleComm(_ request: CommRequest, context: ExecutionContext) {
        // Unknown target: close it at once so that the front end does not wait on a dead comm.
        guard request.kind == .open else { return }
        context.comm(CommPublication(msgType: "comm_close", commID: request.commID))
    }

    public func openComms(targetName: String?) -> [String: String] { [:] }
}

/// Thrown by `ExecutionContext.readInput` when the request had `allow_stdin` false (e.g. nbconvert runs).
public struct InputNotAllowed: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "this frontend does not support input requests" }
}

/// Thrown by `ExecutionContext.readInput` when an interrupt or shutdown arrived while waiting for input.
public struct InputInterrupted: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "input interrupted" }
}
