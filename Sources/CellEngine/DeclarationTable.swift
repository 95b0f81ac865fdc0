/// What every earlier cell declared that is still in force, and the imports that give a new cell all of it.
///
/// A later declaration replaces an earlier one of the same name (for functions: of the same signature;
/// another signature adds an overload, as in one file). A cell run again (the same notebook cell id)
/// replaces what its earlier run declared under the same names, whatever their signatures, since that is
/// what editing a cell and running it again means. A cell's module is
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
        var cellID: String?
        var declarations: [DeclaredName]
        /// Indices into `declarations` that a later cell replaced.
        var replaced: Set<Int> = []

        var isLive: Bool { replaced.count < declarations.count }
    }

    private var cells: [CellRecord] = []
    /// The newest declaration of each struct, by name.
    private(set) var typeShapes: [String: TypeShape] = [:]
    /// Imports written by the learner, carried into every later cell.
    private(set) var userImports: [String] = []

    /// Records a cell that ran (to its end, or to a trap whose state was kept).
    mutating func record(module: String, analysis: CellAnalysis, cellID: String? = nil) {
        for cellIndex in cells.indices {
            for (index, older) in cells[cellIndex].declarations.enumerated()
            where Self.replaces(analysis.declarations, cellID: cellID, older, in: cells[cellIndex]) {
                cells[cellIndex].replaced.insert(index)
            }
        }
        cells.append(CellRecord(module: module, cellID: cellID, declarations: analysis.declarations))
        typeShapes.merge(analysis.typeShapes) { _, newer in newer }
        for line in analysis.imports where !userImports.contains(line) {
            userImports.append(line)
        }
    }

    private static func replaces(_ newer: [DeclaredName], cellID: String?, _ older: DeclaredName, in cell: CellRecord) -> Bool {
        if let cellID, cell.cellID == cellID, newer.contains(where: { $0.name == older.name }) { return true }
        return newer.contains { $0.replaces(older) }
    }

    /// The import lines for a cell that mentions `names` (`nil`: every name, for completion) and itself
    /// declares `declaring` (which hide what they replace from the cell already).
    func importLines(mentioning mentioned: Set<String>?, declaring: [DeclaredName] = [], cellID: String? = nil) -> [String] {
        let names = mentioned.map(withAncestors)
        var lines = userImports
        var scoped: Set<String> = []
        for cell in cells where cell.isLive {
            let replaced = cell.replaced.union(cell.declarations.indices.filter {
                Self.replaces(declaring, cellID: cellID, cell.declarations[$0], in: cell)
            })
            if cell.declarations.indices.contains(where: { !replaced.contains($0) && cell.declarations[$0].importKind == nil }) {
                lines.append("@testable import \(cell.module)")
            }
            for (index, declaration) in cell.declarations.enumerated() {
                guard let kind = declaration.importKind, names?.contains(declaration.name) ?? true else { continue }
                // A module whose declaration of this name was replaced would bring the old one along.
                let stale = cell.declarations.indices.contains {
                    replaced.contains($0) && cell.declarations[$0].name == declaration.name
                }
                guard !stale, !replaced.contains(index) else { continue }
                let name = declaration.name.needsBackticks ? "`\(declaration.name)`" : declaration.name
                let line = "@testable import \(kind) \(cell.module).\(name)"
                if scoped.insert(line).inserted { lines.append(line) }
            }
        }
        return lines
    }

    /// The protocols live extensions of earlier cells made `typeName` conform to.
    func extensionConformances(of typeName: String) -> Set<String> {
        var found: Set<String> = []
        for cell in cells {
            for (index, declaration) in cell.declarations.enumerated() where !cell.replaced.contains(index) {
                guard declaration.importKind == nil, declaration.name.hasPrefix(typeName + ": ") else { continue }
                found.insert(String(declaration.name.dropFirst(typeName.count + 2).prefix { $0 != " " }))
            }
        }
        return found
    }

    /// Whether a live declaration of an earlier cell has this name.
    func declares(_ name: String) -> Bool {
        cells.contains { cell in
            cell.declarations.indices.contains { !cell.replaced.contains($0) && cell.declarations[$0].name == name }
        }
    }

    /// The live modules that declare `name` as a function or variable, oldest first.
    func modules(declaringValue name: String) -> [String] {
        cells.filter { cell in
            cell.declarations.indices.contains {
                !cell.replaced.contains($0) && cell.declarations[$0].name == name
                    && (cell.declarations[$0].importKind == "func" || cell.declarations[$0].importKind == "var")
            }
        }.map(\.module)
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
