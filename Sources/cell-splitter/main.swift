// Cuts a Swift file into the cells a notebook would have if every top-level item were a cell of its own.
//
//     cell-splitter <file.swift>
//
// Prints a JSON array of strings: the source of each top-level item (a `CodeBlockItem` of the file),
// with the comments and blank lines before it, exactly as written. What follows the last item (trailing
// comments) goes with the last cell, so the strings concatenated give back the file byte for byte.
// Tests/kernel/test_differential.py runs a script this way, cell by cell, and compares its output with
// the same file compiled as one script.
import Foundation
import SwiftParser
import SwiftSyntax

/// The file's top-level items as source text; the text after the last item joins the last one.
func cells(of source: String) -> [String] {
    let file = Parser.parse(source: source)
    var cells = file.statements.map(\.description)
    let tail = file.endOfFileToken.description
    if cells.isEmpty {
        return tail.isEmpty ? [] : [tail]
    }
    cells[cells.count - 1] += tail
    return cells
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: cell-splitter <file.swift>\n".utf8))
    exit(2)
}
guard let data = FileManager.default.contents(atPath: arguments[1]),
      let source = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("cell-splitter: cannot read \(arguments[1]) as UTF-8\n".utf8))
    exit(1)
}
let result = cells(of: source)
precondition(result.joined() == source, "the cells do not give back the file")
let encoder = JSONEncoder()
encoder.outputFormatting = [.withoutEscapingSlashes]
FileHandle.standardOutput.write(try encoder.encode(result))
FileHandle.standardOutput.write(Data("\n".utf8))
