import Foundation

/// The protocol version this implementation speaks, sent in every header and in `kernel_info_reply`.
public let jupyterProtocolVersion = "5.4"

/// A message header: who sent what, when.
///
/// Unknown fields (e.g. `subshell_id` from 5.5 clients) are kept in `extraFields` and written back, because
/// a reply's `parent_header` must be a faithful copy of the request header.
public struct MessageHeader: Sendable, Hashable {
    public var msgID: String
    public var session: String
    public var username: String
    /// ISO 8601 with fractional seconds and `Z`, mandatory since 5.1; kept as text to copy it verbatim.
    public var date: String
    public var msgType: String
    public var version: String
    public var extraFields: [String: JSONValue]

    public init(msgID: String = UUID().uuidString.lowercased(), session: String, username: String = "kernel",
                date: String = MessageHeader.timestamp(), msgType: String,
                version: String = jupyterProtocolVersion, extraFields: [String: JSONValue] = [:]) {
        self.msgID = msgID
        self.session = session
        self.username = username
        self.date = date
        self.msgType = msgType
        self.version = version
        self.extraFields = extraFields
    }

    /// Reads a header object; `msg_id` and `msg_type` are required, the rest default to "".
    public init(json: JSONValue) throws(WireError) {
        guard case .object(var fields) = json else { throw .malformedJSON(part: "header", detail: "not an object") }
        func take(_ key: String, required: Bool) throws(WireError) -> String {
            let value = fields.removeValue(forKey: key)
            if let text = value?.stringValue { return text }
            if required { throw .missingHeaderField(key) }
            return ""
        }
        msgID = try take("msg_id", required: true)
        msgType = try take("msg_type", required: true)
        session = try take("session", required: false)
        username = try take("username", required: false)
        date = try take("date", required: false)
        version = try take("version", required: false)
        extraFields = fields
    }

    /// The header as the JSON object that goes on the wire.
    public var json: JSONValue {
        var fields = extraFields
        fields["msg_id"] = .string(msgID)
        fields["session"] = .string(session)
        fields["username"] = .string(username)
        fields["date"] = .string(date)
        fields["msg_type"] = .string(msgType)
        fields["version"] = .string(version)
        return .object(fields)
    }

    /// Now, as `2024-05-01T12:34:56.123456Z` (microseconds, like jupyter_client).
    public static func timestamp(_ date: Date = Date()) -> String {
        let seconds = date.timeIntervalSince1970
        var whole = time_t(seconds.rounded(.down))
        var micros = Int(((seconds - Double(whole)) * 1_000_000).rounded())
        if micros >= 1_000_000 { whole += 1; micros -= 1_000_000 }
        var parts = tm()
        gmtime_r(&whole, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let micro = String(micros)
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
            + "T\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))."
            + String(repeating: "0", count: 6 - micro.count) + micro + "Z"
    }
}
