import CellChannel

/// Which output stream text came from.
public enum OutputStreamKind: String, Sendable {
    case stdout, stderr
}

/// Receives what a running cell shows, as it happens. The kernel forwards each call to the notebook.
public protocol CellOutputHandler: AnyObject {
    /// Text the cell printed.
    func stream(_ kind: OutputStreamKind, _ text: String)
    /// A rich display (`display(_:)` in a cell); `update` replaces the earlier output with the same id.
    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool)
    /// `clearOutput(wait:)` in a cell.
    func clearOutput(wait: Bool)
    /// `input(_:)` in a cell: a line from the user, or a message saying why there is none.
    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable>
    /// A comm message from the cell (a widget opened or changed) for the front end.
    func comm(_ message: CommMessage)
}

extension CellOutputHandler {
    /// Handlers that do not talk to a front end drop comm messages.
    public func comm(_ message: CommMessage) {}
}

/// Why a cell's `input(_:)` gets no line.
public struct InputUnavailable: Error, Sendable {
    /// What to tell the learner.
    public var message: String
    /// Creates the reason.
    public init(message: String) { self.message = message }
}

/// How a cell ended.
public enum CellOutcome: Sendable {
    /// The cell ran; `result` is the value of its last expression as a mime bundle, if it had one.
    case success(result: [String: String]?)
    /// The cell did not compile, crashed or was interrupted; earlier state is as it was.
    case failure(CellFailure)
}

/// A cell that did not complete, described for a learner.
public struct CellFailure: Error, Sendable, Equatable {
    /// What kind of failure this was.
    public enum Kind: String, Sendable {
        case compileError = "CompileError"
        case crash = "RuntimeError"
        case interrupted = "Interrupted"
        case executorLost = "ExecutorLost"
        case magic = "MagicError"
        /// The cell ran to its end but reported an error itself (a failed exercise check, say).
        case reported = "Error"
    }
    /// What kind of failure this was; its raw value is Jupyter's `ename`.
    public var kind: Kind
    /// One line saying what went wrong (Jupyter's `evalue`).
    public var message: String
    /// The lines shown under the cell: where it happened, the code, and what to do.
    public var traceback: [String]
    /// The error name the cell itself gave, for `.reported` failures.
    public var reportedName: String? = nil

    /// Jupyter's `ename`: the name the cell reported, or the kind's.
    public var ename: String { reportedName ?? kind.rawValue }
}
