// The learner's side of an exercise that is not written yet: a stub that still returns a usable value,
// and logs of which stubs ran (so that a check can tell "not written" from "wrong") and of what checks found.

import Synchronization

/// Marks `exercise` as not written yet and returns `placeholder` (usually the library's reference
/// result), so cells after the exercise still run while its check fails with a clear message.
///
/// A learner notebook has this line where the solution goes:
///
///     // YOUR CODE HERE
///     return yourCodeHere("sigmoid", placeholder: NeuralNet.sigmoid(z))
///
/// - Parameters:
///   - exercise: the exercise's name, as its `// GRADED FUNCTION:` line and its check spell it.
///   - placeholder: the value to return meanwhile; evaluated only here, once per call.
public func yourCodeHere<T>(_ exercise: String, placeholder: @autoclosure () -> T) -> T {
    StubLog.shared.record(exercise)
    return placeholder()
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
