// The learner's side of an exercise that is not written yet: a stub that still returns a usable value,
// and logs of which stubs ran (so that a check can tell "not written" from "wrong") and of what checks found.

import Synchronization

/// Marks `exercise` as not written yet and returns what the course's reference solution returns for
/// `arguments`, so that the cells after the exercise still run while its check fails with a clear message.
///
/// A learner notebook has this line where the solution goes:
///
///     // YOUR CODE HERE
///     return yourCodeHere("sigmoid", x)
///
/// The reference solution itself is not reachable from a cell, and any check during which a stub ran
/// fails ("not written yet"), so a function that returns `yourCodeHere(…)` earns no points.
///
/// - Parameters:
///   - exercise: the exercise's name, as its `// GRADED FUNCTION:` line and its check spell it.
///   - arguments: the function's arguments, in the order of its declaration (defaults included).
public func yourCodeHere<each Argument, Result>(_ exercise: String, _ arguments: repeat each Argument) -> Result {
    StubLog.shared.record(exercise)
    let packed: Any = (repeat each arguments)
    for reference in ReferenceSolutions.byExercise[exercise] ?? [] {
        if let result = reference(packed) as? Result { return result }
    }
    var names: [String] = []
    for type in repeat (each Argument).self { names.append(String(describing: type)) }
    let types = "(" + names.joined(separator: ", ") + ")"
    fatalError("yourCodeHere(\"\(exercise)\", …): this stub does not match the exercise (arguments \(types), "
               + "result \(Result.self)); write the exercise's code instead of the stub, or restore the stub's "
               + "signature: \(ExerciseDeclarations.text(of: exercise))")
}

/// Counts the calls of `yourCodeHere` per exercise over the life of the process.
///
/// A check notes the counts when it starts and compares them when it finishes: a stub that ran in
/// between means the learner's function (or one it calls) is not written yet. Counting, rather than
/// remembering "ever stubbed", lets a learner replace the stub, rerun the cell and pass.
final class StubLog: Sendable {
    /// The log of this process (cells and checks share it).
    static let shared = StubLog()

    private let counts = Mutex<[String: Int]>([:])

    /// Notes one call of the stub of `exercise`.
    func record(_ exercise: String) {
        counts.withLock { $0[exercise, default: 0] += 1 }
    }

    /// The number of stub calls so far, per exercise.
    func snapshot() -> [String: Int] {
        counts.withLock { $0 }
    }

    /// The exercises whose stubs ran since `earlier` was taken, sorted by name.
    func exercisesStubbed(since earlier: [String: Int]) -> [String] {
        snapshot().filter { $0.value > earlier[$0.key, default: 0] }.map(\.key).sorted()
    }
}

/// The latest report of each exercise's check in this process, for code that runs a check function
/// (which returns nothing, so that a test cell shows no `Out[…]`) and then wants its outcome.
final class FinishedChecks: Sendable {
    /// The reports of this process.
    static let shared = FinishedChecks()

    private let reports = Mutex<[String: CheckReport]>([:])

    /// Keeps `report` as the latest of its exercise.
    func record(_ report: CheckReport) {
        reports.withLock { $0[report.exercise] = report }
    }

    /// The latest report of `exercise`, if its check has run.
    func latest(_ exercise: String) -> CheckReport? {
        reports.withLock { $0[exercise] }
    }
}
