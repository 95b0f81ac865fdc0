/// What every earlier cell declared that is still in force, and the imports that give a new cell all of it.
///
/// A later declaration replaces an earlier one of the same name (for functions: of the same argument
/// labels and parameter types; another signature adds an overload, as in one file). A cell's module is
/// *live* while something it declared is not replaced; dead modules stay loaded in the executor but no
/// later cell imports them, so what replaced them is all that later cells see.
///
/// A new cell imports, for each name it mentions, that name from every live module that declares it and
/// has none of its declarations of that name replaced, with a scoped `@testable import` (scoped imports
/// win over whole-module ones, so a learner's `sigmoid` wins over the preloaded library's; `@testable`
/// for implicit memberwise initialisers, which stay internal). Live modules that add what has no name to
/// import by (extensions, conformances, operators) are imported whole. Everything else a cell reaches,
/// members of types it does not name included, is public (see ``VisibilityRewrite``), so a cell imports
/// only what it mentions and cell 500 compiles about as fast as cell 5.
struct DeclarationTable {
    private struct CellRecord {
        var module: String
        var declarations: [DeclaredName]
        /// Indices into `declarations` that a later cell replaced.
        var replaced: Set<Int> = []

        var isLive: Bool { replaced.count < declarations.count }
        var hasLiveUnnamedDeclarations: Bool {
            declarations.indices.contains { !replaced.contains($0) && declarations[$0].importKind == nil }
        }
    }

    private var cells: [CellRecord] = []
    /// Imports written by the learner, carried into every later cell.
    private(set) var userImports: [String] = []

    /// Records a cell that ran (to its end, or to a trap whose state was kept).
    mutating func record(module: String, analysis: CellAnalysis) {
        for cellIndex in cells.indices {
            for (index, older) in cells[cellIndex].declarations.enumerated()
            where analysis.declarations.contains(where: { $0.replaces(older) }) {
                cells[cellIndex].replaced.insert(index)
            }
        }
        cells.append(CellRecord(module: module, declarations: analysis.declarations))
        for line in analysis.imports where !userImports.contains(line) {
            userImports.append(line)
        }
    }

    /// The import lines for a cell that mentions `names`; `nil` imports every name (for completion).
    func importLines(mentioning mentioned: Set<String>?) -> [String] {
        let names = mentioned.map(withAncestors)
        var lines = userImports
        var scoped: Set<String> = []
        for cell in cells where cell.isLive {
            if cell.hasLiveUnnamedDeclarations { lines.append("@testable import \(cell.module)") }
            for (index, declaration) in cell.declarations.enumerated() {
                guard let kind = declaration.importKind, names?.contains(declaration.name) ?? true else { continue }
                // A module whose declaration of this name was replaced would bring the old one along.
                let stale = cell.declarations.indices.contains {
                    cell.replaced.contains($0) && cell.declarations[$0].name == declaration.name
                }
                guard !stale, !cell.replaced.contains(index) else { continue }
                let name = declaration.name.needsBackticks ? "`\(declaration.name)`" : declaration.name
                let line = "@testable import \(kind) \(cell.module).\(name)"
                if scoped.insert(line).inserted { lines.append(line) }
            }
        }
        return lines
    }

    /// The newest live module that declares `name` as a function or variable, if any.
    func newestModule(declaringValue name: String) -> String? {
        cells.last { cell in
            cell.declarations.indices.contains {
                !cell.replaced.contains($0) && cell.declarations[$0].name == name
                    && (cell.declarations[$0].importKind == "func" || cell.declarations[$0].importKind == "var")
            }
        }?.module
    }

    /// `names` and, for each class among them, the names of its ancestors.
    private func withAncestors(_ names: Set<String>) -> Set<String> {
        var parents: [String: [String]] = [:]
        for cell in cells where cell.isLive {
            for declaration in cell.declarations where !declaration.inherits.isEmpty {
                parents[declaration.name, default: []] += declaration.inherits
            }
        }
        var result = names
        var queue = Array(names)
        while let name = queue.popLast() {
            for parent in parents[name] ?? [] where result.insert(parent).inserted { queue.append(parent) }
        }
        return result
    }
}

private extension String {
    static let keywords: Set<String> = ["default", "class", "func", "let", "var", "struct", "enum", "in", "is", "as", "return", "if", "else", "for", "while", "switch", "case", "import", "protocol", "extension", "self", "Self", "true", "false", "nil", "do", "try", "throw", "throws", "catch", "guard", "defer", "repeat", "break", "continue", "static", "init", "deinit", "subscript", "operator", "typealias", "where", "internal", "public", "private", "fileprivate", "inout", "super", "associatedtype", "Any"]
    var needsBackticks: Bool { Self.keywords.contains(self) }
}
