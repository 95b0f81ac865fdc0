/// Cells of declarations that use names no cell has declared yet, held back until a cell declares them.
///
/// In a script, functions and types may be used above their declaration: two functions that call each
/// other, two classes that refer to each other. Cut into cells, the first of the pair cannot compile
/// alone. Such a cell, if it only declares functions and types (nothing runs, so holding it back
/// changes no output), waits here; the cell that declares a name it waits for is compiled together with
/// it, as one module, and both take effect then.
struct WaitingCells {
    struct Entry {
        var code: String
        var cellNumber: Int
        var cellID: String?
        /// The names it uses that no cell declared when it ran.
        var missing: Set<String>
    }

    private(set) var entries: [Entry] = []

    /// Whether a cell that failed to compile with `report` may wait: it declares only functions, types,
    /// extensions and the like, and every error is a name that no cell has declared.
    static func missingNames(of analysis: CellAnalysis, report: CompileErrorReport, isDeclared: (String) -> Bool) -> Set<String>? {
        guard analysis.declaresOnly else { return nil }
        let errors = report.diagnostics.filter { $0.severity == "error" }
        let names = errors.compactMap { CompileErrorReport.missingName(in: $0.message) }
        guard !errors.isEmpty, names.count == errors.count, !names.contains(where: isDeclared) else { return nil }
        return Set(names)
    }

    mutating func hold(_ entry: Entry) {
        entries.removeAll { $0.cellNumber == entry.cellNumber || (entry.cellID != nil && $0.cellID == entry.cellID) }
        entries.append(entry)
    }

    /// The waiting cells that a cell declaring `names` lets go (it declares a name each waits for).
    func released(by names: Set<String>) -> [Entry] {
        entries.filter { !$0.missing.isDisjoint(with: names) }
    }

    mutating func remove(_ released: [Entry]) {
        entries.removeAll { entry in released.contains { $0.cellNumber == entry.cellNumber } }
    }

    /// What to tell the learner about a name a later cell cannot find because its cell waits.
    func hints() -> [String: String] {
        var hints: [String: String] = [:]
        for entry in entries {
            let waitingFor = entry.missing.sorted().map { "`\($0)`" }.joined(separator: ", ")
            for name in CellAnalysis(source: entry.code).declarations.map(\.name) {
                hints[name] = "it is declared in In[\(entry.cellNumber)], which waits for \(waitingFor) to be declared"
            }
        }
        return hints
    }

    mutating func removeAll() { entries.removeAll() }
}
