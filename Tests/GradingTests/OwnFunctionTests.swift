import Testing
@testable import Grading
import NeuralNet

extension StubLogUsers {
    /// An exercise earns points only for the learner's own function: not for the library's function of
    /// the same name, not for a stub, not for a function of another type.
    @Suite(.serialized) struct OwnFunctionTests {
        @Test func libraryFunctionOfTheExercisesNameEarnsNothing() {
            checkComputeCostDeep(computeCost)   // the notebook defines none: the name is the library's
            let report = FinishedChecks.shared.latest("computeCost")
            #expect(report?.failures == [])      // right values, and yet:
            #expect(report?.passed == false)
            #expect(report?.isNotOwnFunction == true, "\(String(describing: report))")
            #expect(report?.errorMessage?.contains("computeCost is not defined by this notebook") == true)
            #expect(report?.errorMessage?.contains("func computeCost(_ AL: Tensor, _ Y: Tensor) -> Double") == true)
        }

        @Test func functionThatOnlyCallsTheLibraryEarnsNothing() {
            func learnerLinearForward(_ A: Tensor, _ W: Tensor, _ b: Tensor) -> (Z: Tensor, cache: LinearCache) {
                NeuralNet.linearForward(A, W, b)
            }
            checkLinearForward(learnerLinearForward)
            #expect(FinishedChecks.shared.latest("linearForward")?.isNotOwnFunction == true)
        }

        @Test func ownFunctionThatUsesGivenHelpersPasses() {
            func learnerLModelForward(_ X: Tensor, _ parameters: Parameters) -> (AL: Tensor, caches: [LayerCache]) {
                NeuralNet.LModelForward(X, parameters)
            }
            // Another exercise's library function is a given helper: only the same name counts.
            checkComputeCostDeep { A, Y in -sum(Y * log(A) + (1 - Y) * log(1 - A)) / Double(Y.shape[1]) }
            #expect(FinishedChecks.shared.latest("computeCost")?.passed == true)
            checkLModelForward(learnerLModelForward)
            #expect(FinishedChecks.shared.latest("LModelForward")?.passed == false)
        }

        @Test func functionOfAnotherTypeIsReportedWithTheSignature() {
            func learnerBasicSigmoid(_ x: Double) -> Float { 0 }
            checkBasicSigmoid(learnerBasicSigmoid)
            let report = FinishedChecks.shared.latest("basicSigmoid")
            #expect(report?.passed == false)
            #expect(report?.errorMessage?.contains("its type is `(Double) -> Float`") == true)
            #expect(report?.errorMessage?.contains("func basicSigmoid(_ x: Double) -> Double") == true)
        }

        @Test func functionOfTheExercisesTypeTakesTheExercisesOverload() {
            func learnerSigmoid(_ x: Tensor) -> Tensor { 1 / (1 + exp(-x)) }
            checkSigmoid(learnerSigmoid)
            #expect(FinishedChecks.shared.latest("sigmoid")?.passed == true)
        }

        @Test func stubReturnsTheReferenceResultWithoutNamingIt() {
            func learnerPredict(_ w: Tensor, _ b: Double, _ X: Tensor) -> Tensor { yourCodeHere("predict", w, b, X) }
            func learnerPlanarPredict(_ p: Parameters, _ X: Tensor) -> Tensor { yourCodeHere("predict", p, X) }
            let X: Tensor = [[1, -1], [2, -2]]
            #expect(learnerPredict([[1], [1]], 0, X) == [[1, 0]])
            let p: Parameters = ["W1": [[1, 1]], "b1": [[0]], "W2": [[1]], "b2": [[0]]]
            #expect(learnerPlanarPredict(p, X).shape == [1, 2])
            checkLogisticPredict(learnerPredict)
            #expect(FinishedChecks.shared.latest("predict")?.isNotWritten == true, "\(String(describing: FinishedChecks.shared.latest("predict")))")
        }
    }
}
