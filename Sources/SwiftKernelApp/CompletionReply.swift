import JupyterKernel
import JupyterProtocol
import SwiftCompletion

/// The Jupyter form of the assistant's answers.
enum CompletionReply {
    /// `complete_reply` content: matches best first, and each match's kind and signature in
    /// `_jupyter_types_experimental`, which JupyterLab shows next to the match.
    static func result(_ completions: Completions) -> CompletionResult {
        let range = completions.replacedRange
        let types: [JSONValue] = completions.matches.map { match in
            ["start": .int(range.lowerBound), "end": .int(range.upperBound), "text": .string(match.text),
             "type": .string(match.kind), "signature": .string(match.signature)]
        }
        return CompletionResult(matches: completions.matches.map(\.text), cursorStart: range.lowerBound,
                                cursorEnd: range.upperBound, metadata: ["_jupyter_types_experimental": .array(types)])
    }

    /// `inspect_reply` content: the declaration and doc comment as Markdown and as plain text.
    static func result(_ help: SymbolHelp, detailed: Bool) -> InspectionResult {
        InspectionResult(found: true, data: ["text/markdown": .string(help.markdown(detailed: detailed)),
                                             "text/plain": .string(help.plainText(detailed: detailed))])
    }

    /// Completion of a magic's name (`%ins` → `%install`) when the cursor is in one at the start of a line.
    static func magicNames(code: String, cursor: Int, names: [String]) -> CompletionResult? {
        let scalars = Array(code.unicodeScalars)
        guard cursor <= scalars.count else { return nil }
        var start = cursor
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        let line = String(String.UnicodeScalarView(scalars[start..<cursor]))
        let signs = line.prefix { $0 == "%" }.count
        guard signs == 1 || signs == 2, line.dropFirst(signs).allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else { return nil }
        let typed = line.dropFirst(signs)
        let matches = names.filter { $0.hasPrefix(typed) }.map { String(line.prefix(signs)) + $0 }
        return CompletionResult(matches: matches, cursorStart: start, cursorEnd: cursor)
    }
}
