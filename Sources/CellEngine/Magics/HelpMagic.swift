/// `%help`: lists every magic with one line each.
struct HelpMagic: MagicHandler {
    let name = "help"
    let usage = "%help"
    let summary = "show this list"

    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws {
        context.output.stream(.stdout, Self.text + "\n")
    }

    static var text: String {
        let handlers = MagicRegistry.handlers
        let width = handlers.map(\.usage.count).max() ?? 0
        let rows = handlers.map { "  " + $0.usage.padding(toLength: width, withPad: " ", startingAt: 0) + "   " + $0.summary }
        return (["Magics (lines starting with % at the top of a cell, before its Swift):"] + rows + [
            "Every cell also imports NotebookRuntime (display, input, clearOutput), NeuralNet, Plots and Grading.",
        ]).joined(separator: "\n")
    }
}
