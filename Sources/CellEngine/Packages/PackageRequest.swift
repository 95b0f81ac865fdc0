import Foundation

/// What one `%install` line asks for: a SwiftPM dependency, as a `Package.swift` names it, and the
/// products to build from it. The syntax is swift-jupyter's, so that its notebooks work unchanged:
///
///     %install '.package(url: "https://github.com/apple/swift-collections", from: "1.1.0")' DequeModule
struct PackageRequest: Equatable, Sendable {
    /// The `.package(…)` expression, with `$cwd` and a relative `path:` made absolute.
    var dependency: String
    /// SwiftPM's identity of the package: the last part of its URL or path, lower-cased, without `.git`.
    var identity: String
    /// The products (libraries) to build, as the package's manifest names them.
    var products: [String]

    static let usage = "%install '.package(url: \"https://github.com/OWNER/NAME\", from: \"1.0.0\")' PRODUCT…"

    /// Reads `%install`'s arguments; relative paths are taken from `workingDirectory` (the notebook's).
    init(arguments: String, workingDirectory: URL) throws {
        let words = try ShellWords.split(arguments)
        guard var dependency = words.first?.trimmingCharacters(in: .whitespaces), !dependency.isEmpty else {
            throw MagicError("%install needs a package and its products: \(Self.usage)")
        }
        guard dependency.hasPrefix(".package("), dependency.hasSuffix(")"), Self.parenthesesBalance(dependency) else {
            throw MagicError("%install: `\(dependency)` is not a SwiftPM dependency. Write it as in Package.swift, in single quotes: \(Self.usage)")
        }
        dependency = dependency.replacingOccurrences(of: "$cwd", with: workingDirectory.path)
        guard let location = Self.firstMatch(#"(url|path)\s*:\s*"([^"]*)""#, in: dependency) else {
            throw MagicError("%install: `\(dependency)` has no url: \"…\" or path: \"…\". \(Self.usage)")
        }
        var place = location.value
        if location.label == "path", !place.hasPrefix("/") {
            place = workingDirectory.appendingPathComponent(place).standardizedFileURL.path
            dependency = dependency.replacingOccurrences(of: "\"\(location.value)\"", with: "\"\(place)\"")
        }
        var last = place.split(separator: "/").last.map(String.init) ?? place
        if last.hasSuffix(".git") { last.removeLast(4) }
        guard !last.isEmpty else { throw MagicError("%install: cannot tell the package's name from `\(place)`.") }
        let products = Array(words.dropFirst())
        guard !products.isEmpty else {
            throw MagicError("%install: name the products to build after the package, for example DequeModule: \(Self.usage)")
        }
        if let bad = products.first(where: { !Self.isIdentifier($0) }) {
            throw MagicError("%install: `\(bad)` is not a product name (letters, digits and _ only). \(Self.usage)")
        }
        self.dependency = dependency
        self.identity = last.lowercased()
        self.products = products
    }

    private static func parenthesesBalance(_ text: String) -> Bool {
        var depth = 0
        var inString = false
        for character in text {
            if character == "\"" { inString.toggle() }
            if inString { continue }
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1; if depth < 0 { return false } }
            if character == "\n" { return false }
        }
        return depth == 0 && !inString
    }

    private static func isIdentifier(_ word: String) -> Bool {
        guard let first = word.first, first.isLetter || first == "_" else { return false }
        return word.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    private static func firstMatch(_ pattern: String, in text: String) -> (label: String, value: String)? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let label = Range(match.range(at: 1), in: text), let value = Range(match.range(at: 2), in: text)
        else { return nil }
        return (String(text[label]), String(text[value]))
    }
}
