import SwiftSyntax

/// What a later cell needs to know of a struct or enum an earlier cell declared: a struct's stored
/// properties, an enum's cases with the number of their associated values, and the protocols it
/// already conforms to.
struct TypeShape: Sendable {
    var storedProperties: [String] = []
    /// For an enum: each case's name and how many associated values it carries.
    var cases: [(name: String, values: Int)]?
    var conformances: Set<String>

    /// The shape of a struct, as written.
    init(_ declaration: StructDeclSyntax) {
        conformances = Set((declaration.inheritanceClause?.inheritedTypes ?? []).map { $0.type.trimmedDescription })
        storedProperties = Self.storedBindings(of: declaration.memberBlock, excludingLazy: true)
            .flatMap { DeclarationScanner.identifiers(in: $0.pattern) }
    }

    /// The shape of an enum, as written.
    init(_ declaration: EnumDeclSyntax) {
        conformances = Set((declaration.inheritanceClause?.inheritedTypes ?? []).map { $0.type.trimmedDescription })
        cases = declaration.memberBlock.members.compactMap { $0.decl.as(EnumCaseDeclSyntax.self) }.flatMap(\.elements).map {
            ($0.name.text, $0.parameterClause?.parameters.count ?? 0)
        }
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

/// Writes the `==` and `hash(into:)` that Swift synthesises only in the file that declares a struct
/// (or an enum with associated values).
///
/// `extension Point: Equatable {}` in a later cell is another file to the compiler, which refuses to
/// synthesise there ("extension outside of file declaring struct prevents automatic synthesis"). In
/// one file it would: so the engine writes the same members into the extension, from the struct's
/// stored properties as its cell declared them. They go before the extension's closing brace, on its
/// line, so no line moves.
enum ConformanceSynthesis {
    static let implyingEquatable: Set<String> = ["Equatable", "Hashable", "Comparable"]

    static func insertions(for declaration: ExtensionDeclSyntax, shapes: [String: TypeShape],
                           conformances: (String) -> Set<String>) -> [(offset: Int, text: String)] {
        let typeName = declaration.extendedType.trimmedDescription
        guard let shape = shapes[typeName] else { return [] }
        let added = Set((declaration.inheritanceClause?.inheritedTypes ?? []).map { $0.type.trimmedDescription })
        let already = shape.conformances.union(conformances(typeName))
        let written = Set(declaration.memberBlock.members.compactMap { $0.decl.as(FunctionDeclSyntax.self)?.name.text })
        // An enum without associated values gets both wherever the conformance is declared.
        if let cases = shape.cases, cases.allSatisfy({ $0.values == 0 }) { return [] }
        var members: [String] = []
        if !added.isDisjoint(with: implyingEquatable), already.isDisjoint(with: implyingEquatable), !written.contains("==") {
            members.append("public static func == (lhs: Self, rhs: Self) -> Bool { \(equality(shape)) }")
        }
        if added.contains("Hashable"), !already.contains("Hashable"), !written.contains("hash") {
            members.append("public func hash(into hasher: inout Hasher) { \(hashing(shape)) }")
        }
        guard !members.isEmpty else { return [] }
        // They go on the line of the closing brace, after any member there: declarations separated by `;`.
        let lead = declaration.memberBlock.members.isEmpty ? " " : "; "
        return [(declaration.memberBlock.rightBrace.positionAfterSkippingLeadingTrivia.utf8Offset, lead + members.joined(separator: "; ") + " ")]
    }

    private static func equality(_ shape: TypeShape) -> String {
        guard let cases = shape.cases else {
            let comparison = shape.storedProperties.map { "lhs.\($0) == rhs.\($0)" }.joined(separator: " && ")
            return comparison.isEmpty ? "true" : comparison
        }
        let arms = cases.map { item -> String in
            guard item.values > 0 else { return "case (.\(item.name), .\(item.name)): return true" }
            let indices = 0..<item.values
            let left = indices.map { "l\($0)" }.joined(separator: ", "), right = indices.map { "r\($0)" }.joined(separator: ", ")
            let test = indices.map { "l\($0) == r\($0)" }.joined(separator: " && ")
            return "case let (.\(item.name)(\(left)), .\(item.name)(\(right))): return \(test)"
        }
        return "switch (lhs, rhs) { \(arms.joined(separator: "; ")); default: return false }"
    }

    private static func hashing(_ shape: TypeShape) -> String {
        guard let cases = shape.cases else {
            return shape.storedProperties.map { "hasher.combine(\($0))" }.joined(separator: "; ")
        }
        let arms = cases.enumerated().map { index, item -> String in
            guard item.values > 0 else { return "case .\(item.name): hasher.combine(\(index))" }
            let names = (0..<item.values).map { "v\($0)" }
            return "case let .\(item.name)(\(names.joined(separator: ", "))): hasher.combine(\(index)); "
                + names.map { "hasher.combine(\($0))" }.joined(separator: "; ")
        }
        return "switch self { \(arms.joined(separator: "; ")) }"
    }
}
