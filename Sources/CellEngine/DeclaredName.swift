import SwiftSyntax

/// Something a cell declares that later cells can see: a name, an extension's member or conformance, an
/// operator. Its identity decides what a later redefinition replaces.
public struct DeclaredName: Hashable, Sendable {
    /// The declared identifier without backticks; `Type.member` for a member an extension adds, `Type: P`
    /// for a conformance, `operator +` for an operator.
    public var name: String
    /// The keyword of a scoped import that brings it into a later cell (`var`, `func`, `struct`, `class`,
    /// `enum`, `protocol`, `typealias`), or `nil` when only importing the whole module does.
    public var importKind: String?
    /// For a function: its static-ness, argument labels, parameter and return types, which tell an
    /// overload from a redefinition (a cell run again replaces its earlier run's functions whatever their
    /// signatures, see ``DeclarationTable``).
    public var signature: String?
    /// For a class: the types it inherits from, by name. A cell that names the class imports them too,
    /// since overriding a member of a class's ancestor needs the ancestor's module imported.
    public var inherits: [String] = []

    /// Whether declaring `self` in a later cell hides `older` from the cells after it: the same name, and
    /// unless both are functions, whatever their signatures (as one file could not have both).
    func replaces(_ older: DeclaredName) -> Bool {
        guard name == older.name else { return false }
        guard let signature, let olderSignature = older.signature else { return true }
        return signature == olderSignature
    }
}

/// Lists what one top-level declaration of a cell declares, for ``DeclarationTable``.
enum DeclarationScanner {
    /// The declarations of `declaration`, and whether it was an `import`.
    static func names(in declaration: DeclSyntax) -> [DeclaredName] {
        if let variable = declaration.as(VariableDeclSyntax.self) {
            return variable.bindings.flatMap { identifiers(in: $0.pattern) }.map { DeclaredName(name: $0, importKind: "var") }
        }
        if let function = declaration.as(FunctionDeclSyntax.self) {
            let name = function.name.text.trimmingBackticks
            if case .identifier = function.name.tokenKind {
                return [DeclaredName(name: name, importKind: "func", signature: signature(of: function))]
            }
            return [DeclaredName(name: "operator \(name)", importKind: nil, signature: signature(of: function))]
        }
        if let type = declaration.as(StructDeclSyntax.self) { return [named(type.name, "struct")] + operators(type) }
        if let type = declaration.as(ClassDeclSyntax.self) {
            var name = named(type.name, "class")
            name.inherits = (type.inheritanceClause?.inheritedTypes ?? []).compactMap {
                $0.type.as(IdentifierTypeSyntax.self)?.name.text.trimmingBackticks
            }
            return [name] + operators(type)
        }
        if let type = declaration.as(ActorDeclSyntax.self) { return [named(type.name, "class")] }
        if let type = declaration.as(EnumDeclSyntax.self) { return [named(type.name, "enum")] + operators(type) }
        if let type = declaration.as(ProtocolDeclSyntax.self) { return [named(type.name, "protocol")] }
        if let type = declaration.as(TypeAliasDeclSyntax.self) { return [named(type.name, "typealias")] }
        if let operatorDeclaration = declaration.as(OperatorDeclSyntax.self) {
            return [DeclaredName(name: "operator \(operatorDeclaration.fixitySpecifier.text) \(operatorDeclaration.name.text)", importKind: nil)]
        }
        if let group = declaration.as(PrecedenceGroupDeclSyntax.self) {
            return [DeclaredName(name: "precedencegroup \(group.name.text)", importKind: nil)]
        }
        if let extensionDeclaration = declaration.as(ExtensionDeclSyntax.self) {
            return extensionNames(extensionDeclaration)
        }
        if declaration.is(ImportDeclSyntax.self) { return [] }
        // `#if` blocks, macro expansions: nothing to name, and nothing a later cell could replace.
        return [DeclaredName(name: "\(declaration.kind) at \(declaration.position.utf8Offset) \(declaration.trimmedDescription.hashValue)", importKind: nil)]
    }

    /// A type's operator functions: Swift finds them only in modules imported whole, so the type's
    /// module is (an entry with no scoped import kind).
    private static func operators(_ type: some DeclGroupSyntax & NamedDeclSyntax) -> [DeclaredName] {
        let operators = type.memberBlock.members.compactMap { $0.decl.as(FunctionDeclSyntax.self) }.filter {
            if case .identifier = $0.name.tokenKind { return false }
            return true
        }
        return operators.map {
            DeclaredName(name: "\(type.name.text).\($0.name.text)", importKind: nil, signature: signature(of: $0))
        }
    }

    private static func named(_ token: TokenSyntax, _ kind: String) -> DeclaredName {
        DeclaredName(name: token.text.trimmingBackticks, importKind: kind)
    }

    /// What an extension adds: each member as `Type.member`, each conformance as `Type: Protocol`.
    private static func extensionNames(_ declaration: ExtensionDeclSyntax) -> [DeclaredName] {
        let type = declaration.extendedType.trimmedDescription
        let constraints = declaration.genericWhereClause.map { " " + $0.trimmedDescription } ?? ""
        var names = (declaration.inheritanceClause?.inheritedTypes ?? []).map {
            DeclaredName(name: "\(type): \($0.type.trimmedDescription)\(constraints)", importKind: nil)
        }
        for member in declaration.memberBlock.members {
            for memberName in memberNames(member.decl) {
                names.append(DeclaredName(name: "\(type)\(constraints).\(memberName.name)", importKind: nil,
                                          signature: memberName.signature))
            }
        }
        if names.isEmpty { names.append(DeclaredName(name: "extension \(type)\(constraints)", importKind: nil)) }
        return names
    }

    private static func memberNames(_ declaration: DeclSyntax) -> [(name: String, signature: String?)] {
        if let function = declaration.as(FunctionDeclSyntax.self) {
            return [(function.name.text.trimmingBackticks, signature(of: function))]
        }
        if let initializer = declaration.as(InitializerDeclSyntax.self) {
            return [("init", "init" + parameters(initializer.signature.parameterClause))]
        }
        if let subscriptDeclaration = declaration.as(SubscriptDeclSyntax.self) {
            return [("subscript", "subscript" + parameters(subscriptDeclaration.parameterClause))]
        }
        return names(in: declaration).map { ($0.name, $0.signature) }
    }

    private static func signature(of function: FunctionDeclSyntax) -> String {
        let isStatic = function.modifiers.contains { ["static", "class"].contains($0.name.text) }
        let generics = function.genericParameterClause?.trimmedDescription ?? ""
        let result = function.signature.returnClause?.type.trimmedDescription ?? "()"
        return (isStatic ? "static " : "") + generics + parameters(function.signature.parameterClause) + " -> " + result
    }

    private static func parameters(_ clause: FunctionParameterClauseSyntax) -> String {
        "(" + clause.parameters.map { parameter in
            "\(parameter.firstName.text):\(parameter.type.trimmedDescription)\(parameter.ellipsis == nil ? "" : "...")"
        }.joined(separator: ",") + ")"
    }

    /// The names a pattern binds: `x`, or each of `(a, b)`.
    static func identifiers(in pattern: PatternSyntax) -> [String] {
        if let identifier = pattern.as(IdentifierPatternSyntax.self) { return [identifier.identifier.text.trimmingBackticks] }
        if let tuple = pattern.as(TuplePatternSyntax.self) { return tuple.elements.flatMap { identifiers(in: $0.pattern) } }
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return identifiers(in: binding.pattern) }
        return []
    }
}
