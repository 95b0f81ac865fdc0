#if canImport(Glibc)
import Glibc
#endif
import CSourceKitBridge
import Foundation

/// The child process that hosts SourceKit, so that a crash in SourceKit costs a restart of this
/// process and never the kernel.
///
/// The kernel starts its own executable with ``argument`` as first argument; `main` then calls
/// ``serve(library:)``, which answers frames on stdin (sourcekitd YAML requests) with frames on stdout
/// (the JSON response, or `{"error": …}`) until stdin closes.
public enum SourceKitBridge {
    /// The first command-line argument that turns the kernel executable into the bridge.
    public static let argument = "--sourcekit-bridge"

    /// `libsourcekitdInProc.so` of the toolchain whose `bin` folder is `toolchainBin`.
    public static func library(toolchainBin: URL) -> URL {
        toolchainBin.deletingLastPathComponent().appendingPathComponent("lib/libsourcekitdInProc.so")
    }

    /// Loads SourceKit from `library` and serves requests until stdin closes; returns the exit status.
    public static func serve(library: String) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        var message = [CChar](repeating: 0, count: 1024)
        if sk_bridge_load(library, &message, message.count) != 0 {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            FileHandle.standardError.write(Data("sourcekit bridge: cannot load \(library): \(text)\n".utf8))
            return 2
        }
        let reader = FrameReader(descriptor: 0)
        while let request = reader.next() {
            var failed: Int32 = 0
            let answer = sk_bridge_send(request.text, &failed)
            var text = answer.map { String(cString: $0) } ?? "null"
            free(answer)
            if failed != 0 { text = "{\"error\": \(jsonQuoted(text))}" }
            guard writeAll(Frame(id: request.id, text: text).encoded, to: 1) else { return 1 }
            // About 0.1 ms a request; a first request with an empty module cache frees some 30 MB.
            sk_bridge_trim_heap()
        }
        return 0
    }
}

/// `text` as a JSON (and YAML) double-quoted string.
func jsonQuoted(_ text: String) -> String {
    var quoted = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": quoted += "\\\""
        case "\\": quoted += "\\\\"
        case "\n": quoted += "\\n"
        case "\r": quoted += "\\r"
        case "\t": quoted += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7f {
                quoted += String(format: "\\u%04x", scalar.value)
            } else {
                quoted.unicodeScalars.append(scalar)
            }
        }
    }
    return quoted + "\""
}
