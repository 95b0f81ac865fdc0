import Foundation
import JupyterProtocol

/// Turns SourceKit's cursor info into help text.
enum SymbolInfo {
    /// The help for a cursor-info answer, or `nil` when there is no symbol there.
    /// - Parameter ownModule: the module name of the completion file itself, whose name means "this cell".
    static func help(from info: JSONValue, ownModule: String, ownFile: String) -> SymbolHelp? {
        let declaration = (info["key.annotated_decl"]?.stringValue).map(plainText(ofXML:))
            ?? info["key.name"]?.stringValue
        guard let declaration, !declaration.isEmpty else { return nil }
        let documentation = info["key.doc_comment"]?.stringValue
            ?? (info["key.doc.full_as_xml"]?.stringValue).flatMap(DocumentationXML.markdown)
        var module = info["key.modulename"]?.stringValue
        if module == ownModule { module = nil }
        var location: String?
        if let path = info["key.filepath"]?.stringValue, path != ownFile {
            location = info["key.line"]?.intValue.map { "\(path):\($0)" } ?? path
        }
        return SymbolHelp(declaration: declaration, documentation: documentation, module: module, location: location)
    }

    /// The text of an XML fragment: tags dropped, entities decoded.
    static func plainText(ofXML xml: String) -> String {
        var text = ""
        var inTag = false
        for character in xml {
            if character == "<" { inTag = true } else if character == ">" && inTag { inTag = false } else if !inTag { text.append(character) }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&apos;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
