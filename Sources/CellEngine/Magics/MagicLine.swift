import Foundation

/// One `%name arguments` line at the top of a cell: a command to the kernel, not Swift.
///
/// Magics are read only from the lines before a cell's first line of Swift (blank lines may come
/// between them), so a `%` inside Swift code (`a % b`, a string) is never taken for one.
public struct MagicLine: Equatable, Sendable {
    /// The name without its `%` signs: `install` for `%install`, `time` for `%%time`.
    public var name: String
    /// The rest of the line after the name, without the spaces around it.
    public var arguments: String
    /// The line's index in the cell, from 0.
    public var line: Int
    /// How many characters of the line come before `arguments`.
    public var argumentsColumn: Int

    /// Creates a magic line.
    public init(name: String, arguments: String, line: Int, argumentsColumn: Int) {
        self.name = name
        self.arguments = arguments
        self.line = line
        self.argumentsColumn = argumentsColumn
    }

    /// The magic lines at the top of `cell`, and the cell with each of them blanked: same number of lines
    /// and characters, so that compiler messages and cursor positions still point at the right place.
    public static func split(_ cell: String) -> (magics: [MagicLine], code: String) {
        guard cell.contains("%") else { return ([], cell) }
        var magics: [MagicLine] = []
        var lines = cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in lines.indices {
            let trimmed = lines[index].drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty { continue }
            guard let magic = parse(trimmed, line: index, indent: lines[index].count - trimmed.count) else { break }
            magics.append(magic)
            lines[index] = String(repeating: " ", count: lines[index].count)
        }
        return (magics, magics.isEmpty ? cell : lines.joined(separator: "\n"))
    }

    /// `cell` with its magic lines blanked (for completion and inspection, which see only Swift).
    public static func blanked(_ cell: String) -> String { split(cell).code }

    /// `%name rest` or `%%name rest`, the name made of letters, digits, `-` and `_`.
    private static func parse(_ text: Substring, line: Int, indent: Int) -> MagicLine? {
        guard text.hasPrefix("%") else { return nil }
        let afterSigns = text.drop { $0 == "%" }
        guard text.count - afterSigns.count <= 2, let first = afterSigns.first, first.isLetter else { return nil }
        let name = afterSigns.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let rest = afterSigns.dropFirst(name.count)
        let arguments = rest.drop { $0 == " " || $0 == "\t" }
        return MagicLine(name: String(name), arguments: String(arguments).trimmingCharacters(in: .whitespaces), line: line,
                         argumentsColumn: indent + text.count - arguments.count)
    }
}
