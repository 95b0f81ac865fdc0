/// One message of a Jupyter comm, in either direction: `comm_open`, `comm_msg` or `comm_close`.
///
/// Comms are the messaging spec's channel between objects in the kernel and in the front end (widgets
/// are built on them). Between the engine and the executor a comm message travels as a command (from
/// the front end) or an event (from a cell), never on a cell's stdout. Its data and metadata stay JSON
/// text here: the channel does not need to look inside, and each end parses it with its own JSON type.
public struct CommMessage: Codable, Sendable, Equatable {
    /// Which of the three comm messages this is.
    public enum Kind: String, Codable, Sendable {
        /// `comm_open`: a new comm with `targetName`.
        case open
        /// `comm_msg`: data for an open comm.
        case message
        /// `comm_close`: the comm is gone.
        case close
    }

    /// Which of the three comm messages this is.
    public var kind: Kind
    /// The comm's id (`comm_id`), shared by both ends.
    public var commID: String
    /// The target a `comm_open` asks for (`jupyter.widget`); `nil` for the other kinds.
    public var targetName: String?
    /// The message's `data`, as JSON text (an object).
    public var dataJSON: String
    /// The Jupyter message's `metadata`, as JSON text, if any (widgets put their protocol version here).
    public var metadataJSON: String?

    /// Creates a comm message.
    public init(kind: Kind, commID: String, targetName: String? = nil, dataJSON: String = "{}", metadataJSON: String? = nil) {
        self.kind = kind
        self.commID = commID
        self.targetName = targetName
        self.dataJSON = dataJSON
        self.metadataJSON = metadataJSON
    }

    /// The Jupyter message type: `comm_open`, `comm_msg` or `comm_close`.
    public var jupyterType: String {
        switch kind {
        case .open: return "comm_open"
        case .message: return "comm_msg"
        case .close: return "comm_close"
        }
    }
}

/// What the front end that runs the notebook can do, as far as the kernel can tell.
///
/// Cells adapt what they show to it: a progress bar is a widget where the front end renders widgets,
/// an updating text line where it only shows outputs, and a single final line in a run that nobody
/// watches (nbconvert, papermill), so that saved notebooks stay small.
public struct FrontEndCapabilities: Codable, Sendable, Equatable {
    /// A Jupyter widget manager is connected: it opened the `jupyter.widget.control` comm, as the
    /// @jupyter-widgets manager of JupyterLab 4 and Notebook 7 does when it attaches to a kernel.
    public var widgets: Bool
    /// Someone is watching: the request allows input (`allow_stdin`), which nbclient (nbconvert,
    /// papermill) never does, or it is a comm message a front end sent.
    public var interactive: Bool

    /// Creates the capabilities.
    public init(widgets: Bool, interactive: Bool) {
        self.widgets = widgets
        self.interactive = interactive
    }
}
