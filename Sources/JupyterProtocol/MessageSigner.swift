import COpenSSL
import Foundation

/// Signs and checks messages with the connection key: HMAC over header, parent, metadata and content.
///
/// Uses OpenSSL's one-shot `HMAC()` with the digest named by the scheme (`hmac-sha256` → `sha256`, any
/// other digest OpenSSL knows also works). An empty key disables signing, as the spec says.
public struct MessageSigner: @unchecked Sendable {
    // @unchecked: `digest` points to an immutable, process-wide OpenSSL digest table entry.
    private let key: [UInt8]
    private let digest: OpaquePointer?

    /// Whether messages are signed and checked at all.
    public var isEnabled: Bool { !key.isEmpty }

    /// - Throws: `WireError.unsupportedSignatureScheme` for an unknown scheme (only checked with a key).
    public init(key: String, scheme: String = "hmac-sha256") throws(WireError) {
        self.key = Array(key.utf8)
        guard !key.isEmpty else {
            digest = nil
            return
        }
        let lowered = scheme.lowercased()
        guard lowered.hasPrefix("hmac-") else { throw .unsupportedSignatureScheme(scheme) }
        let name = String(lowered.dropFirst("hmac-".count))
        guard let found = name == "sha256" ? EVP_sha256() : EVP_get_digestbyname(name) else {
            throw .unsupportedSignatureScheme(scheme)
        }
        digest = found
    }

    /// Lowercase hex HMAC of the concatenated parts; "" when signing is disabled.
    public func signature(for parts: [Data]) -> String {
        guard let digest, isEnabled else { return "" }
        var joined = [UInt8]()
        joined.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { joined.append(contentsOf: part) }
        var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let ok = key.withUnsafeBytes { keyBytes in
            joined.withUnsafeBufferPointer { data in
                HMAC(digest, keyBytes.baseAddress, Int32(keyBytes.count), data.baseAddress, data.count,
                     &output, &length)
            }
        }
        guard ok != nil else { return "" }
        return Self.hex(output.prefix(Int(length)))
    }

    /// Checks `signature` in constant time (`CRYPTO_memcmp`); always true when signing is disabled.
    public func verify(_ signature: Data, parts: [Data]) -> Bool {
        guard isEnabled else { return true }
        let expected = Array(self.signature(for: parts).utf8)
        let given = Array(signature).map { $0 >= 0x41 && $0 <= 0x46 ? $0 + 0x20 : $0 } // tolerate uppercase hex
        guard !expected.isEmpty, expected.count == given.count else { return false }
        return CRYPTO_memcmp(expected, given, expected.count) == 0
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var text = [UInt8]()
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
