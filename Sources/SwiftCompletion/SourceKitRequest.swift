/// The sourcekitd requests the assistant sends, written in sourcekitd's YAML request syntax
/// (flow style on one line: unquoted values are UIDs, quoted ones strings).
enum SourceKitRequest {
    /// Starts a completion session at `offset` (UTF-8 bytes, the start of the word being completed),
    /// with results filtered by `filterText` and ranked by SourceKit, at most `limit` of them.
    static func openCompletion(session: String, file: String, text: String, offset: Int, filterText: String,
                               limit: Int, arguments: [String]) -> String {
        "{key.request: source.request.codecomplete.open, key.name: \(jsonQuoted(session)), "
            + "key.sourcefile: \(jsonQuoted(file)), key.sourcetext: \(jsonQuoted(text)), key.offset: \(offset), "
            + "key.compilerargs: \(list(arguments)), key.codecomplete.options: {"
            + "key.codecomplete.filtertext: \(jsonQuoted(filterText)), key.codecomplete.requestlimit: \(limit)}}"
    }

    /// Ends the session `openCompletion` started (SourceKit keeps its results until then).
    static func closeCompletion(session: String, file: String, offset: Int) -> String {
        "{key.request: source.request.codecomplete.close, key.name: \(jsonQuoted(session)), "
            + "key.sourcefile: \(jsonQuoted(file)), key.offset: \(offset)}"
    }

    /// What the compiler knows about the symbol at `offset`: declaration, type, doc comment.
    static func cursorInfo(file: String, text: String, offset: Int, arguments: [String]) -> String {
        "{key.request: source.request.cursorinfo, key.sourcefile: \(jsonQuoted(file)), "
            + "key.sourcetext: \(jsonQuoted(text)), key.offset: \(offset), key.compilerargs: \(list(arguments))}"
    }

    /// Every public declaration of `module` with its documentation (`key.entities`), and the module's
    /// generated interface.
    static func docInfo(module: String, arguments: [String]) -> String {
        "{key.request: source.request.docinfo, key.modulename: \(jsonQuoted(module)), key.compilerargs: \(list(arguments))}"
    }

    private static func list(_ strings: [String]) -> String {
        "[" + strings.map(jsonQuoted).joined(separator: ", ") + "]"
    }
}
