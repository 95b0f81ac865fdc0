/// Which cell declared each name last, and the imports that give a new cell the newest of everything.
///
/// A new cell imports, for each earlier name it mentions, exactly the newest declaration of that name
/// with a scoped import (`@testable import var Cell7.x`; `@testable` so that cells need no `public`).
/// A scoped import wins over whole-module imports, so a redefinition is what later cells see, and a
/// learner's own `sigmoid` wins over the preloaded library's. Cells that add what has no name
/// (extensions, operators) are imported whole. A cell imports nothing it does not mention, so its module
/// does not drag in a chain of every earlier cell, and cell 500 compiles as fast as cell 5.
struct DeclarationTable {
    private struct CellRecord {
        var module: String
        var declarations: [DeclaredName]
        var hasUnnamedDeclarations: Bool
    }

    private var cells: [CellRecord] = []
    private var owners: [String: (module: String, kind: String)] = [:]
    /// Imports written by the learner, carried into every later cell.
    private(set) var userImports: [String] = []

    /// Records a cell that compiled and ran.
    mutating func record(module: String, analysis: CellAnalysis) {
        cells.append(CellRecord(module: module, declarations: analysis.declarations,
                                hasUnnamedDeclarations: analysis.hasUnnamedDeclarations))
        for declaration in analysis.declarations {
            owners[declaration.name] = (module, declaration.importKind)
        }
        for line in analysis.imports where !userImports.contains(line) {
            userImports.append(line)
        }
    }

    /// The import lines for a cell that mentions `names`; `nil` imports every name (for completion).
    func importLines(mentioning names: Set<String>?) -> [String] {
        var lines = userImports
        for cell in cells where cell.hasUnnamedDeclarations {
            lines.append("@testable import \(cell.module)")
        }
        for (name, owner) in owners.sorted(by: { $0.key < $1.key }) where names?.contains(name) ?? true {
            lines.append("@testable import \(owner.kind) \(owner.module).\(name.needsBackticks ? "`\(name)`" : name)")
        }
        return lines
    }
}

private extension String {
    static let keywords: Set<String> = ["default", "class", "func", "let", "var", "struct", "enum", "in", "is", "as", "return", "if", "else", "for", "while", "switch", "case", "import", "protocol", "extension", "self", "Self", "true", "false", "nil", "do", "try", "throw", "throws", "catch", "guard", "defer", "repeat", "break", "continue", "static", "init", "deinit", "subscript", "operator", "typealias", "where", "internal", "public", "private", "fileprivate", "inout", "super", "associatedtype", "Any"]
    var needsBackticks: Bool { Self.keywords.contains(self) }
}
