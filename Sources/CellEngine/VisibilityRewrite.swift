import SwiftSyntax

/// One change to a cell's text: `length` bytes at `offset` replaced by `text`.
struct SourceEdit {
    var offset: Int
    var length: Int
    var text: String
}

/// Makes a cell's declarations as visible to later cells as they would be in the rest of one file.
///
/// Each cell is a module of its own, and later cells import it; within one file, though, everything at
/// the top level (`private` and `fileprivate` included) and every member is visible everywhere. So the
/// declarations a cell makes at the top level, and the members of its types and extensions, become
/// `public`: an access modifier of `private`, `fileprivate` or `internal` is overwritten in place, a
/// setter's narrower access (`private(set)`) is blanked, and where there is no modifier `public ` is
/// inserted. Code inside functions and closures is left as it is. Overwrites keep the length of what they
/// replace, so only insertions move columns (the caller maps them back for error messages).
enum VisibilityRewrite {
    static func edits(for declaration: DeclSyntax) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        collect(declaration, into: &edits)
        if let deferred = deferredConstant(declaration) { edits.append(deferred) }
        return edits
    }

    /// A top-level `let x: T` without a value is initialised later in the file, which may be a later cell,
    /// another module: it becomes `var` (same length), the only way another module can assign it.
    private static func deferredConstant(_ declaration: DeclSyntax) -> SourceEdit? {
        guard let variable = declaration.as(VariableDeclSyntax.self), variable.bindingSpecifier.tokenKind == .keyword(.let),
              variable.bindings.allSatisfy({ $0.initializer == nil && $0.accessorBlock == nil && $0.typeAnnotation != nil })
        else { return nil }
        return SourceEdit(offset: variable.bindingSpecifier.positionAfterSkippingLeadingTrivia.utf8Offset, length: 3, text: "var")
    }

    private static func collect(_ declaration: DeclSyntax, into edits: inout [SourceEdit]) {
        if let conditional = declaration.as(IfConfigDeclSyntax.self) {
            for clause in conditional.clauses {
                if case .decls(let members)? = clause.elements {
                    for member in members { collect(member.decl, into: &edits) }
                } else if case .statements(let items)? = clause.elements {
                    for item in items { if case .decl(let inner) = item.item { collect(inner, into: &edits) } }
                }
            }
            return
        }
        // No access of their own: what is inside them takes its access from elsewhere.
        if declaration.is(ImportDeclSyntax.self) || declaration.is(OperatorDeclSyntax.self)
            || declaration.is(PrecedenceGroupDeclSyntax.self) || declaration.is(EnumCaseDeclSyntax.self)
            || declaration.is(DeinitializerDeclSyntax.self) || declaration.is(MacroExpansionDeclSyntax.self)
            || declaration.is(MacroDeclSyntax.self) || declaration.is(AssociatedTypeDeclSyntax.self) {
            return
        }
        guard let modified = declaration.asProtocol(WithModifiersSyntax.self) else { return }
        if let extensionDeclaration = declaration.as(ExtensionDeclSyntax.self) {
            // An extension takes no `public` of its own here: its members get theirs.
            edits += widen(extensionDeclaration.modifiers, insertAt: nil)
            members(extensionDeclaration.memberBlock, into: &edits)
            return
        }
        edits += widen(modified.modifiers, insertAt: firstTokenAfterAttributes(declaration))
        if let actor = declaration.as(ActorDeclSyntax.self) { edits += nonisolatedConstants(actor) }
        if let structure = declaration.as(StructDeclSyntax.self) { edits += wrapperInitializers(structure) }
        // Protocol requirements take the protocol's access; types' members need their own.
        if declaration.is(ProtocolDeclSyntax.self) { return }
        if let group = declaration.asProtocol(DeclGroupSyntax.self) { members(group.memberBlock, into: &edits) }
    }

    /// An actor's stored `let`s can be read without `await` in the actor's own module, and another cell is
    /// another module: they become `nonisolated`, which is what they are within one file.
    private static func nonisolatedConstants(_ actor: ActorDeclSyntax) -> [SourceEdit] {
        actor.memberBlock.members.compactMap { member -> SourceEdit? in
            guard let variable = member.decl.as(VariableDeclSyntax.self), variable.bindingSpecifier.tokenKind == .keyword(.let),
                  !variable.modifiers.contains(where: { ["static", "nonisolated", "class"].contains($0.name.text) }),
                  variable.bindings.allSatisfy({ $0.accessorBlock == nil })
            else { return nil }
            return SourceEdit(offset: variable.bindingSpecifier.positionAfterSkippingLeadingTrivia.utf8Offset, length: 0, text: "nonisolated ")
        }
    }

    /// A public property wrapper may not keep the implicit, internal initialisers Swift gives it, so a
    /// wrapper that declares none gets them spelled out as public: `init()` when every stored property
    /// has a value, and the memberwise one when every stored property has a written type.
    private static func wrapperInitializers(_ structure: StructDeclSyntax) -> [SourceEdit] {
        guard structure.attributes.contains(where: { $0.as(AttributeSyntax.self)?.attributeName.trimmedDescription == "propertyWrapper" }),
              !structure.memberBlock.members.contains(where: { $0.decl.is(InitializerDeclSyntax.self) }) else { return [] }
        let stored = TypeShape.storedBindings(of: structure.memberBlock, excludingLazy: false)
        var text = ""
        let typed = stored.compactMap { binding -> (String, String, String?)? in
            guard let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                  let type = binding.typeAnnotation?.type.trimmedDescription else { return nil }
            return (name, type, binding.initializer?.value.trimmedDescription)
        }
        // `init()` unless the memberwise one, all defaults, already is one.
        if stored.allSatisfy({ $0.initializer != nil }) && (stored.isEmpty || typed.count < stored.count) {
            text += " public init() {}"
        }
        if !stored.isEmpty, typed.count == stored.count {
            let parameters = typed.map { "\($0.0): \($0.1)\($0.2.map { " = " + $0 } ?? "")" }.joined(separator: ", ")
            text += " public init(\(parameters)) { \(typed.map { "self.\($0.0) = \($0.0)" }.joined(separator: "; ")) }"
        }
        guard !text.isEmpty else { return [] }
        return [SourceEdit(offset: structure.memberBlock.rightBrace.positionAfterSkippingLeadingTrivia.utf8Offset, length: 0, text: text + " ")]
    }

    private static func members(_ block: MemberBlockSyntax, into edits: inout [SourceEdit]) {
        for member in block.members { collect(member.decl, into: &edits) }
    }

    /// The edits that make a declaration with `modifiers` public; `insertAt`, where `public ` goes when it
    /// has no access modifier (`nil`: leave it without one).
    private static func widen(_ modifiers: DeclModifierListSyntax, insertAt: AbsolutePosition?) -> [SourceEdit] {
        var edits: [SourceEdit] = []
        var hasAccess = false
        for modifier in modifiers {
            let name = modifier.name.text
            guard ["private", "fileprivate", "internal", "package", "public", "open"].contains(name) else { continue }
            let start = modifier.positionAfterSkippingLeadingTrivia.utf8Offset
            let length = modifier.trimmedLength.utf8Length
            if modifier.detail != nil {
                // `private(set)` and the like: the setter takes the declaration's access.
                if name != "public" && name != "open" { edits.append(SourceEdit(offset: start, length: length, text: String(repeating: " ", count: length))) }
                continue
            }
            hasAccess = true
            if name != "public" && name != "open" {
                edits.append(SourceEdit(offset: start, length: length, text: "public".padding(toLength: length, withPad: " ", startingAt: 0)))
            }
        }
        if !hasAccess, let insertAt {
            edits.append(SourceEdit(offset: insertAt.utf8Offset, length: 0, text: "public "))
        }
        return edits
    }

    /// Where a modifier goes: after the declaration's attributes, before its other modifiers or keyword.
    private static func firstTokenAfterAttributes(_ declaration: DeclSyntax) -> AbsolutePosition? {
        if let attributed = declaration.asProtocol(WithAttributesSyntax.self), let last = attributed.attributes.last {
            return last.nextToken(viewMode: .sourceAccurate)?.positionAfterSkippingLeadingTrivia
        }
        return declaration.positionAfterSkippingLeadingTrivia
    }
}
