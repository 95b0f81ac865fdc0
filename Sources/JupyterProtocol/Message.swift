import Foundation

/// One Jupyter message: routing identities, the four JSON parts, and raw binary buffers.
public struct Message: Sendable {
    /// ZeroMQ routing frames before `<IDS|MSG>`; a reply must carry the request's identities back.
    /// On IOPub the single "identity" is the topic.
    public var identities: [Data]
    public var header: MessageHeader
    /// The header of the request this message answers or belongs to; nil is sent as `{}`.
    public var parentHeader: MessageHeader?
    public var metadata: [String: JSONValue]
    public var content: JSONValue
    /// Extra binary frames after `content` (widgets, arrays).
    public var buffers: [Data]

    public init(identities: [Data] = [], header: MessageHeader, parentHeader: MessageHeader? = nil,
                metadata: [String: JSONValue] = [:], content: JSONValue = [:], buffers: [Data] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// Shortcut for `header.msgType`.
    public var msgType: String { header.msgType }

    /// A new message in reply to (or caused by) `parent`: parent header copied, `session` ours.
    ///
    /// Identities are the parent's (right for shell/control/stdin replies); IOPub replaces them with a topic.
    public static func reply(to parent: Message, msgType: String, content: JSONValue, session: String,
                             metadata: [String: JSONValue] = [:]) -> Message {
        Message(identities: parent.identities,
                header: MessageHeader(session: session, username: parent.header.username.isEmpty
                                      ? "kernel" : parent.header.username, msgType: msgType),
                parentHeader: parent.header, metadata: metadata, content: content)
    }
}
