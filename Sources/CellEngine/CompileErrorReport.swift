/// Turns the compiler's messages into an error a learner can read: the cell and line, the line itself
/// with a caret under the column, and the message, without temporary file paths.
struct CompileErrorReport {
    struct Diagnostic: Equatable {
        var cellLabel: String?
        var line: Int
        var column: Int
        var severity: String
        var message: String
    }

    let diagnostics: [Diagnostic]
    let otherOutput: [String]

    /// Parses `file:line:column: severity: message` lines; `Cell In[4]` files are the learner's cells.
    init(compilerOutput: String) {
        var diagnostics: [Diagnostic] = []
        var other: [String] = []
        for line in compilerOutput.split(separator: "\n", omittingEmptySubsequences: true) {
            if let diagnostic = Self.parse(String(line)) {
                diagnostics.append(diagnostic)
            } else {
                other.append(String(line))
            }
        }
        self.diagnostics = diagnostics
        self.otherOutput = other
    }

    private static func parse(_ line: String) -> Diagnostic? {
        for severity in ["error", "warning", "note"] {
            guard let marker = line.range(of: ": \(severity): ") else { continue }
            let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3, let lineNumber = Int(location[location.count - 2]),
                  let column = Int(location[location.count - 1]) else { continue }
            let file = location.dropLast(2).joined(separator: ":")
            let cellLabel = file.hasPrefix("Cell In[") ? file : nil
            return Diagnostic(cellLabel: cellLabel, line: lineNumber, column: column, severity: severity,
                              message: String(line[marker.upperBound...]))
        }
        return nil
    }

    /// The error for the notebook: ename `CompileError`, the first error as evalue, each error with its
    /// excerpt in the traceback (each once), notes about code outside the cells without a place.
    ///
    /// - Parameters:
    ///   - missingNameHints: for a name the compiler cannot find, what to tell the learner (such as the
    ///     earlier cell that declares it but did not compile).
    ///   - moduleCells: the cell (`In [n]`) each earlier cell's module (`Cell4`) was compiled from, so that a
    ///     note such as "found this candidate in module 'Cell4'" names the learner's cell instead.
    func failure(source: String, columnMap: (Int, Int) -> Int = { $1 }, missingNameHints: [String: String] = [:],
                 moduleCells: [String: Int] = [:]) -> CellFailure {
        let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let errors = diagnostics.filter { $0.severity == "error" }
        guard let first = errors.first else {
            let text = otherOutput.isEmpty ? "the compiler failed without a message" : otherOutput.joined(separator: "\n")
            return CellFailure(kind: .compileError, message: text, traceback: [red("CompileError") + ": " + text])
        }
        var traceback: [String] = []
        var shown: Set<String> = []
        for var diagnostic in diagnostics where diagnostic.severity != "warning" {
            if diagnostic.cellLabel != nil {
                diagnostic.column = columnMap(diagnostic.line, diagnostic.column)
            } else {
                diagnostic.message = Self.namingCells(diagnostic.message, moduleCells)
            }
            // Outside the cells only the message is shown, so the same message twice is shown once.
            let key = diagnostic.cellLabel.map { "\($0) \(diagnostic.line) \(diagnostic.column) " } ?? ""
            guard shown.insert(key + diagnostic.severity + ": " + diagnostic.message).inserted else { continue }
            traceback += excerpt(for: diagnostic, sourceLines: sourceLines)
            if let name = Self.missingName(in: diagnostic.message), let hint = missingNameHints[name] {
                traceback.append(yellow("hint") + ": " + hint)
            }
        }
        let message = Self.missingName(in: first.message).flatMap { missingNameHints[$0] }.map { first.message + ". " + $0 } ?? first.message
        return CellFailure(kind: .compileError, message: message, traceback: traceback)
    }

    /// `message` with each "module 'Cell4'" of an earlier cell's module written as the cell, "In[3]".
    static func namingCells(_ message: String, _ moduleCells: [String: Int]) -> String {
        var text = message
        for (module, cell) in moduleCells where text.contains("module '\(module)'") {
            text = text.replacingOccurrences(of: "module '\(module)'", with: "In[\(cell)]")
        }
        return text
    }

    /// `X` in "cannot find 'X' in scope" and "cannot find type 'X' in scope".
    static func missingName(in message: String) -> String? {
        guard message.hasPrefix("cannot find "), message.hasSuffix(" in scope"),
              let open = message.firstIndex(of: "'"), let close = message.lastIndex(of: "'"), open < close
        else { return nil }
        return String(message[message.index(after: open)..<close])
    }

    private func excerpt(for diagnostic: Diagnostic, sourceLines: [String]) -> [String] {
        let tag = diagnostic.severity == "error" ? red("error") : diagnostic.severity
        // Outside the learner's cells (a library's declaration, the engine's imports) a place means
        // nothing to the learner: the message says enough.
        guard let label = diagnostic.cellLabel else { return ["\(tag): \(diagnostic.message)"] }
        var lines = [cyan("\(label), line \(diagnostic.line), column \(diagnostic.column)")]
        if diagnostic.line >= 1, diagnostic.line <= sourceLines.count {
            let code = sourceLines[diagnostic.line - 1]
            lines.append("    " + code)
            let prefix = code.prefix(max(0, diagnostic.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append("    " + prefix + green("^"))
        }
        lines.append("\(tag): \(diagnostic.message)")
        return lines
    }
}

func red(_ text: String) -> String { "\u{1B}[0;31m\(text)\u{1B}[0m" }
func green(_ text: String) -> String { "\u{1B}[0;32m\(text)\u{1B}[0m" }
func yellow(_ text: String) -> String { "\u{1B}[0;33m\(text)\u{1B}[0m" }
func cyan(_ text: String) -> String { "\u{1B}[0;36m\(text)\u{1B}[0m" }
