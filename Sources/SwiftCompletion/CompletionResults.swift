import JupyterProtocol

/// Turns SourceKit's completion results into matches a notebook can insert.
enum CompletionResults {
    /// The matches in SourceKit's order (best first), one per inserted text, and how many bytes before
    /// the word they replace (`x?.` completions erase the `.` they follow).
    static func matches(from results: [JSONValue]) -> (matches: [CompletionMatch], bytesToErase: Int) {
        let erase = mostCommon(results.map { $0["key.num_bytes_to_erase"]?.intValue ?? 0 }) ?? 0
        var seen = Set<String>()
        var matches: [CompletionMatch] = []
        for result in results where (result["key.num_bytes_to_erase"]?.intValue ?? 0) == erase {
            let text = insertion(result["key.sourcetext"]?.stringValue ?? result["key.name"]?.stringValue ?? "")
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            let kind = kindName(result["key.kind"]?.stringValue ?? "")
            let description = result["key.description"]?.stringValue ?? text
            let type = result["key.typename"]?.stringValue ?? ""
            matches.append(CompletionMatch(text: text, kind: kind, signature: signature(description, type, kind: kind)))
        }
        return (matches, erase)
    }

    /// The text to insert: SourceKit's text up to its first placeholder, so a call inserts `relu(` and the
    /// learner types the arguments, and a label completion inserts `axis: `.
    static func insertion(_ sourceText: String) -> String {
        guard let placeholder = sourceText.range(of: "<#") else { return sourceText }
        return String(sourceText[..<placeholder.lowerBound])
    }

    /// The declaration and its type, as a learner reads it.
    static func signature(_ description: String, _ type: String, kind: String) -> String {
        guard !type.isEmpty else { return description }
        switch kind {
        case "function", "method", "initializer", "argument labels", "subscript":
            return type == "Void" ? description : "\(description) -> \(type)"
        case "variable", "property", "enum member", "constant":
            return "\(description): \(type)"
        case "typealias":
            return description == type ? description : "\(description) = \(type)"
        default:
            return description
        }
    }

    /// A short English name for a SourceKit kind UID such as `source.lang.swift.decl.function.free`.
    static func kindName(_ uid: String) -> String {
        let name = uid.hasPrefix("source.lang.swift.") ? String(uid.dropFirst("source.lang.swift.".count)) : uid
        let table: [(prefix: String, kind: String)] = [
            ("decl.function.method", "method"), ("decl.function.constructor", "initializer"),
            ("decl.function.subscript", "subscript"), ("decl.function.operator", "operator"),
            ("decl.function.accessor", "method"), ("decl.function", "function"),
            ("decl.var.instance", "property"), ("decl.var.static", "property"), ("decl.var.class", "property"),
            ("decl.var.parameter", "parameter"), ("decl.var", "variable"),
            ("decl.struct", "struct"), ("decl.class", "class"), ("decl.enumelement", "enum member"),
            ("decl.enum", "enum"), ("decl.protocol", "protocol"), ("decl.typealias", "typealias"),
            ("decl.associatedtype", "associated type"), ("decl.generic_type_param", "type parameter"),
            ("decl.actor", "actor"), ("decl.macro", "macro"), ("decl.precedencegroup", "precedence group"),
            ("decl.module", "module"), ("keyword", "keyword"), ("literal", "literal"), ("pattern", "argument labels"),
        ]
        if uid.hasPrefix("source.lang.swift.ref.") {
            return kindName("source.lang.swift.decl." + uid.dropFirst("source.lang.swift.ref.".count))
        }
        return table.first { name.hasPrefix($0.prefix) }?.kind ?? (name.split(separator: ".").last.map(String.init) ?? "name")
    }

    private static func mostCommon(_ values: [Int]) -> Int? {
        var counts: [Int: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }
}
