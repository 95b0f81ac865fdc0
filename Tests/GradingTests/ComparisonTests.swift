import Testing
@testable import Grading
import NeuralNet

/// The comparisons behind `ExerciseCheck`: tolerance, shapes, NaN and exact equality.
@Suite struct ComparisonTests {
    @Test func numbersAgreeWithinAnAbsoluteToleranceUpToOne() {
        #expect(agrees(0.73105858, 0.7310585786300049, 1e-7))
        #expect(!agrees(0.7310, 0.7310585786300049, 1e-7))
        #expect(agrees(0.0, 5e-8, 1e-7))
        #expect(!agrees(0.0, 2e-7, 1e-7))
    }

    @Test func largeNumbersAgreeWithinARelativeTolerance() {
        #expect(agrees(1000.00005, 1000, 1e-7))
        #expect(!agrees(1000.001, 1000, 1e-7))
    }

    @Test func nanNeverAgreesAndZeroToleranceAsksForEquality() {
        #expect(!agrees(.nan, .nan, 1))
        #expect(!agrees(1, .nan, 1))
        #expect(agrees(.infinity, .infinity, 0))
        #expect(agrees(0.5, 0.5, 0))
        #expect(!agrees(0.5, 0.5000000001, 0))
    }

    @Test func tensorWithinToleranceHolds() {
        var check = ExerciseCheck("sigmoid")
        check.expectTensor([0.73105858, 0.88079708], [0.7310585786300049, 0.8807970779778823], "s")
        #expect(check.failures.isEmpty)
        #expect(check.caseCount == 1)
    }

    @Test func tensorOutsideToleranceNamesTheFirstDifference() throws {
        var check = ExerciseCheck("sigmoid")
        check.expectTensor([[0.5, 0.7], [0.1, 0.2]], [[0.5, 0.7], [0.1, 0.25]], "A", hint: "use exp")
        let failure = try #require(check.failures.first)
        #expect(failure.label == "A")
        #expect(failure.hint?.contains("first difference at [1, 1]") == true)
        #expect(failure.hint?.contains("use exp") == true)
        #expect(failure.expected.contains("0.25"))
    }

    @Test func shapeMismatchIsReportedBeforeValues() throws {
        var check = ExerciseCheck("imageToVector")
        // Same numbers, wrong shape: a row instead of a column.
        check.expectTensor([[1, 2, 3]], [[1], [2], [3]], "v")
        let failure = try #require(check.failures.first)
        #expect(check.failures.count == 1)
        #expect(failure.label == "shape of v")
        #expect(failure.expected == "(3, 1)")
        #expect(failure.actual == "(1, 3)")
    }

    @Test func shapesPrintLikeNumpy() {
        #expect(shapeText([5]) == "(5,)")
        #expect(shapeText([]) == "()")
        #expect(shapeText([2, 3, 4]) == "(2, 3, 4)")
        #expect(indexText(flat: 5, shape: [2, 3]) == "[1, 2]")
        #expect(indexText(flat: 0, shape: []) == "[]")
    }

    @Test func numberEqualityAndConditionCases() {
        var check = ExerciseCheck("L1")
        check.expectNumber(1.1, 1.1000000000000003, "L1")
        check.expectNumber(1.2, 1.1, "L1 wrong", hint: "sum of |y - yhat|")
        check.expectEqual([5, 4, 2], [5, 4, 2], "sizes")
        check.expectEqual(3, 4, "count")
        check.expect(true, "holds", expected: "x", actual: "x")
        check.expect(false, "fails", expected: "a list", actual: "nothing")
        #expect(check.caseCount == 6)
        #expect(check.failures.map(\.label) == ["L1 wrong", "count", "fails"])
        #expect(check.failures[0].hint == "sum of |y - yhat|")
        #expect(check.failures[1].expected == "4" && check.failures[1].actual == "3")
    }
}
