import SwiftSyntax

/// What a later cell needs to know of a struct an earlier cell declared: its stored properties, and the
/// protocols it already conforms to.
struct StructShape: Sendable {
    var storedProperties: [String]
    var conformances: Set<String>

    /// The shape of `declaration`, as written.
    init(_ declaration: StructDeclSyntax) {
        conformances = Set((declaration.inheritanceClause?.inheritedTypes ?? []).map { $0.type.trimmedDescription })
        storedProperties = Self.storedBindings(of: declaration.memberBlock, excludingLazy: true)
            .flatMap { DeclarationScanner.identifiers(in: $0.pattern) }
    }

    /// The bindings of a type's stored instance properties: no getter (observers keep a property stored).
    static func storedBindings(of members: MemberBlockSyntax, excludingLazy: Bool) -> [PatternBindingSyntax] {
        let excluded = ["static", "class"] + (excludingLazy ? ["lazy"] : [])
        return members.members.compactMap { $0.decl.as(VariableDeclSyntax.self) }
            .filter { !$0.modifiers.contains { excluded.contains($0.name.text) } }
            .flatMap(\.bindings).filter { binding in
                guard let accessors = binding.accessorBlock?.accessors else { return true }
                guard case .accessors(let list) = accessors else { return false }
                return list.allSatisfy { ["willSet", "didSet"].contains($0.accessorSpecifier.text) }
            }
    }
}

/// Writes the `==` and `hash(into:)` that Swift synthesises only in the file that declares a struct.
///
/// `extension Point: Equatable {}` in a later cell is another file to the compiler, which refuses to
/// synthesise there ("extension outside of file declaring struct prevents automatic synthesis"). In
/// one file it would: so the engine writes the same members into the extension, from the struct's
/// stored properties as its cell declared them. They go before the extension's closing brace, on its
/// line, so no line moves.
enum ConformanceSynthesis {
    static let implyingEquatable: Set<String> = ["Equatable", "Hashable", "Comparable"]

    static func insertions(for declaration: ExtensionDeclSyntax, shapes: [String: StructShape],
                           conformances: (String) -> Set<String>) -> [(offset: Int, text: String)] {
        let typeName = declaration.extendedType.trimmedDescription
        guard let shape = shapes[typeName] else { return [] }
        let added = Set((declaration.inheritanceClause?.inheritedTypes ?? []).map { $0.type.trimmedDescription })
        let already = shape.conformances.union(conformances(typeName))
        let members = Set(declaration.memberBlock.members.compactMap { $0.decl.as(FunctionDeclSyntax.self)?.name.text })
        var text = ""
        if !added.isDisjoint(with: implyingEquatable), already.isDisjoint(with: implyingEquatable), !members.contains("==") {
            let comparison = shape.storedProperties.map { "lhs.\($0) == rhs.\($0)" }.joined(separator: " && ")
            text += " public static func == (lhs: Self, rhs: Self) -> Bool { \(comparison.isEmpty ? "true" : comparison) }"
        }
        if added.contains("Hashable"), !already.contains("Hashable"), !members.contains("hash") {
            let combine = shape.storedProperties.map { "hasher.combine(\($0))" }.joined(separator: "; ")
            text += " public func hash(into hasher: inout Hasher) { \(combine) }"
        }
        guard !text.isEmpty else { return [] }
        return [(declaration.memberBlock.rightBrace.positionAfterSkippingLeadingTrivia.utf8Offset, text + " ")]
    }
}
