import SwiftSyntax

/// Makes the names a top-level `guard` binds into variables later cells can see.
///
/// In a script, `guard let url = URL(string: text) else { fatalError() }` binds `url` for the rest of the
/// file. A cell is a module of its own, so the binding becomes a global: the guard runs in a closure that
/// returns what it bound, `public let url = { () in guard let url = … else { fatalError() }; return url }()`.
/// Only guards whose `else` leaves by a call that never returns can move into a closure; a guard that
/// `return`s or `break`s out of the script keeps its place, and its names stay in its own cell.
enum TopLevelGuard {
    /// The names `statement` binds, and the edits that turn it into a declaration of them; `nil` when it
    /// binds nothing or cannot be moved into a closure.
    static func rewrite(_ statement: StmtSyntax) -> (names: [String], isVariable: Bool, edits: [SourceEdit])? {
        guard let guardStatement = statement.as(GuardStmtSyntax.self) else { return nil }
        var names: [String] = []
        var isVariable = false
        for condition in guardStatement.conditions {
            guard case .optionalBinding(let binding) = condition.condition else { continue }
            names += DeclarationScanner.identifiers(in: binding.pattern)
            if binding.bindingSpecifier.tokenKind == .keyword(.var) { isVariable = true }
        }
        guard !names.isEmpty, !leavesWithoutTrapping(guardStatement.body) else { return nil }
        let bound = names.count == 1 ? names[0] : "(" + names.joined(separator: ", ") + ")"
        let start = statement.positionAfterSkippingLeadingTrivia.utf8Offset
        let end = statement.endPositionBeforeTrailingTrivia.utf8Offset
        return (names, isVariable, [
            SourceEdit(offset: start, length: 0, text: "public \(isVariable ? "var" : "let") \(bound) = { () in "),
            SourceEdit(offset: end, length: 0, text: "; return \(bound) }()"),
        ])
    }

    /// Whether the `else` block ends with `return`, `break`, `continue` or `throw`, which mean something
    /// else inside a closure.
    private static func leavesWithoutTrapping(_ body: CodeBlockSyntax) -> Bool {
        final class Finder: SyntaxVisitor {
            var found = false
            override func visit(_ node: ReturnStmtSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
            override func visit(_ node: BreakStmtSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
            override func visit(_ node: ContinueStmtSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
            override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind { found = true; return .skipChildren }
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
        }
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(body)
        return finder.found
    }
}
