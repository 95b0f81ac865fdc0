import SwiftParser
import SwiftSyntax

/// What a cell declares and imports, and its source rewritten for the engine, from swift-syntax.
///
/// The rewrite keeps every line where it was, so that compiler messages and crash backtraces point at the
/// learner's own lines: it only inserts and overwrites text on existing lines.
/// - Declarations become visible to later cells as in one file (see ``VisibilityRewrite``).
/// - The last expression, if any, is passed to `_recordCellResult(_:)` to become the cell's result.
/// - Each top-level statement that `await`s is wrapped in `_runCellAsync { … }`, since a script whose
///   top level awaits would end the whole process when it finishes.
/// - `_cellSafePoint()` goes before the first statement after the cell's last top-level variable: a trap
///   after it can keep what the cell did (see the executor), since every variable is initialised by then.
struct CellAnalysis {
    /// What the cell declares at top level.
    private(set) var declarations: [DeclaredName] = []
    /// Whether the cell adds what has no name to import by: extensions, operators, conditional code.
    var hasUnnamedDeclarations: Bool { declarations.contains { $0.importKind == nil } }
    /// Every identifier the cell mentions but does not declare: a superset of the earlier cells' names
    /// it uses.
    private(set) var mentionedNames: Set<String> = []
    /// The cell's `import` declarations, as written, to carry into later cells.
    private(set) var imports: [String] = []
    /// Where the rewrite inserted text: for each line, the original columns and lengths, to map compiler
    /// columns back to what the learner wrote.
    private(set) var insertionsByLine: [Int: [(column: Int, length: Int)]] = [:]
    /// The cell's source with the insertions described above.
    private(set) var rewrittenSource: String = ""
    /// Identifiers of functions and variables the cell declares at the top level.
    private(set) var declaredValues: Set<String> = []
    /// Whether the cell only declares functions, types, extensions and the like: nothing in it runs.
    var declaresOnly: Bool {
        tree.statements.allSatisfy { item in
            guard case .decl(let declaration) = item.item else { return false }
            return !declaration.is(VariableDeclSyntax.self) && !declaration.is(IfConfigDeclSyntax.self)
                && !declaration.is(MacroExpansionDeclSyntax.self) && !declaration.is(ImportDeclSyntax.self)
        }
    }
    /// The structs the cell declares, for conformances later cells add to them.
    private(set) var typeShapes: [String: TypeShape] = [:]
    private let source: String
    private let tree: SourceFileSyntax
    private var insertions: [(offset: Int, text: String)] = []
    private var overwrites: [SourceEdit] = []

    init(source: String) {
        self.source = source
        let file = Parser.parse(source: source)
        tree = file
        for token in file.tokens(viewMode: .sourceAccurate) {
            if case .identifier(let name) = token.tokenKind { mentionedNames.insert(name.trimmingBackticks) }
        }
        var insertions: [(offset: Int, text: String)] = []
        var overwrites: [SourceEdit] = []
        let items = Array(file.statements)
        let safePoint = Self.safePointItem(items)
        for (index, item) in items.enumerated() {
            let isLast = index == items.count - 1
            if index == safePoint { insertions.append((item.positionAfterSkippingLeadingTrivia.utf8Offset, "_cellSafePoint(); ")) }
            switch item.item {
            case .decl(let declaration):
                record(declaration)
                if let structure = declaration.as(StructDeclSyntax.self) { typeShapes[structure.name.text] = TypeShape(structure) }
                if let enumeration = declaration.as(EnumDeclSyntax.self) { typeShapes[enumeration.name.text] = TypeShape(enumeration) }
                for edit in VisibilityRewrite.edits(for: declaration) {
                    if edit.length == 0 { insertions.append((edit.offset, edit.text)) } else { overwrites.append(edit) }
                }
                insertions += Self.asyncInsertions(forDeclaration: declaration)
            case .expr(let expression):
                let awaits = Self.awaitsAtTopLevel(expression)
                let recordsResult = isLast && Self.hasValue(expression)
                if recordsResult { insertions.append((expression.positionAfterSkippingLeadingTrivia.utf8Offset, "_recordCellResult(")) }
                if awaits { insertions += Self.wrapAsync(Syntax(expression)) }
                if recordsResult { insertions.append((expression.endPositionBeforeTrailingTrivia.utf8Offset, ")")) }
            case .stmt(let statement):
                if let binding = Self.guardBinding(statement) {
                    declarations += binding.names.map { DeclaredName(name: $0, importKind: "var") }
                    insertions += binding.edits.map { ($0.offset, $0.text) }
                } else if Self.awaitsAtTopLevel(statement) {
                    insertions += Self.wrapAsync(Syntax(statement))
                }
            @unknown default:
                break
            }
        }
        self.insertions = insertions
        self.overwrites = overwrites
        declaredValues = Set(declarations.filter { $0.importKind == "var" || $0.importKind == "func" }.map(\.name))
        rewrittenSource = Self.apply(insertions, overwrites: overwrites, to: source)
        // A cell's own declarations shadow earlier ones of their name, except earlier functions of another
        // signature: overloads, which the cell still sees.
        mentionedNames.subtract(declarations.filter { $0.importKind != "func" }.map(\.name))
        mapInsertions(insertions)
    }

    /// Qualifies the cell's references to `modules`' names with the module given for each, so that they
    /// mean the learner's declaration and not a preloaded library's function of the same name.
    mutating func qualify(_ modules: [String: String]) {
        guard !modules.isEmpty else { return }
        let finder = QualifiedReferences(modules: modules)
        finder.walk(tree)
        guard !finder.insertions.isEmpty else { return }
        insertions += finder.insertions
        mapInsertions(finder.insertions)
        rewrittenSource = Self.apply(insertions, overwrites: overwrites, to: source)
    }

    /// Writes the members Swift would synthesise for conformances the cell adds to earlier cells' structs
    /// (see ``ConformanceSynthesis``).
    mutating func synthesizeConformances(shapes: [String: TypeShape], conformances: (String) -> Set<String>) {
        var added: [(offset: Int, text: String)] = []
        for item in tree.statements {
            guard case .decl(let declaration) = item.item, let extensionDeclaration = declaration.as(ExtensionDeclSyntax.self),
                  typeShapes[extensionDeclaration.extendedType.trimmedDescription] == nil else { continue }
            added += ConformanceSynthesis.insertions(for: extensionDeclaration, shapes: shapes, conformances: conformances)
        }
        guard !added.isEmpty else { return }
        insertions += added
        mapInsertions(added)
        rewrittenSource = Self.apply(insertions, overwrites: overwrites, to: source)
    }

    /// Runs the cell's top-level statements and variable initialisers on the main actor, as a script's
    /// top-level code runs once the script awaits anywhere: each becomes
    /// `try MainActor.assumeIsolated { … }` (the executor runs cells on the main thread). Statements that
    /// await already run there (`_runCellAsync`); closures stored in variables keep their own isolation.
    mutating func isolateToMainActor() {
        var opening: [(offset: Int, text: String)] = []
        var closing: [(offset: Int, text: String)] = []
        func wrap(_ node: some SyntaxProtocol) {
            guard !Self.awaitsAtTopLevel(node) else { return }
            opening.append((node.positionAfterSkippingLeadingTrivia.utf8Offset, "try MainActor.assumeIsolated { "))
            closing.append((node.endPositionBeforeTrailingTrivia.utf8Offset, " }"))
        }
        for item in tree.statements {
            switch item.item {
            case .expr(let expression): wrap(expression)
            case .stmt(let statement) where Self.guardBinding(statement) == nil && !statement.is(DeferStmtSyntax.self):
                wrap(statement)
            case .decl(let declaration):
                for binding in declaration.as(VariableDeclSyntax.self)?.bindings ?? [] {
                    if let value = binding.initializer?.value, !value.is(ClosureExprSyntax.self) { wrap(value) }
                }
            default: break
            }
        }
        guard !opening.isEmpty else { return }
        // Outermost: before what other insertions put at the same place, and after what they close.
        insertions = opening + insertions + closing
        mapInsertions(opening + closing)
        rewrittenSource = Self.apply(insertions, overwrites: overwrites, to: source)
    }

    private mutating func mapInsertions(_ added: [(offset: Int, text: String)]) {
        let converter = SourceLocationConverter(fileName: "", tree: tree)
        for insertion in added {
            let location = converter.location(for: AbsolutePosition(utf8Offset: insertion.offset))
            insertionsByLine[location.line, default: []].append((location.column, insertion.text.utf8.count))
        }
    }

    /// The column in the learner's line for a column the compiler reported in the rewritten line.
    func originalColumn(line: Int, rewrittenColumn: Int) -> Int {
        var shift = 0
        for insertion in (insertionsByLine[line] ?? []).sorted(by: { $0.column < $1.column }) {
            let start = insertion.column + shift
            if rewrittenColumn >= start + insertion.length {
                shift += insertion.length
            } else if rewrittenColumn >= start {
                return insertion.column
            }
        }
        return rewrittenColumn - shift
    }

    private mutating func record(_ declaration: DeclSyntax) {
        if let importDeclaration = declaration.as(ImportDeclSyntax.self) {
            imports.append(importDeclaration.trimmedDescription)
        } else {
            declarations += DeclarationScanner.names(in: declaration)
        }
    }

    /// A top-level `guard` that binds names, rewritten to declare them (not one that awaits: its closure
    /// could not).
    private static func guardBinding(_ statement: StmtSyntax) -> (names: [String], isVariable: Bool, edits: [SourceEdit])? {
        awaitsAtTopLevel(statement) ? nil : TopLevelGuard.rewrite(statement)
    }

    /// The item before which `_cellSafePoint()` goes: the first that runs code after the last top-level
    /// variable (or anything else that may declare one), or `nil` when nothing runs after it.
    private static func safePointItem(_ items: [CodeBlockItemSyntax]) -> Int? {
        func declaresVariables(_ item: CodeBlockItemSyntax) -> Bool {
            if case .stmt(let statement) = item.item { return guardBinding(statement) != nil }
            guard case .decl(let declaration) = item.item else { return false }
            return declaration.is(VariableDeclSyntax.self) || declaration.is(IfConfigDeclSyntax.self)
                || declaration.is(MacroExpansionDeclSyntax.self)
        }
        func runsCode(_ item: CodeBlockItemSyntax) -> Bool {
            if case .decl = item.item { return false }
            return true
        }
        let afterLastVariable = (items.lastIndex(where: declaresVariables) ?? -1) + 1
        return items.indices.first { $0 >= afterLastVariable && runsCode(items[$0]) }
    }

    /// Whether a final expression has a value worth showing: not an assignment, which is `Void` anyway.
    private static func hasValue(_ expression: ExprSyntax) -> Bool {
        if let infix = expression.as(InfixOperatorExprSyntax.self) {
            if infix.operator.is(AssignmentExprSyntax.self) { return false }
            if let binary = infix.operator.as(BinaryOperatorExprSyntax.self) {
                let text = binary.operator.text
                let comparisons: Set<String> = ["==", "!=", "<=", ">=", "===", "!=="]
                if text.hasSuffix("=") && !comparisons.contains(text) { return false }
            }
        }
        if expression.is(SequenceExprSyntax.self) {
            // Unfolded operator sequences: look for a top-level `=`.
            if expression.as(SequenceExprSyntax.self)!.elements.contains(where: { $0.is(AssignmentExprSyntax.self) }) { return false }
        }
        if expression.is(NilLiteralExprSyntax.self) || expression.is(ClosureExprSyntax.self) { return false }
        return true
    }

    private static func asyncInsertions(forDeclaration declaration: DeclSyntax) -> [(offset: Int, text: String)] {
        guard let variable = declaration.as(VariableDeclSyntax.self),
              !variable.modifiers.contains(where: { $0.name.text == "async" }) else { return [] }
        var insertions: [(offset: Int, text: String)] = []
        for binding in variable.bindings {
            if let value = binding.initializer?.value, awaitsAtTopLevel(value) {
                insertions += wrapAsync(Syntax(value))
            }
        }
        return insertions
    }

    private static func wrapAsync(_ node: Syntax) -> [(offset: Int, text: String)] {
        [(node.positionAfterSkippingLeadingTrivia.utf8Offset, "try _runCellAsync { "),
         (node.endPositionBeforeTrailingTrivia.utf8Offset, " }")]
    }

    private static func awaitsAtTopLevel(_ node: some SyntaxProtocol) -> Bool {
        let finder = TopLevelAwaitFinder(viewMode: .sourceAccurate)
        finder.walk(node)
        return finder.found
    }

    private static func apply(_ insertions: [(offset: Int, text: String)], overwrites: [SourceEdit], to source: String) -> String {
        var bytes = Array(source.utf8)
        for overwrite in overwrites {
            bytes.replaceSubrange(overwrite.offset..<(overwrite.offset + overwrite.length), with: Array(overwrite.text.utf8))
        }
        // Later offsets first; at one offset, closing text goes before opening text.
        for insertion in insertions.enumerated().sorted(by: { ($0.element.offset, $0.offset) > ($1.element.offset, $1.offset) }) {
            bytes.insert(contentsOf: Array(insertion.element.text.utf8), at: insertion.element.offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Finds `await` (and `for await`) outside closures and nested declarations.
private final class TopLevelAwaitFinder: SyntaxVisitor {
    var found = false

    override func visit(_ node: AwaitExprSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        if node.awaitKeyword != nil { found = true }
        return .visitChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: AccessorBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: MemberBlockSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}

extension String {
    var trimmingBackticks: String {
        hasPrefix("`") && hasSuffix("`") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
