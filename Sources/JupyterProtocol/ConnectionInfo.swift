import Foundation

/// The connection file a frontend writes before starting the kernel: where to bind and how to sign.
///
/// Field names follow the file (`shell_port`, `signature_scheme`, ...). A port of 0 means "pick a free
/// one" (the server then reports the real ports), which tests use to avoid collisions.
public struct ConnectionInfo: Codable, Sendable, Equatable {
    /// `tcp` or `ipc`.
    public var transport: String
    public var ip: String
    public var shellPort: Int
    public var iopubPort: Int
    public var stdinPort: Int
    public var controlPort: Int
    public var hbPort: Int
    /// e.g. `hmac-sha256`; empty when `key` is empty.
    public var signatureScheme: String
    /// The HMAC key; empty means messages are neither signed nor checked.
    public var key: String
    public var kernelName: String?

    enum CodingKeys: String, CodingKey {
        case transport, ip, key
        case shellPort = "shell_port"
        case iopubPort = "iopub_port"
        case stdinPort = "stdin_port"
        case controlPort = "control_port"
        case hbPort = "hb_port"
        case signatureScheme = "signature_scheme"
        case kernelName = "kernel_name"
    }

    public init(transport: String = "tcp", ip: String = "127.0.0.1", shellPort: Int = 0, iopubPort: Int = 0,
                stdinPort: Int = 0, controlPort: Int = 0, hbPort: Int = 0,
                signatureScheme: String = "hmac-sha256", key: String = "", kernelName: String? = nil) {
        self.transport = transport
        self.ip = ip
        self.shellPort = shellPort
        self.iopubPort = iopubPort
        self.stdinPort = stdinPort
        self.controlPort = controlPort
        self.hbPort = hbPort
        self.signatureScheme = signatureScheme
        self.key = key
        self.kernelName = kernelName
    }

    /// Decodes leniently: only the ports are required; transport, ip and scheme get jupyter_client's defaults.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        transport = try container.decodeIfPresent(String.self, forKey: .transport) ?? "tcp"
        ip = try container.decodeIfPresent(String.self, forKey: .ip) ?? "127.0.0.1"
        shellPort = try container.decode(Int.self, forKey: .shellPort)
        iopubPort = try container.decode(Int.self, forKey: .iopubPort)
        stdinPort = try container.decode(Int.self, forKey: .stdinPort)
        controlPort = try container.decode(Int.self, forKey: .controlPort)
        hbPort = try container.decode(Int.self, forKey: .hbPort)
        signatureScheme = try container.decodeIfPresent(String.self, forKey: .signatureScheme) ?? "hmac-sha256"
        key = try container.decodeIfPresent(String.self, forKey: .key) ?? ""
        kernelName = try container.decodeIfPresent(String.self, forKey: .kernelName)
    }

    /// Reads and decodes a connection file.
    public static func load(from file: URL) throws -> ConnectionInfo {
        try JSONDecoder().decode(ConnectionInfo.self, from: Data(contentsOf: file))
    }

    /// The ZeroMQ endpoint for `port`: `tcp://ip:port` (port 0 becomes `*`), or jupyter's `ipc://ip-port`.
    public func endpoint(port: Int) -> String {
        if transport == "ipc" { return "ipc://\(ip)-\(port)" }
        let host = ip.contains(":") && !ip.hasPrefix("[") ? "[\(ip)]" : ip
        return "\(transport)://\(host):\(port == 0 ? "*" : String(port))"
    }
}
