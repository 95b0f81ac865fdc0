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
}
