import Testing
@testable import Grading
import NeuralNet

extension StubLogUsers {
    /// Notebook 1's `centerRows` exercise (the rank-1 trap): the check passes the solution, fails the
    /// mean taken without `keepdims`, and says "not written yet" for the learner's stub.
    @Suite struct CenterRowsCheckTests {
        private func outcome() throws -> CheckReport { try #require(FinishedChecks.shared.latest("centerRows")) }

        @Test func theSolutionPasses() throws {
            checkCenterRows { x in x - mean(x, axis: 1, keepdims: true) }
            let report = try outcome()
            #expect(report.passed, "\(report.failures)")
            #expect(report.caseCount == 2)
        }

        @Test func aMeanOfRankOneFailsOnTheSquareMatrix() throws {
            // Only the square case can be run: on the 2×4 case the (2,) means do not broadcast and the run stops.
            var seen: [[Int]] = []
            checkCenterRows { x in
                seen.append(x.shape)
                return x.shape[0] == x.shape[1] ? x - mean(x, axis: 1) : x - mean(x, axis: 1, keepdims: true)
            }
            let report = try outcome()
            #expect(seen == [[3, 3], [2, 4]])
            #expect(report.failures.count == 1)
            #expect(report.failures.first?.hint?.contains("keepdims") == true)
        }

        @Test func subtractingTheColumnMeansFails() throws {
            checkCenterRows { x in x - mean(x, axis: 0, keepdims: true) }
            #expect(try outcome().failures.count == 2)
        }

        @Test func theLearnerStubIsNotWritten() throws {
            checkCenterRows { x in yourCodeHere("centerRows", x) }
            #expect(try outcome().isNotWritten)
        }
    }
}
