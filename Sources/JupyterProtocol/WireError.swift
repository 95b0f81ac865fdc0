/// Why a multipart message could not be turned into a `Message`.
///
/// Typed so the server can log the exact reason and drop the message without stopping.
public enum WireError: Error, Equatable, CustomStringConvertible {
    /// No `<IDS|MSG>` frame separating identities from the message.
    case missingDelimiter
    /// Fewer than the 5 frames (signature + 4 JSON parts) after the delimiter.
    case tooFewFrames(Int)
    /// The HMAC does not match (wrong key, tampering, or a corrupted frame).
    case invalidSignature
    /// A JSON part did not parse or has the wrong type.
    case malformedJSON(part: String, detail: String)
    /// The header lacks a required field such as `msg_id` or `msg_type`.
    case missingHeaderField(String)
    /// The connection file names a signature scheme OpenSSL does not know.
    case unsupportedSignatureScheme(String)

    public var description: String {
        switch self {
        case .missingDelimiter: "no <IDS|MSG> delimiter frame"
        case .tooFewFrames(let count): "expected at least 5 frames after <IDS|MSG>, got \(count)"
        case .invalidSignature: "HMAC signature does not match"
        case .malformedJSON(let part, let detail): "malformed JSON in \(part): \(detail)"
        case .missingHeaderField(let field): "header lacks required field \(field)"
        case .unsupportedSignatureScheme(let scheme): "unsupported signature scheme \(scheme)"
        }
    }
}
