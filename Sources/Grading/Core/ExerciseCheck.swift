// The cases of one exercise's check: each `expect…` compares one result with the course's value,
// `finish()` reports them all at once.

import NeuralNet
import NotebookRuntime

/// The cases of one exercise's check, reported the course's way.
///
/// A check function makes one, runs the learner's function on fixed inputs, compares each result
/// with an `expect…` call and ends with `finish()`:
///
///     var check = ExerciseCheck("sigmoid")
///     check.expectTensor(sigmoid([1, 2, 3]), [0.73105858, 0.88079708, 0.95257413], "sigmoid([1, 2, 3])")
///     check.finish()
///
/// Numbers agree when `|actual − expected| ≤ tolerance · max(1, |expected|)`: an absolute tolerance for
/// numbers up to 1 and a relative one above. NaN never agrees with anything.
public struct ExerciseCheck {
    /// The exercise's name, as in its `// GRADED FUNCTION:` line.
    public let exercise: String
    /// The cases that did not hold so far.
    public private(set) var failures: [CheckFailure] = []
    /// How many cases were checked so far.
    public private(set) var caseCount = 0
    /// The stub counts when the check started (see `StubLog`).
    private let stubsAtStart: [String: Int]
    /// The library's call counts when the check started (see `LibraryCallLog`).
    private let libraryCallsAtStart: [String: Int]

    /// Starts the check of `exercise`.
    ///
    /// Until ``finish()``, a crash of the cell (a shape error in the learner's function, say) shows, with the
    /// crash's own message, that the check was running the learner's function, and `hint` (by default
    /// the exercise's hint from ``CrashHints``).
    public init(_ exercise: String, hint: String? = nil) {
        self.exercise = exercise
        stubsAtStart = StubLog.shared.snapshot()
        libraryCallsAtStart = LibraryCallLog.shared.snapshot()
        _setCrashNote(CrashHints.note(for: exercise, hint: hint))
    }

    /// Expects a tensor: first its shape, then (if the shape is right) every value within `tolerance`.
    ///
    /// - Parameters:
    ///   - actual: what the learner's code returned.
    ///   - expected: the course's value.
    ///   - label: what is compared, as the learner should read it (`"dw"`, `"sigmoid([1, 2, 3])"`).
    ///   - tolerance: see the type's description; 0 asks for exact equality.
    ///   - hint: a tip shown when the values (not the shape) are wrong.
    public mutating func expectTensor(_ actual: Tensor, _ expected: Tensor, _ label: String,
                                      tolerance: Double = 1e-7, hint: String? = nil) {
        caseCount += 1
        guard actual.shape == expected.shape else {
            failures.append(CheckFailure(
                label: "shape of \(label)", expected: shapeText(expected.shape), actual: shapeText(actual.shape),
                hint: "look at the axes you sum over (keepdims), transposes (.T) and reshapes"
                    + (hint.map { "; " + $0 } ?? "")))
            return
        }
        let pairs = zip(actual.scalars, expected.scalars)
        guard let worst = pairs.enumerated().first(where: { !agrees($0.element.0, $0.element.1, tolerance) }) else {
            return
        }
        let position = indexText(flat: worst.offset, shape: expected.shape)
        var note = "first difference at \(position): expected \(worst.element.1), got \(worst.element.0)"
        if let hint { note += "; " + hint }
        failures.append(CheckFailure(label: label, expected: expected.description, actual: actual.description,
                                     hint: note))
    }

    /// Expects a number within `tolerance` of the course's value.
    public mutating func expectNumber(_ actual: Double, _ expected: Double, _ label: String,
                                      tolerance: Double = 1e-7, hint: String? = nil) {
        caseCount += 1
        if !agrees(actual, expected, tolerance) {
            failures.append(CheckFailure(label: label, expected: "\(expected)", actual: "\(actual)", hint: hint))
        }
    }

    /// Expects exactly equal values (sizes, counts, labels, shapes).
    public mutating func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ label: String, hint: String? = nil) {
        caseCount += 1
        if actual != expected {
            failures.append(CheckFailure(label: label, expected: "\(expected)", actual: "\(actual)", hint: hint))
        }
    }

    /// Expects `condition` to hold; `expected` and `actual` describe it for the report when it does not.
    public mutating func expect(_ condition: Bool, _ label: String, expected: String, actual: String,
                                hint: String? = nil) {
        caseCount += 1
        if !condition {
            failures.append(CheckFailure(label: label, expected: expected, actual: actual, hint: hint))
        }
    }

    /// Prints "All tests passed." in green, or each failing case in red (label, expected, actual,
    /// hint) and then calls `reportCellError(name: "ExerciseFailed", …)`. If the latest cell declaring the
    /// exercise's function did not compile, fails saying so (whatever an earlier version gives). If the
    /// exercise is still a `yourCodeHere` stub, fails with "<exercise> is not written yet: replace the line
    /// `// YOUR CODE HERE` in its cell with your code, run that cell, then this one." If the library's
    /// own function of the exercise's name ran (the notebook does not define the exercise, or its
    /// function only calls the library's), fails with a message that says so, whatever the values.
    ///
    /// - Returns: the report, for code that wants the outcome (unit tests, a grader).
    @discardableResult
    public func finish() -> CheckReport {
        _setCrashNote(nil)
        let report = CheckReport(exercise: exercise, caseCount: caseCount, failures: failures,
                                 stubbedExercises: StubLog.shared.exercisesStubbed(since: stubsAtStart),
                                 ranLibraryVersion: LibraryCallLog.shared.ran(exercise, since: libraryCallsAtStart),
                                 uncompiledCell: _cellThatDidNotCompile(declaring: exercise))
        report.publish()
        return report
    }
}

/// Whether `actual` is within `tolerance · max(1, |expected|)` of `expected` (never for NaN).
func agrees(_ actual: Double, _ expected: Double, _ tolerance: Double) -> Bool {
    if actual.isNaN || expected.isNaN { return false }
    if actual == expected { return true }   // also equal infinities
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

/// A shape the way numpy prints it: `(3, 1)`, `(5,)`, `()`.
func shapeText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

/// The numpy index of the `flat`-th element of an array of `shape`, in row-major order: `[1, 0]`.
func indexText(flat: Int, shape: [Int]) -> String {
    var rest = flat
    var index = [Int](repeating: 0, count: shape.count)
    for axis in shape.indices.reversed() where shape[axis] > 0 {
        index[axis] = rest % shape[axis]
        rest /= shape[axis]
    }
    return "[" + index.map(String.init).joined(separator: ", ") + "]"
}
