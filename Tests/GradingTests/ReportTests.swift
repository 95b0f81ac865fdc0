import Testing
@testable import Grading
import NeuralNet

extension StubLogUsers {
    /// What `finish()` reports: passes, failures, and exercises that are still `yourCodeHere` stubs.
    /// (Outside the kernel `reportCellError` sends nothing, so the returned report is what is checked.)
    @Suite struct ReportTests {
        @Test func passingCheckPrintsGreen() {
            var check = ExerciseCheck("L2")
            check.expectNumber(0.43, 0.43, "L2")
            let report = check.finish()
            #expect(report.passed)
            #expect(report.errorMessage == nil)
            #expect(report.printedLines == ["\u{1B}[92mAll tests passed.\u{1B}[0m"])
        }

        @Test func failingCheckListsExpectedActualAndHint() {
            var check = ExerciseCheck("L2")
            check.expectNumber(0.5, 0.43, "L2(yhat, y)", hint: "square the differences")
            let report = check.finish()
            #expect(!report.passed)
            #expect(!report.isNotWritten)
            #expect(report.errorMessage?.hasPrefix("L2: 1 case of 1 failed") == true)
            let text = report.printedLines.joined(separator: "\n")
            #expect(text.contains("\u{1B}[91m"))
            #expect(text.contains("L2(yhat, y)"))
            #expect(text.contains("expected: 0.43"))
            #expect(text.contains("actual:   0.5"))
            #expect(text.contains("hint:     square the differences"))
            #expect(report.tracebackLines.contains { $0.contains("expected 0.43, got 0.5") })
        }

        @Test func stubbedExerciseIsReportedAsNotWritten() {
            // A learner's function that still holds the stub, returning the library's answer.
            func learnerSigmoid(_ z: Tensor) -> Tensor {
                return yourCodeHere("sigmoid", z)
            }
            var check = ExerciseCheck("sigmoid")
            check.expectTensor(learnerSigmoid([0, 2]), [0.5, 0.88079708], "sigmoid([0, 2])")
            let report = check.finish()
            #expect(check.failures.isEmpty)   // the placeholder is right, and yet:
            #expect(!report.passed)
            #expect(report.isNotWritten)
            #expect(report.errorMessage == "sigmoid is not written yet: replace the line `// YOUR CODE HERE` in its "
                    + "cell with your code, run that cell, then this one.")
        }

        @Test func stubBeforeTheCheckStartedDoesNotCount() {
            _ = yourCodeHere("softmax", zeros(1, 2)) as Tensor   // an earlier run of the learner's stub
            var check = ExerciseCheck("softmax")
            check.expectNumber(1, 1, "x")
            #expect(check.finish().passed)
        }

        @Test func stubOfAnotherExerciseIsNamed() {
            func learnerL1() -> Double { yourCodeHere("L1", zeros(1), zeros(1)) }
            func learnerModel() -> Double { learnerL1() }   // written, but calls a stub
            var check = ExerciseCheck("model")
            check.expectNumber(learnerModel(), 0, "cost")
            let report = check.finish()
            #expect(!report.passed)
            #expect(!report.isNotWritten)
            #expect(report.stubbedExercises == ["L1"])
            #expect(report.errorMessage?.contains("model uses L1, which is not written yet") == true)
        }
    }
}
