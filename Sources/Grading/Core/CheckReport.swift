// What a finished check found, and how it is shown to the learner.

import Foundation
import NotebookRuntime

/// One case of a check that did not hold.
public struct CheckFailure: Equatable, Sendable {
    /// What was checked, such as `"sigmoid([1, 2, 3])"` or `"shape of dw"`.
    public var label: String
    /// What the course expects, as text.
    public var expected: String
    /// What the learner's code gave, as text.
    public var actual: String
    /// A tip on the usual cause, if there is one.
    public var hint: String?

    /// Makes a failure from its parts.
    public init(label: String, expected: String, actual: String, hint: String? = nil) {
        self.label = label
        self.expected = expected
        self.actual = actual
        self.hint = hint
    }
}

/// The outcome of one exercise's check, returned by `ExerciseCheck.finish()`.
public struct CheckReport: Equatable, Sendable {
    /// The exercise's name (its `grade_id`).
    public var exercise: String
    /// How many cases were checked.
    public var caseCount: Int
    /// The cases that did not hold, in the order they were checked.
    public var failures: [CheckFailure]
    /// Exercises whose `yourCodeHere` stub ran during the check (the exercise itself, or one it calls).
    public var stubbedExercises: [String]
    /// Whether the library's own function of the exercise's name ran during the check: then the function
    /// checked was not the learner's (not defined by the notebook, or only calling the library's).
    public var ranLibraryVersion: Bool
    /// Why the learner's function could not be checked at all (a wrong signature), if it could not.
    public var notCheckable: String?
    /// The number `n` of the cell (`In [n]`) declaring the exercise's function that did not compile, when
    /// no cell declaring it has run since: the function checked is then an earlier version (or the library's).
    public var uncompiledCell: Int?

    /// Makes a report from its parts.
    public init(exercise: String, caseCount: Int, failures: [CheckFailure], stubbedExercises: [String] = [],
                ranLibraryVersion: Bool = false, notCheckable: String? = nil, uncompiledCell: Int? = nil) {
        self.exercise = exercise
        self.caseCount = caseCount
        self.failures = failures
        self.stubbedExercises = stubbedExercises
        self.ranLibraryVersion = ranLibraryVersion
        self.notCheckable = notCheckable
        self.uncompiledCell = uncompiledCell
    }

    /// Whether every case held with the learner's own function, and no stub ran.
    public var passed: Bool {
        failures.isEmpty && stubbedExercises.isEmpty && !ranLibraryVersion && notCheckable == nil && uncompiledCell == nil
    }

    /// Whether the report is one sentence about the function as a whole (not written, not the learner's,
    /// not compiled, wrong signature) rather than a list of failed cases.
    var isAboutTheWholeFunction: Bool { isNotWritten || isNotOwnFunction || notCheckable != nil || uncompiledCell != nil }

    /// Whether the function checked is not the learner's own (the library's, or one that only calls it).
    public var isNotOwnFunction: Bool { ranLibraryVersion && !isNotWritten }

    /// Whether the exercise itself is still the learner stub.
    public var isNotWritten: Bool { stubbedExercises.contains(exercise) }

    /// The one-line message of the cell's error (Jupyter's `evalue`); `nil` when the check passed.
    public var errorMessage: String? {
        if let uncompiledCell {
            return "\(exercise)'s cell did not compile (In[\(uncompiledCell)]): fix the errors shown under that cell and "
                + "run it again, then this one. (This check ran an earlier \(exercise), which earns no points.)"
        }
        if let notCheckable { return notCheckable }
        if isNotOwnFunction {
            let declaration = ExerciseDeclarations.text(of: exercise)
            return "\(exercise) is not defined by this notebook, or it only hands the work to the library's "
                + "\(exercise): the check ran the library's own function, which earns no points. Write "
                + "`\(declaration)` in its cell (this signature), run that cell (did it compile?), then this one."
        }
        if isNotWritten {
            return "\(exercise) is not written yet: replace the line `// YOUR CODE HERE` in its cell "
                + "with your code, run that cell, then this one."
        }
        var parts: [String] = []
        if !failures.isEmpty {
            let count = failures.count == 1 ? "1 case" : "\(failures.count) cases"
            parts.append("\(exercise): \(count) of \(caseCount) failed (see above), first: \(failures[0].label)")
        }
        if let other = stubbedExercises.first {
            parts.append("\(exercise) uses \(other), which is not written yet: write \(other) first "
                + "(replace `// YOUR CODE HERE` in its cell), run its cell, then rerun \(exercise)'s cell and this one.")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

/// ANSI colours of the report (the course prints in the same green and red).
enum ReportStyle {
    static let green = "\u{1B}[92m"
    static let red = "\u{1B}[91m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"
}

extension CheckReport {
    /// The lines printed under the test cell: green "All tests passed." or each failure in red.
    var printedLines: [String] {
        if passed { return [ReportStyle.green + "All tests passed." + ReportStyle.reset] }
        if isAboutTheWholeFunction, let message = errorMessage { return [ReportStyle.red + message + ReportStyle.reset] }
        var lines: [String] = []
        if !failures.isEmpty {
            lines.append(ReportStyle.red + ReportStyle.bold + "\(exercise): \(failures.count) of \(caseCount) cases failed."
                         + ReportStyle.reset)
        }
        for failure in failures {
            lines.append(ReportStyle.red + "✗ " + failure.label + ReportStyle.reset)
            lines.append(indented("expected: ", failure.expected))
            lines.append(indented("actual:   ", failure.actual))
            if let hint = failure.hint { lines.append("    hint:     " + hint) }
        }
        for other in stubbedExercises {
            lines.append(ReportStyle.red + "\(exercise) uses \(other), which is not written yet: write \(other) first, "
                         + "run its cell, then rerun \(exercise)'s cell and this one." + ReportStyle.reset)
        }
        return lines
    }

    /// The traceback lines of the cell's error: the failed cases in short, for nbgrader's feedback.
    var tracebackLines: [String] {
        guard let message = errorMessage else { return [] }
        var lines = [ReportStyle.red + "ExerciseFailed: " + ReportStyle.reset + message]
        if isAboutTheWholeFunction { return lines }
        for failure in failures.prefix(5) {
            lines.append("  ✗ \(failure.label): expected \(oneLine(failure.expected)), got \(oneLine(failure.actual))")
        }
        if failures.count > 5 { lines.append("  … and \(failures.count - 5) more") }
        return lines
    }

    /// Prints the report and, if the check failed, marks the running cell as failed.
    func publish() {
        FinishedChecks.shared.record(self)
        print(printedLines.joined(separator: "\n"))
        if let message = errorMessage {
            reportCellError(name: "ExerciseFailed", message: message, traceback: tracebackLines)
        }
    }

    /// `title` then `text`, with the continuation lines of a multi-line `text` lined up under the first.
    private func indented(_ title: String, _ text: String) -> String {
        let pad = String(repeating: " ", count: 4 + title.count)
        return "    " + title + text.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + pad)
    }

    /// `text` on one line, shortened to 120 characters.
    private func oneLine(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        return flat.count > 120 ? String(flat.prefix(117)) + "…" : flat
    }
}
