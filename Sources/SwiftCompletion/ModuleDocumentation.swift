import Foundation
import JupyterProtocol

/// The documentation of every public declaration of a module, by USR, read once per module with
/// SourceKit's `docinfo` (a library's modules do not change while the kernel runs, nor does an earlier
/// cell's module). Help on an overloaded function looks each overload up here.
final class ModuleDocumentation: @unchecked Sendable {
    /// One declaration: its help, and whether it is marked `@_disfavoredOverload` (the `Float` versions of
    /// the tensor functions), which help lists after the others.
    struct Entry {
        var help: SymbolHelp
        var disfavored: Bool
    }

    private let lock = NSLock()
    private var cache: [String: [String: Entry]] = [:]

    /// The entries of `module`, read with `load` the first time (a failed read is tried again next time).
    func entries(of module: String, load: () -> [String: Entry]?) -> [String: Entry]? {
        lock.lock()
        if let cached = cache[module] { lock.unlock(); return cached }
        lock.unlock()
        guard let loaded = load() else { return nil }
        lock.lock()
        cache[module] = loaded
        lock.unlock()
        return loaded
    }

    /// Each declaration of a `docinfo` answer (nested ones too: members of types) as help, by USR.
    static func entries(fromDocInfo info: JSONValue, module: String) -> [String: Entry] {
        var entries: [String: Entry] = [:]
        func walk(_ entities: [JSONValue]) {
            for entity in entities {
                if let usr = entity["key.usr"]?.stringValue, let annotated = entity["key.fully_annotated_decl"]?.stringValue {
                    let declaration = OverloadText.declaration(fromAnnotated: annotated)
                    let documentation = entity["key.doc.full_as_xml"]?.stringValue.flatMap(DocumentationXML.markdown)
                    if !declaration.isEmpty {
                        entries[usr] = Entry(help: SymbolHelp(declaration: declaration, documentation: documentation, module: module,
                                                              location: nil),
                                             disfavored: annotated.contains("@_disfavoredOverload"))
                    }
                }
                walk(entity["key.entities"]?.arrayValue ?? [])
            }
        }
        walk(info["key.entities"]?.arrayValue ?? [])
        return entries
    }
}

/// Declarations as a learner reads them, from what SourceKit gives.
enum OverloadText {
    /// The declaration in a fully annotated declaration (XML), without the attributes meant for the
    /// compiler (`@_disfavoredOverload`, `@inlinable`).
    static func declaration(fromAnnotated xml: String) -> String {
        var text = SymbolInfo.plainText(ofXML: xml).trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasPrefix("@"), let space = text.firstIndex(of: " ") {
            text = String(text[text.index(after: space)...]).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// Help from a completion result alone, for a declaration of a module whose documentation is not read
    /// (the standard library, C libraries): `func log(_ x: Double) -> Double` and its one-line summary.
    static func help(fromCompletion result: JSONValue) -> SymbolHelp {
        let description = result["key.description"]?.stringValue ?? result["key.name"]?.stringValue ?? ""
        let labels = result["key.name"]?.stringValue.map(argumentLabels) ?? []
        var declaration = "func " + withLabels(description, labels)
        if let type = result["key.typename"]?.stringValue, !type.isEmpty, type != "Void" { declaration += " -> " + type }
        return SymbolHelp(declaration: declaration, documentation: result["key.doc.brief"]?.stringValue,
                          module: result["key.modulename"]?.stringValue, location: nil)
    }

    /// The argument labels of a completion's name, `sum(:axis:)` → `["", "axis"]`.
    static func argumentLabels(_ name: String) -> [String] {
        guard let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close else { return [] }
        let inside = name[name.index(after: open)..<close]
        guard !inside.isEmpty else { return [] }
        return inside.split(separator: ":", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    /// A completion's description (`sum(x: Tensor, axis: Int)`, which shows parameter names) with the
    /// declaration's labels: `_ x: Tensor` for a parameter without one.
    static func withLabels(_ description: String, _ labels: [String]) -> String {
        guard let open = description.firstIndex(of: "("), description.hasSuffix(")") else { return description }
        let head = description[..<open]
        let inside = description[description.index(after: open)..<description.index(before: description.endIndex)]
        let parameters = topLevelParts(String(inside))
        guard parameters.count == labels.count else { return description }
        let labelled = zip(parameters, labels).map { parameter, label -> String in
            let name = parameter.split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if label.isEmpty { return parameter.contains(":") ? "_ " + parameter : "_: " + parameter }
            return name == label ? parameter : label + " " + parameter
        }
        return head + "(" + labelled.joined(separator: ", ") + ")"
    }

    /// `text` split at the commas outside brackets.
    static func topLevelParts(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for character in text {
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]", ">": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespaces)); current = ""; continue
            default: break
            }
            current.append(character)
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { parts.append(current.trimmingCharacters(in: .whitespaces)) }
        return parts
    }
}
