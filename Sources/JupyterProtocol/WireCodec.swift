import Foundation

/// Turns `Message`s into ZeroMQ multipart frames and back, signing and checking on the way.
///
/// Layout: identities..., `<IDS|MSG>`, signature, header, parent_header, metadata, content, buffers...
public struct WireCodec: Sendable {
    /// The frame that separates routing identities from the message.
    public static let delimiter = Data("<IDS|MSG>".utf8)

    public let signer: MessageSigner

    public init(signer: MessageSigner) {
        self.signer = signer
    }

    /// Codec for a connection file's key and scheme.
    public init(connection: ConnectionInfo) throws(WireError) {
        signer = try MessageSigner(key: connection.key, scheme: connection.signatureScheme)
    }

    /// The frames to send for `message`.
    public func encode(_ message: Message) -> [Data] {
        let parts = [
            message.header.json.serialized(),
            (message.parentHeader?.json ?? [:]).serialized(),
            JSONValue.object(message.metadata).serialized(),
            message.content.serialized(),
        ]
        return message.identities + [Self.delimiter, Data(signer.signature(for: parts).utf8)] + parts
            + message.buffers
    }

    /// Reads frames received on a socket.
    ///
    /// - Throws: a `WireError` saying what is wrong; the caller logs it and drops the message.
    public func decode(_ frames: [Data]) throws(WireError) -> Message {
        try decode(frames, readingBody: true)
    }

    /// Checks the signature of `frames` and reads only their header and parent header, not the metadata
    /// and content: enough to answer a request that is too large to handle.
    public func decodeEnvelope(_ frames: [Data]) throws(WireError) -> Message {
        try decode(frames, readingBody: false)
    }

    /// The signature frame (the one after `<IDS|MSG>`), or empty data when there is none.
    public static func signatureFrame(of frames: [Data]) -> Data {
        guard let split = frames.firstIndex(of: delimiter), split + 1 < frames.count else { return Data() }
        return frames[split + 1]
    }

    private func decode(_ frames: [Data], readingBody: Bool) throws(WireError) -> Message {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .missingDelimiter }
        let rest = frames[(split + 1)...]
        guard rest.count >= 5 else { throw .tooFewFrames(rest.count) }
        let signature = rest[rest.startIndex]
        let parts = Array(rest[(rest.startIndex + 1)..<(rest.startIndex + 5)])
        guard signer.verify(signature, parts: parts) else { throw .invalidSignature }

        let names = ["header", "parent_header", "metadata", "content"]
        var values = [JSONValue]()
        for (name, part) in zip(names, parts).prefix(readingBody ? 4 : 2) {
            do {
                values.append(try JSONValue.parse(part))
            } catch {
                throw .malformedJSON(part: name, detail: String(describing: error))
            }
        }
        let header = try MessageHeader(json: values[0])
        let parent: MessageHeader?
        switch values[1] {
        case .null: parent = nil
        case .object(let fields) where fields.isEmpty: parent = nil
        default: parent = try? MessageHeader(json: values[1])  // a partial parent is not worth dropping
        }
        guard readingBody else {
            return Message(identities: Array(frames[..<split]), header: header, parentHeader: parent)
        }
        let metadata: [String: JSONValue]
        switch values[2] {
        case .object(let fields): metadata = fields
        case .null: metadata = [:]
        default: throw .malformedJSON(part: "metadata", detail: "not an object")
        }
        return Message(identities: Array(frames[..<split]), header: header, parentHeader: parent,
                       metadata: metadata, content: values[3], buffers: Array(rest.dropFirst(5)))
    }
}
