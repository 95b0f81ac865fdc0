/// What the engine asks the executor to do. Travels engine → executor on the cell channel.
public enum EngineCommand: Codable, Sendable, Equatable {
    /// Load the cell library at `path` and run its top-level code; `cell` is the number the notebook shows.
    /// `didNotCompile` names what cells that did not compile declare (with the number of the latest such
    /// cell), for code that wants to tell "not written" from "did not compile" (the exercise checks).
    case run(path: String, cell: Int, didNotCompile: [String: Int])
    /// The answer to an ``ExecutorEvent/inputRequest(prompt:password:)``: a line, or why there is none.
    case inputReply(line: String?, error: String?)
    /// Load the library at `path` (`RTLD_GLOBAL`) so that later cells can use its symbols: a package a
    /// `%install` built. Answered by ``ExecutorEvent/loaded(path:error:)``.
    case load(path: String)
    /// A comm message from the front end (a widget's state changed, a button was clicked). The executor
    /// hands it to the comm's handler in the notebook's runtime, on the main thread, as it runs a cell,
    /// and answers with ``ExecutorEvent/handled``.
    case comm(CommMessage)
    /// `comm_info_request`: which comms are open, of `target` or of any target. Answered by
    /// ``ExecutorEvent/commInfo(comms:)`` then ``ExecutorEvent/handled``.
    case commInfo(target: String?)
    /// What the front end can do, for the cells and comm messages that follow. Not answered.
    case frontEnd(FrontEndCapabilities)
    /// End the executor.
    case exit
}

/// What the executor and the code of a cell tell the engine. Travels executor → engine on the cell channel.
///
/// A cell's stdout and stderr never carry events: whatever bytes a cell prints are output, nothing else.
/// The executor reads them from pipes of its own and forwards them here as ``output(stderr:text:)``, in
/// order with the events.
public enum ExecutorEvent: Codable, Sendable, Equatable {
    /// The executor has started and waits for commands.
    case ready(pid: Int32)
    /// Text written to fd 1 (or, with `stderr`, fd 2) by a cell or anything it runs.
    case output(stderr: Bool, text: String)
    /// `display(_:)`: a rich output; with `update`, replaces the output shown earlier with the same `id`.
    case display(data: [String: String], metadataJSON: String?, id: String?, update: Bool)
    /// `clearOutput(wait:)`.
    case clearOutput(wait: Bool)
    /// The value of the cell's last expression.
    case result(data: [String: String])
    /// An error the cell reports about itself (a failed exercise check), shown once the cell ends.
    case reportedError(name: String, message: String, traceback: [String])
    /// What to add to the error if the cell crashes from now on (`nil`: nothing), such as the hint of the
    /// exercise check that is running the learner's function.
    case crashNote(String?)
    /// `input(_:)`: the cell waits for an ``EngineCommand/inputReply(line:error:)``.
    case inputRequest(prompt: String, password: Bool)
    /// The cell ran to its end (`loadError` set when its library could not be loaded).
    case done(cell: Int, loadError: String?)
    /// The answer to ``EngineCommand/load(path:)``: `error` is `dlerror()`'s message when it failed.
    case loaded(path: String, error: String?)
    /// A comm message from a cell or a widget to the front end.
    case comm(CommMessage)
    /// The open comms (id → target name), the answer to ``EngineCommand/commInfo(target:)``.
    case commInfo(comms: [String: String])
    /// The executor finished a command that runs no cell (``EngineCommand/comm(_:)``,
    /// ``EngineCommand/commInfo(target:)``).
    case handled
    /// The process that ran cells died and `pid` took over, keeping `recovery`'s state.
    ///
    /// `cell` is the cell that was running, or, with `afterCell`, the last cell that completed: a thread
    /// it left behind brought the process down after it ended.
    case resumed(pid: Int32, cell: Int, recovery: Recovery, afterCell: Bool)

    /// What state the process that takes over after a crash holds.
    public enum Recovery: String, Codable, Sendable {
        /// The state from before the cell (or, for a crash between cells, from the end of the last cell).
        case snapshot
        /// The state the cell had built up to the statement that trapped.
        case partial
    }
}
