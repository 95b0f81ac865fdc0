/// `%time`: prints how long the cell took. With a statement on its line (`%time let q = train()`), the
/// statement runs as part of the cell, in its place, as IPython's line magic does.
struct TimeMagic: MagicHandler {
    let name = "time"
    let usage = "%time [statement]"
    let summary = "run the cell (or the statement on the line) and print the wall time it took"

    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws {
        cell.timed = true
        guard !line.arguments.isEmpty else { return }
        var lines = cell.code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Same columns as in the cell, so that a compile error points at the statement where it is.
        lines[line.line] = String(repeating: " ", count: line.argumentsColumn) + line.arguments
        cell.code = lines.joined(separator: "\n")
    }
}
