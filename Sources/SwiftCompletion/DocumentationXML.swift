import Foundation

/// Turns a doc comment as SourceKit gives it in XML (`key.doc.full_as_xml`: `<CommentParts>` with
/// paragraphs, code voice, lists, code listings, parameters) back into Markdown.
enum DocumentationXML {
    /// The Markdown of the `<CommentParts>` of `xml`, or `nil` when there is none.
    static func markdown(_ xml: String) -> String? {
        guard let start = xml.range(of: "<CommentParts>"), let end = xml.range(of: "</CommentParts>", options: .backwards),
              start.upperBound <= end.lowerBound else { return nil }
        let nodes = parse(String(xml[start.upperBound..<end.lowerBound]))
        let text = blocks(nodes).joined(separator: "\n\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// An element with its children, or a run of text.
    indirect enum Node: Equatable {
        case text(String)
        case element(name: String, attributes: [String: String], children: [Node])
    }

    // MARK: - Parsing

    /// The nodes of an XML fragment (entities decoded, CDATA as text). Tolerant: an unclosed element ends
    /// with the fragment.
    static func parse(_ xml: String) -> [Node] {
        var scalars = Array(xml.unicodeScalars)[...]
        return parseNodes(&scalars, closing: nil)
    }

    private static func parseNodes(_ input: inout ArraySlice<Unicode.Scalar>, closing: String?) -> [Node] {
        var nodes: [Node] = []
        var text = ""
        func flush() {
            if !text.isEmpty { nodes.append(.text(decodeEntities(text))); text = "" }
        }
        while let first = input.first {
            guard first == "<" else { text.unicodeScalars.append(first); input.removeFirst(); continue }
            if input.starts(with: "<![CDATA[".unicodeScalars) {
                flush()
                input.removeFirst(9)
                var data = ""
                while !input.isEmpty && !input.starts(with: "]]>".unicodeScalars) { data.unicodeScalars.append(input.removeFirst()) }
                input = input.dropFirst(3)
                nodes.append(.text(data))
                continue
            }
            // A tag: up to the next `>`.
            var tag = ""
            input.removeFirst()
            while let c = input.first, c != ">" { tag.unicodeScalars.append(c); input.removeFirst() }
            input = input.dropFirst()
            flush()
            if tag.hasPrefix("/") {
                if closing == nil || String(tag.dropFirst()) == closing { return nodes }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            if selfClosing { tag.removeLast() }
            let (name, attributes) = nameAndAttributes(tag)
            let children = selfClosing ? [] : parseNodes(&input, closing: name)
            nodes.append(.element(name: name, attributes: attributes, children: children))
        }
        flush()
        return nodes
    }

    private static func nameAndAttributes(_ tag: String) -> (String, [String: String]) {
        let parts = tag.split(separator: " ", maxSplits: 1)
        let name = parts.first.map(String.init) ?? ""
        var attributes: [String: String] = [:]
        if parts.count > 1 {
            var rest = Substring(parts[1])
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].trimmingCharacters(in: .whitespaces)
                let afterEquals = rest[rest.index(after: equals)...].drop { $0 == " " }
                guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { break }
                let valueStart = afterEquals.index(after: afterEquals.startIndex)
                guard let valueEnd = afterEquals[valueStart...].firstIndex(of: quote) else { break }
                attributes[key] = decodeEntities(String(afterEquals[valueStart..<valueEnd]))
                rest = afterEquals[afterEquals.index(after: valueEnd)...]
            }
        }
        return (name, attributes)
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result
    }

    // MARK: - Markdown

    /// Block-level Markdown (paragraphs, lists, code listings, parameter lists) of `nodes`.
    private static func blocks(_ nodes: [Node]) -> [String] {
        var out: [String] = []
        for node in nodes {
            guard case .element(let name, let attributes, let children) = node else {
                if case .text(let text) = node, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(text) }
                continue
            }
            switch name {
            case "Para":
                out.append(inline(children))
            case "List-Bullet", "List-Number":
                let items = children.compactMap { child -> [String]? in
                    guard case .element("Item", _, let itemChildren) = child else { return nil }
                    return blocks(itemChildren)
                }
                out.append(items.enumerated().map { i, item in
                    let marker = name == "List-Number" ? "\(i + 1). " : "- "
                    return marker + item.joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: marker.count))
                }.joined(separator: "\n"))
            case "CodeListing":
                let lines = children.compactMap { child -> String? in
                    guard case .element(_, _, let lineChildren) = child else { return nil }
                    return plain(lineChildren)
                }
                var code = lines.joined(separator: "\n")
                while code.hasSuffix("\n") { code.removeLast() }
                out.append("```\(attributes["language"] ?? "swift")\n\(code)\n```")
            case "Parameters":
                let parameters = children.compactMap { child -> String? in
                    guard case .element("Parameter", _, let parts) = child else { return nil }
                    let parameterName = parts.compactMap { part -> String? in
                        if case .element("Name", _, let nameChildren) = part { return plain(nameChildren) }
                        return nil
                    }.first ?? ""
                    let discussion = parts.flatMap { part -> [String] in
                        if case .element("Discussion", _, let discussionChildren) = part { return blocks(discussionChildren) }
                        return []
                    }.joined(separator: " ")
                    return "  - \(parameterName): \(discussion)"
                }
                if !parameters.isEmpty { out.append("- Parameters:\n" + parameters.joined(separator: "\n")) }
            case "ResultDiscussion":
                out.append("- Returns: " + blocks(children).joined(separator: " "))
            case "ThrowsDiscussion":
                out.append("- Throws: " + blocks(children).joined(separator: " "))
            case "Abstract", "Discussion":
                out += blocks(children)
            default:
                // Callouts (`- Note:`), which SourceKit names after their kind.
                let inner = blocks(children)
                if !inner.isEmpty { out.append("- \(name): " + inner.joined(separator: " ")) }
            }
        }
        return out
    }

    /// Inline Markdown of a paragraph's nodes.
    private static func inline(_ nodes: [Node]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let text): return text
            case .element("codeVoice", _, let children): return "`" + plain(children) + "`"
            case .element("emphasis", _, let children), .element("Emphasis", _, let children): return "*" + inline(children) + "*"
            case .element("bold", _, let children), .element("Bold", _, let children): return "**" + inline(children) + "**"
            case .element("Link", let attributes, let children):
                let label = inline(children)
                return attributes["href"].map { "[\(label)](\($0))" } ?? label
            case .element(_, _, let children): return inline(children)
            }
        }.joined()
    }

    /// The text of nodes, tags dropped.
    private static func plain(_ nodes: [Node]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let text): return text
            case .element(_, _, let children): return plain(children)
            }
        }.joined()
    }
}
