import Foundation

/// The linker invocation for a cell's shared library, learned once from the toolchain's `clang -###`.
///
/// `clang -shared` is a driver that works out the C runtime objects and library paths and then runs
/// `ld.lld`; asking it once for that command and running `ld.lld` directly saves a process launch and
/// the driver's own start-up for every cell.
struct LinkCommand {
    private let linker: String
    private let template: [String]
    static let objectPlaceholder = "swift-kernel-link-probe.o"
    static let outputPlaceholder = "swift-kernel-link-probe.so"

    /// Asks `clang` in `toolchainBin` for its link line, using probe files in `directory`.
    init?(toolchainBin: URL, baseArguments: [String], directory: URL, runner: ToolRunner) {
        let object = directory.appendingPathComponent(Self.objectPlaceholder)
        guard FileManager.default.createFile(atPath: object.path, contents: Data()) else { return nil }
        defer { try? FileManager.default.removeItem(at: object) }
        let output = directory.appendingPathComponent(Self.outputPlaceholder)
        guard let probe = try? runner.run(toolchainBin.appendingPathComponent("clang"),
                                          arguments: ["-###"] + baseArguments + [object.path, "-o", output.path],
                                          in: directory),
              probe.status == 0,
              let line = probe.output.split(separator: "\n").last(where: { $0.contains("ld.lld") || $0.contains("\"-shared\"") })
        else { return nil }
        let words = Self.quotedWords(String(line))
        guard let first = words.first, words.contains(object.path), words.contains(output.path) else { return nil }
        linker = first
        template = words.dropFirst().map { word in
            word == object.path ? Self.objectPlaceholder : word == output.path ? Self.outputPlaceholder : word
        }
    }

    /// The linker and its arguments for `object` → `library`, with `extra` inputs after the object.
    func arguments(object: URL, library: URL, extra: [String]) -> (linker: URL, arguments: [String]) {
        var arguments: [String] = []
        for word in template {
            if word == Self.objectPlaceholder {
                arguments.append(object.path)
                arguments += extra
            } else {
                arguments.append(word == Self.outputPlaceholder ? library.path : word)
            }
        }
        return (URL(fileURLWithPath: linker), arguments)
    }

    /// Splits a `-###` line: every word is in double quotes, with `\"` and `\\` escaped.
    private static func quotedWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inside = false
        var escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false; continue }
            if inside && character == "\\" { escaped = true; continue }
            if character == "\"" {
                if inside { words.append(current); current = "" }
                inside.toggle()
                continue
            }
            if inside { current.append(character) }
        }
        return words
    }
}
