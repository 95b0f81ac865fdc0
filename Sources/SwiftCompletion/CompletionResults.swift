import JupyterProtocol

/// Turns SourceKit's completion results into matches a notebook can insert.
enum CompletionResults {
    /// The matches, best first (see ``ranked(_:prefix:libraryModules:)``), one per inserted text, and how
    /// many bytes before the word they replace (`x?.` completions erase the `.` they follow).
    static func matches(from results: [JSONValue], prefix: String = "", libraryModules: Set<String> = []) -> (matches: [CompletionMatch], bytesToErase: Int) {
        let erase = mostCommon(results.map { $0["key.num_bytes_to_erase"]?.intValue ?? 0 }) ?? 0
        var seen = Set<String>()
        var matches: [CompletionMatch] = []
        for result in ranked(results, prefix: prefix, libraryModules: libraryModules)
        where (result["key.num_bytes_to_erase"]?.intValue ?? 0) == erase {
            let text = insertion(result["key.sourcetext"]?.stringValue ?? result["key.name"]?.stringValue ?? "")
            guard !text.isEmpty, seen.insert(text).inserted else { continue }
            let kind = kindName(result["key.kind"]?.stringValue ?? "")
            let description = result["key.description"]?.stringValue ?? text
            let type = result["key.typename"]?.stringValue ?? ""
            matches.append(CompletionMatch(text: text, kind: kind, signature: signature(description, type, kind: kind)))
        }
        return (matches, erase)
    }

    /// A typed prefix at least this long asks for C library names too (`sigact` for `sigaction`).
    static let longPrefix = 5

    /// Where a result comes from, in the order matches are shown.
    enum Origin: Int, Comparable {
        /// The cell itself and earlier cells (local names too).
        case notebook
        /// The preloaded libraries.
        case library
        /// Swift's own modules, keywords.
        case swift
        /// C libraries (Glibc, the C parts of Foundation): their names come last, and only when nothing
        /// else matches or the typed prefix is long.
        case cLibrary

        static func < (a: Origin, b: Origin) -> Bool { a.rawValue < b.rawValue }
    }

    /// How well a name matches the typed prefix.
    enum Fit: Int, Comparable {
        case prefix, prefixIgnoringCase, contains, fuzzy
        static func < (a: Fit, b: Fit) -> Bool { a.rawValue < b.rawValue }

        /// Names that start with the prefix as typed come first, then those that start with it or contain
        /// it in another case, then SourceKit's fuzzy matches.
        var tier: Int {
            switch self {
            case .prefix: return 0
            case .prefixIgnoringCase, .contains: return 1
            case .fuzzy: return 2
            }
        }
    }

    /// The C modules Swift imports on Linux, whose names flood a short prefix (`sig` → `sigaction`, `SIGINT`).
    static let cModules: Set<String> = ["Glibc", "SwiftGlibc", "CoreFoundation", "_FoundationCShims", "SwiftShims",
                                        "_SwiftConcurrencyShims", "CBLAS", "CZlib"]

    static func origin(of result: JSONValue, libraryModules: Set<String>) -> Origin {
        let module = result["key.modulename"]?.stringValue
        let usr = result["key.associated_usrs"]?.stringValue ?? ""
        if usr.hasPrefix("c:") || module.map(cModules.contains) == true { return .cLibrary }
        guard let module else {
            // Keywords and literals (`#imageLiteral`) come from no module; local names neither.
            let kind = result["key.kind"]?.stringValue ?? ""
            return kind.hasPrefix("source.lang.swift.keyword") || kind.hasPrefix("source.lang.swift.literal") ? .swift : .notebook
        }
        if module == SourceKitAssistant.moduleName || (module.hasPrefix("Cell") && Int(module.dropFirst(4)) != nil) {
            return .notebook
        }
        return libraryModules.contains(module) ? .library : .swift
    }

    /// The name a result declares, without its argument labels (`makeMoons`, not `makeMoons(_:noise:)`).
    static func baseName(_ result: JSONValue) -> String {
        let name = result["key.name"]?.stringValue ?? result["key.sourcetext"]?.stringValue ?? ""
        return name.firstIndex(of: "(").map { String(name[..<$0]) } ?? name
    }

    static func fit(_ name: String, prefix: String) -> Fit {
        if prefix.isEmpty || name.hasPrefix(prefix) { return .prefix }
        if name.lowercased().hasPrefix(prefix.lowercased()) { return .prefixIgnoringCase }
        return name.lowercased().contains(prefix.lowercased()) ? .contains : .fuzzy
    }

    /// SourceKit's results in the order a learner wants them: names that start with the prefix as typed,
    /// then those that start with it or contain it in another case, then SourceKit's fuzzy matches; within
    /// each, the notebook's names, then the preloaded libraries', then Swift's. C library names only when no other name starts with or contains the
    /// prefix (exactly, case and all), or the prefix has at least ``longPrefix`` characters; then they come
    /// last. SourceKit's order decides the rest.
    static func ranked(_ results: [JSONValue], prefix: String, libraryModules: Set<String>) -> [JSONValue] {
        let keyed = results.enumerated().map { index, result -> (result: JSONValue, origin: Origin, fit: Fit, index: Int) in
            (result, origin(of: result, libraryModules: libraryModules), fit(baseName(result), prefix: prefix), index)
        }
        // "Match" here is case-sensitive: `SIG` asks for `SIGINT` even though `SignedInteger` starts with `sig`.
        let othersMatch = !prefix.isEmpty && keyed.contains { entry in
            guard entry.origin != .cLibrary else { return false }
            return baseName(entry.result).contains(prefix)
        } || prefix.isEmpty && keyed.contains { $0.origin != .cLibrary }
        let withC = !othersMatch || prefix.count >= longPrefix
        return keyed.filter { withC || $0.origin != .cLibrary }
            .sorted { a, b in (a.fit.tier, a.origin, a.fit, a.index) < (b.fit.tier, b.origin, b.fit, b.index) }
            .map(\.result)
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
