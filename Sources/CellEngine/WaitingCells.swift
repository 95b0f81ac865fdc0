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
        /// The names it declares, members of its extensions among them (see ``provided(by:)``).
        var provides: Set<String>

        init(code: String, cellNumber: Int, cellID: String?, missing: Set<String>, analysis: CellAnalysis) {
            self.code = code
            self.cellNumber = cellNumber
            self.cellID = cellID
            self.missing = missing
            provides = WaitingCells.provided(by: analysis)
        }
    }

    /// The names a cell declares for others to find: its declarations, and the bare name of each member
    /// its extensions add (`Counter.record` provides `record`, which the type's own methods may call).
    static func provided(by analysis: CellAnalysis) -> Set<String> {
        Set(analysis.declarations.flatMap { declaration -> [String] in
            let name = declaration.name
            guard !name.contains(" "), let dot = name.lastIndex(of: ".") else { return [name] }
            return [name, String(name[name.index(after: dot)...])]
        })
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

    /// The waiting cells that can compile now, together with a cell that provides `names` (and with
    /// `candidate`, a cell that has just failed for missing names, when given).
    ///
    /// The largest group in which every name a cell waits for is provided by the group, by `names`, or
    /// by a cell that compiled: chains (a function waiting for a type that waits for another) and cycles
    /// (a type whose method calls a member a later extension adds, which needs the type) come free
    /// together. With a `candidate`, the group is empty unless the candidate is in it.
    func released(by names: Set<String>, candidate: Entry? = nil, isDeclared: (String) -> Bool) -> [Entry] {
        var group = entries + (candidate.map { [$0] } ?? [])
        while true {
            let available = group.reduce(into: names) { $0.formUnion($1.provides) }
            let kept = group.filter { $0.missing.allSatisfy { available.contains($0) || isDeclared($0) } }
            if kept.count == group.count { break }
            group = kept
        }
        if let candidate {
            guard group.contains(where: { $0.cellNumber == candidate.cellNumber }) else { return [] }
            group.removeAll { $0.cellNumber == candidate.cellNumber }
        }
        return group.sorted { $0.cellNumber < $1.cellNumber }
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
