import Foundation

/// The `%` commands a cell may start with, handled by the engine before Swift sees the cell.
enum Magic: Equatable {
    /// `%time`: show the cell's wall time after its output.
    case time
    /// `%help`: list the magics.
    case help

    static let helpText = """
    Magics (a line starting with % at the top of a cell):
      %time   run the cell and print how long it took (wall time)
      %help   show this list
    Every cell also imports NotebookRuntime (display, input, clearOutput), NeuralNet, Plots and Grading.
    """

    /// Splits leading magic lines off a cell; an unknown magic is an error that names the known ones.
    static func parse(_ code: String) -> Result<(magics: [Magic], code: String), CellFailure> {
        var magics: [Magic] = []
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { index += 1; continue }
            guard trimmed.hasPrefix("%") else { break }
            switch trimmed.split(separator: " ").first.map(String.init) {
            case "%time", "%%time": magics.append(.time)
            case "%help", "%%help": magics.append(.help)
            case let other?:
                let message = "Unknown magic \(other). Known magics: %time, %help."
                return .failure(CellFailure(kind: .magic, message: message, traceback: [red("MagicError") + ": " + message]))
            case nil: break
            }
            // Keep the line count so that messages still point at the right lines.
            lines[index] = ""
            index += 1
        }
        return .success((magics, lines.joined(separator: "\n")))
    }
}
