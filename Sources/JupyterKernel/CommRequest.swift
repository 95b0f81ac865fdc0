import JupyterProtocol

/// A comm message from the front end: `comm_open`, `comm_msg` or `comm_close` on the shell channel.
///
/// The server hands it to ``KernelInterpreter/handleComm(_:context:)`` between `busy` and `idle`, with
/// a context whose output and comm messages have the comm message as parent, as the messaging spec
/// and the widget front ends expect (a widget's `echo_update` is matched to its update that way).
public struct CommRequest: Sendable, Equatable {
    /// Which comm message it is.
    public enum Kind: String, Sendable {
        /// `comm_open`.
        case open
        /// `comm_msg`.
        case message
        /// `comm_close`.
        case close
    }

    /// Which comm message it is.
    public var kind: Kind
    /// `comm_id`.
    public var commID: String
    /// `target_name` of a `comm_open`.
    public var targetName: String?
    /// `data`.
    public var data: JSONValue
    /// The Jupyter message's metadata (a widget front end puts the protocol version here).
    public var metadata: [String: JSONValue]

    /// Creates a request.
    public init(kind: Kind, commID: String, targetName: String? = nil, data: JSONValue = [:],
                metadata: [String: JSONValue] = [:]) {
        self.kind = kind
        self.commID = commID
        self.targetName = targetName
        self.data = data
        self.metadata = metadata
    }

    /// Reads `message` if it is a comm message with a `comm_id`.
    init?(_ message: Message) {
        let kinds: [String: Kind] = ["comm_open": .open, "comm_msg": .message, "comm_close": .close]
        guard let kind = kinds[message.msgType], let id = message.content["comm_id"]?.stringValue else { return nil }
        self.init(kind: kind, commID: id, targetName: message.content["target_name"]?.stringValue,
                  data: message.content["data"] ?? [:], metadata: message.metadata)
    }
}

/// A comm message for the front end: `comm_open` (with `targetName`), `comm_msg` or `comm_close`.
public struct CommPublication: Sendable, Equatable {
    /// The Jupyter message type: `comm_open`, `comm_msg` or `comm_close`.
    public var msgType: String
    /// `comm_id`.
    public var commID: String
    /// `target_name`, for `comm_open`.
    public var targetName: String?
    /// `data`.
    public var data: JSONValue
    /// The Jupyter message's metadata.
    public var metadata: [String: JSONValue]

    /// Creates a publication.
    public init(msgType: String, commID: String, targetName: String? = nil, data: JSONValue = [:],
                metadata: [String: JSONValue] = [:]) {
        self.msgType = msgType
        self.commID = commID
        self.targetName = targetName
        self.data = data
        self.metadata = metadata
    }

    /// The content of the Jupyter message.
    var content: JSONValue {
        var content: JSONValue = ["comm_id": .string(commID), "data": data]
        if let targetName { content["target_name"] = .string(targetName) }
        return content
    }
}
