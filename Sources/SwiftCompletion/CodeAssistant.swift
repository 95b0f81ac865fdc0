import Foundation

/// One completion: the text that replaces the word before the cursor, and what it is.
public struct CompletionMatch: Sendable, Equatable {
    /// What is inserted: a name, a name and `(` when arguments follow, or an argument label (`axis: `).
    public var text: String
    /// The kind of declaration, in words JupyterLab shows: `function`, `method`, `property`, `variable`,
    /// `struct`, `class`, `keyword`, `argument labels`, ….
    public var kind: String
    /// The declaration with its type, e.g. `sigmoid(x: Tensor) -> Tensor` or `shape: [Int]`.
    public var signature: String

    /// Creates a match.
    public init(text: String, kind: String, signature: String) {
        self.text = text
        self.kind = kind
        self.signature = signature
    }
}

/// Completions for a cursor position: ranked best first; all replace the same range of the cell.
public struct Completions: Sendable, Equatable {
    /// The matches, best first, without duplicates.
    public var matches: [CompletionMatch]
    /// The replaced range in the cell, in Unicode code points (the word before the cursor).
    public var replacedRange: Range<Int>

    /// Creates completions.
    public init(matches: [CompletionMatch], replacedRange: Range<Int>) {
        self.matches = matches
        self.replacedRange = replacedRange
    }
}

/// Help for the name under the cursor.
public struct SymbolHelp: Sendable, Equatable {
    /// The declaration as written in Swift, e.g. `func sigmoid(_ x: Tensor) -> Tensor`.
    public var declaration: String
    /// The doc comment (Markdown), if the declaration has one.
    public var documentation: String?
    /// The module that declares it (`NeuralNet`, `Swift`, or `CellN` for an earlier cell).
    public var module: String?
    /// Where it is declared (`path:line`), when the compiler knows the source file.
    public var location: String?
    /// The other declarations of the same name that the cell sees (the overloads of a function), each with
    /// its own doc comment.
    public var overloads: [SymbolHelp]

    /// Creates help text.
    public init(declaration: String, documentation: String?, module: String?, location: String?, overloads: [SymbolHelp] = []) {
        self.declaration = declaration
        self.documentation = documentation
        self.module = module
        self.location = location
        self.overloads = overloads
    }

    /// Markdown for a help pager: the declaration as a Swift code block, then the doc comment; for an
    /// overloaded name, every declaration so, those with the same doc comment in one block.
    public func markdown(detailed: Bool) -> String {
        sections.map { section in
            var parts = ["```swift\n" + section.map(\.declaration).joined(separator: "\n") + "\n```"]
            if let origin = section[0].originLine(detailed: detailed) { parts.append("*\(origin)*") }
            if let documentation = section[0].documentation, !documentation.isEmpty { parts.append(documentation) }
            return parts.joined(separator: "\n\n")
        }.joined(separator: "\n\n---\n\n")
    }

    /// The same as plain text, for consoles.
    public func plainText(detailed: Bool) -> String {
        sections.map { section in
            var parts = [section.map(\.declaration).joined(separator: "\n")]
            if let origin = section[0].originLine(detailed: detailed) { parts.append(origin) }
            if let documentation = section[0].documentation, !documentation.isEmpty { parts.append(documentation) }
            return parts.joined(separator: "\n\n")
        }.joined(separator: "\n\n")
    }

    /// This declaration and its overloads, grouped by doc comment and module, in the order they first appear
    /// (`sum(_: Tensor)` and `sum(_: NDArray<Float>)` share one comment).
    var sections: [[SymbolHelp]] {
        var groups: [[SymbolHelp]] = []
        for entry in [self] + overloads {
            let plain = SymbolHelp(declaration: entry.declaration, documentation: entry.documentation, module: entry.module,
                                   location: entry.location)
            if let index = groups.firstIndex(where: { $0[0].documentation == plain.documentation && $0[0].module == plain.module
                                                        && plain.documentation != nil }) {
                groups[index].append(plain)
            } else {
                groups.append([plain])
            }
        }
        return groups
    }

    fileprivate func originLine(detailed: Bool) -> String? {
        guard let module else { return nil }
        let from = module.hasPrefix("Cell") && Int(module.dropFirst(4)) != nil ? "an earlier cell" : "module \(module)"
        if detailed, let location { return "Declared in \(from) (\(location))" }
        return "Declared in \(from)"
    }
}

/// Completion and help for notebook cells: the seam between the kernel and a code-intelligence service.
///
/// `prologue` is the Swift text the cell engine puts in front of a cell (the imports that make earlier
/// cells and the libraries visible); offsets are Unicode code points in `cell`. Implementations answer
/// within their time limit, with `nil` when they cannot.
public protocol CodeAssistant: AnyObject, Sendable {
    /// Prepares the service so that the first real request is fast; may block for seconds.
    func warmUp(prologue: String)
    /// Completions for the word before `cursor`.
    func complete(cell: String, cursor: Int, prologue: String) -> Completions?
    /// Help for the name at `cursor`.
    func help(cell: String, cursor: Int, prologue: String) -> SymbolHelp?
    /// Stops background processes.
    func shutdown()
    /// Compiler arguments that go before the fixed ones from now on: the module folders and C module maps
    /// of packages a cell installed.
    func usePackageArguments(_ arguments: [String])
}
