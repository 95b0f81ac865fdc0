/// Splits a magic's arguments into words as a shell does: `'…'` keeps everything literally, `"…"` keeps
/// spaces and takes `\"` and `\\`, and a backslash outside quotes escapes the next character.
enum ShellWords {
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                current.append(character); escaped = false; inWord = true
                continue
            }
            switch (quote, character) {
            case ("'", "'"), ("\"", "\""): quote = nil
            case ("'", _): current.append(character)
            case ("\"", "\\"), (nil, "\\"): escaped = true
            case ("\"", _): current.append(character)
            case (nil, "'"), (nil, "\""): quote = character; inWord = true
            case (nil, " "), (nil, "\t"):
                if inWord { words.append(current); current = ""; inWord = false }
            default: current.append(character); inWord = true
            }
        }
        if let quote { throw MagicError("the quote \(quote) opened in `\(text)` is not closed") }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
