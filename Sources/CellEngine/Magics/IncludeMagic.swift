import Foundation

/// `%include "file.swift"`: runs a Swift file as if it were a cell of its own, before the rest of the cell.
struct IncludeMagic: MagicHandler {
    let name = "include"
    let usage = "%include \"FILE.swift\""
    let summary = "run a Swift file (relative to the notebook's folder) as a cell before this one"
    /// Larger files are refused: an include is source code, not data.
    static let sizeLimit = 4 << 20

    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws {
        let words = try ShellWords.split(line.arguments)
        guard words.count == 1, let path = words.first, !path.isEmpty else {
            throw MagicError("%include takes one file name, for example %include \"helpers.swift\"; got `\(line.arguments)`.")
        }
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
            throw MagicError("%include: there is no file \(url.path). Paths are relative to the notebook's folder (\(FileManager.default.currentDirectoryPath)).")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= Self.sizeLimit else {
            throw MagicError("%include: \(path) has \(size) bytes; included files may have at most \(Self.sizeLimit >> 20) MiB of Swift.")
        }
        guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
            throw MagicError("%include: cannot read \(url.path) as UTF-8 text.")
        }
        cell.included.append((name: url.lastPathComponent, code: text))
    }
}
