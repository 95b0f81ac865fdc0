/// A cell's text as SourceKit sees it: after a prologue of imports, with Jupyter's cursor (counted in
/// Unicode code points within the cell) turned into SourceKit offsets (UTF-8 bytes in the whole file).
struct CellText {
    /// The cell's code points; `%magic` lines are turned into comments of the same length.
    let scalars: [Unicode.Scalar]
    /// The imports in front of the cell.
    let prologue: String

    init(cell: String, prologue: String) {
        self.scalars = Array(cell.unicodeScalars)
        self.prologue = prologue
    }

    /// The whole file: prologue then cell.
    var source: String {
        var text = prologue
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// The UTF-8 offset in `source` of the cell's code point `index` (clamped to the cell).
    func offset(ofScalar index: Int) -> Int {
        let end = max(0, min(index, scalars.count))
        return prologue.utf8.count + scalars[..<end].reduce(0) { $0 + UTF8.width($1) }
    }

    /// The identifier that ends at `cursor` (possibly empty), as a range of code points.
    func wordBefore(_ cursor: Int) -> Range<Int> {
        let end = max(0, min(cursor, scalars.count))
        var start = end
        while start > 0 && Self.isIdentifierPart(scalars[start - 1]) { start -= 1 }
        return start..<end
    }

    /// The text of a range of code points.
    func text(_ range: Range<Int>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[range])
        return text
    }

    /// The name the learner means when asking for help at `cursor`: the identifier under or just
    /// before the cursor, else the function whose call's parentheses hold the cursor (`relu(x|`).
    func nameForHelp(at cursor: Int) -> Range<Int>? {
        let position = max(0, min(cursor, scalars.count))
        var start = position
        while start > 0 && Self.isIdentifierPart(scalars[start - 1]) { start -= 1 }
        var end = position
        while end < scalars.count && Self.isIdentifierPart(scalars[end]) { end += 1 }
        // A number literal has no help; the call around it may.
        if start < end && !("0"..."9").contains(scalars[start]) { return start..<end }
        // Inside a call: find the innermost `(` not closed before the cursor.
        var depth = 0
        var index = position - 1
        // Calls longer than this are rare; the limit keeps a huge cell from a long scan.
        while index >= max(0, position - 4000) {
            switch scalars[index] {
            case ")", "]": depth += 1
            case "[": depth -= 1
            case "(":
                if depth == 0 {
                    let callee = wordBefore(index)
                    return callee.isEmpty ? nil : callee
                }
                depth -= 1
            default: break
            }
            index -= 1
        }
        return nil
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            || (scalar.value > 0x7f && scalar.properties.isXIDContinue)
    }
}
