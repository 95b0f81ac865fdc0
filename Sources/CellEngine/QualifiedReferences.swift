import SwiftSyntax

/// Finds a cell's references to names that must resolve to the learner's own declaration, for the
/// engine to qualify them with the module that declares it (`sum(x)` becomes `Cell3.sum(x)`).
///
/// A reference is left alone where something local binds the same name (a parameter, a local
/// variable or function, a closure parameter), and where it is a member (`a.sum`) or a label.
final class QualifiedReferences: SyntaxVisitor {
    private let modules: [String: String]
    private(set) var insertions: [(offset: Int, text: String)] = []

    /// `modules`: for each name to qualify, the module to qualify it with.
    init(modules: [String: String]) {
        self.modules = modules
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: DeclReferenceExprSyntax) -> SyntaxVisitorContinueKind {
        let name = node.baseName.text.trimmingBackticks
        guard let module = modules[name], !isMember(node), !isBoundLocally(name, around: Syntax(node)) else {
            return .visitChildren
        }
        insertions.append((node.positionAfterSkippingLeadingTrivia.utf8Offset, "\(module)."))
        return .visitChildren
    }

    private func isMember(_ node: DeclReferenceExprSyntax) -> Bool {
        if let member = node.parent?.as(MemberAccessExprSyntax.self), member.declName.id == node.id { return true }
        return false
    }

    /// Whether a scope around `node`, below the top level, binds `name`.
    private func isBoundLocally(_ name: String, around node: Syntax) -> Bool {
        var current = node.parent
        while let scope = current {
            if scope.is(SourceFileSyntax.self) { return false }
            // Inside a type, a member of the same name is what the name means.
            if let members = scope.as(MemberBlockSyntax.self),
               members.members.contains(where: { DeclarationScanner.names(in: $0.decl).contains { $0.name == name } }) {
                return true
            }
            if scope.is(CodeBlockSyntax.self) || scope.is(ClosureExprSyntax.self) || scope.is(FunctionDeclSyntax.self)
                || scope.is(InitializerDeclSyntax.self) || scope.is(AccessorBlockSyntax.self) || scope.is(SubscriptDeclSyntax.self) {
                let binder = LocalBindings(name: name)
                binder.walk(scope)
                if binder.found { return true }
            }
            current = scope.parent
        }
        return false
    }
}

/// Whether a scope binds a name: a pattern, a parameter, a local function or type.
private final class LocalBindings: SyntaxVisitor {
    let name: String
    var found = false

    init(name: String) {
        self.name = name
        super.init(viewMode: .sourceAccurate)
    }

    override func visit(_ node: IdentifierPatternSyntax) -> SyntaxVisitorContinueKind {
        if node.identifier.text.trimmingBackticks == name { found = true }
        return .skipChildren
    }

    override func visit(_ node: FunctionParameterSyntax) -> SyntaxVisitorContinueKind {
        if (node.secondName ?? node.firstName).text.trimmingBackticks == name { found = true }
        return .visitChildren
    }

    override func visit(_ node: ClosureShorthandParameterSyntax) -> SyntaxVisitorContinueKind {
        if node.name.text.trimmingBackticks == name { found = true }
        return .skipChildren
    }

    override func visit(_ node: ClosureParameterSyntax) -> SyntaxVisitorContinueKind {
        if (node.secondName ?? node.firstName).text.trimmingBackticks == name { found = true }
        return .skipChildren
    }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        // A nested function named like this binds it for its whole scope.
        if node.name.text.trimmingBackticks == name, node.parent?.is(SourceFileSyntax.self) == false,
           !(node.parent?.parent?.parent?.is(SourceFileSyntax.self) ?? false) { found = true }
        return .visitChildren
    }

    override func visit(_ node: OptionalBindingConditionSyntax) -> SyntaxVisitorContinueKind {
        // `if let sum {` binds `sum` with no pattern of its own to visit in older syntax.
        if node.pattern.as(IdentifierPatternSyntax.self)?.identifier.text.trimmingBackticks == name { found = true }
        return .visitChildren
    }
}
