import Foundation
import JupyterProtocol

/// A wire-format fixture written by `Fixtures/make_fixtures.py` with jupyter_client's `Session`.
struct Fixture: Decodable {
    let key: String
    let signatureScheme: String
    let framesBase64: [String]
    let signature: String
    let identityCount: Int
    let msgID: String
    let msgType: String
    let content: JSONValue
    let bufferCount: Int

    enum CodingKeys: String, CodingKey {
        case key, signature, content
        case signatureScheme = "signature_scheme"
        case framesBase64 = "frames_base64"
        case identityCount = "identity_count"
        case msgID = "msg_id"
        case msgType = "msg_type"
        case bufferCount = "buffer_count"
    }

    var frames: [Data] { framesBase64.map { Data(base64Encoded: $0)! } }

    /// The four signed JSON parts (header, parent, metadata, content).
    var signedParts: [Data] { Array(frames[(identityCount + 2)..<(identityCount + 6)]) }

    static func load(_ name: String) throws -> Fixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    func codec(key override: String? = nil) throws -> WireCodec {
        WireCodec(signer: try MessageSigner(key: override ?? key, scheme: signatureScheme))
    }
}
