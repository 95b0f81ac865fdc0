// The course's reference solutions of its graded exercises, and the log that lets a check tell the
// library's own version of an exercise from the learner's.

import Synchronization

/// The reference solutions of the course's graded exercises (`CourseReference.softmax(_:)`, …).
///
/// They are `package`: the graders, the package's tests and its benchmarks call them, a notebook cell
/// cannot (cells are compiled outside the package), so an exercise cannot be answered by handing the
/// work to the library. The functions the original course gives learners ready-made (the activations
/// with caches, the helpers of the deep-network application) stay public, and say so when they run:
/// see `LibraryCallLog`.
package enum CourseReference {}

/// Counts the calls of the public library functions that share their name with a graded exercise
/// (`sigmoid`, `computeCost`, `LModelForward`, …): given helpers in one notebook, exercises in another.
///
/// A check notes the counts when it starts and compares them when it finishes: if the library's function
/// of the exercise's own name ran in between, the learner's function was not checked (it is not defined,
/// or it only hands the work to the library), and the exercise earns nothing.
package final class LibraryCallLog: Sendable {
    /// The log of this process.
    package static let shared = LibraryCallLog()

    private let counts = Mutex<[String: Int]>([:])

    /// Notes one call of the library's `function`.
    package func record(_ function: String) {
        counts.withLock { $0[function, default: 0] += 1 }
    }

    /// The number of calls so far, per function.
    package func snapshot() -> [String: Int] {
        counts.withLock { $0 }
    }

    /// Whether the library's `function` ran since `earlier` was taken.
    package func ran(_ function: String, since earlier: [String: Int]) -> Bool {
        counts.withLock { $0[function, default: 0] > earlier[function, default: 0] }
    }
}
