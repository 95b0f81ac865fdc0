import Foundation

/// Reads what a dying cell left on stderr (the runtime's message and the backtracer's report) and makes
/// an error a learner can read: the message, and the frames that are in cells, as
/// `Cell In[4], line 2, in f(_:)`.
struct CrashReport {
    /// Phrases that mean the runtime has started reporting a crash on stderr.
    static let crashSignatures = ["Fatal error", "Precondition failed", "Assertion failed", "*** Signal ",
                                  "*** Program crashed", "*** Swift runtime failure"]

    /// The runtime's own message, such as `Fatal error: Index out of range`.
    let message: String
    /// Frames in the learner's cells, innermost first.
    let cellFrames: [String]

    init(stderr: String) {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        let messageKeywords = ["Fatal error", "Precondition failed", "Assertion failed"]
        if let line = lines.first(where: { line in messageKeywords.contains { line.contains($0) } }),
           let keyword = messageKeywords.first(where: { line.contains($0) }),
           let start = line.range(of: keyword) {
            message = String(line[start.lowerBound...])
        } else if let line = lines.first(where: { $0.contains("*** Swift runtime failure") }) {
            message = Self.stripStars(line)
        } else if let line = lines.first(where: { $0.contains("*** Program crashed") }) {
            message = Self.stripStars(line)
        } else {
            message = "The cell stopped the process that runs it."
        }
        cellFrames = lines.compactMap(Self.cellFrame)
    }

    /// A backtracer frame in a cell, `  3 [ra] 0x… explode(_:) + 32 in libCell4.so at /tmp/…/Cell In[3]:1:46`,
    /// as `Cell In[3], line 1, in explode(_:)`.
    static func cellFrame(_ line: String) -> String? {
        // The file is the cell's `#sourceLocation` name, after the compilation folder.
        guard let location = line.range(of: " at "), let cell = line.range(of: "Cell In[", range: location.upperBound..<line.endIndex)
        else { return nil }
        let place = line[cell.lowerBound...]
        let parts = place.split(separator: ":")
        guard parts.count >= 2, let lineNumber = Int(parts[1]) else { return nil }
        var function = ""
        let head = line[..<location.lowerBound]
        if let address = head.range(of: "0x"),
           let offset = head.range(of: #" \+ \d+ in "#, options: .regularExpression) {
            let symbol = head[address.upperBound..<offset.lowerBound].drop { $0.isHexDigit }
                .trimmingCharacters(in: .whitespaces)
            if !symbol.isEmpty && symbol != "main" { function = ", in \(symbol)" }
        }
        return "\(parts[0]), line \(lineNumber)\(function)"
    }

    private static func stripStars(_ line: String) -> String {
        line.replacingOccurrences(of: "***", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// The error for the notebook; `keptCellWork` when the process carries on with what the cell did
    /// before the crash, rather than with the state from before the cell. `note` (what the cell asked to
    /// add, such as the hint of the exercise check that was running) follows the message.
    /// `inCallback`: the crash was in the handler of a comm message (a widget's callback), not a cell.
    func failure(keptCellWork: Bool = false, note: String? = nil, inCallback: Bool = false) -> CellFailure {
        var traceback = [red("RuntimeError") + ": " + message]
        if let note { traceback.append(yellow("hint") + ": " + note) }
        if !cellFrames.isEmpty {
            traceback.append("Backtrace (most recent call first):")
            var seen = Set<String>()
            for frame in cellFrames where seen.insert(frame).inserted { traceback.append("  " + cyan(frame)) }
        }
        traceback.append(inCallback
            ? "The crash was in a callback (a widget's, or a comm handler); variables are as they were before it ran."
            : keptCellWork
            ? "What the cell did before this line is kept: its variables and declarations stay; the rest of the cell did not run."
            : "Variables are as they were before this cell ran.")
        return CellFailure(kind: .crash, message: note.map { message + " (" + $0 + ")" } ?? message, traceback: traceback)
    }
}
