import Testing
@testable import Grading
import NeuralNet

extension StubLogUsers {
    /// The checks of notebooks 1 and 2 against the library's reference functions (which must pass), against
    /// typical mistakes (which must fail) and against learner stubs (which must say "not written yet").
    @Suite struct AssignmentChecksTests {
        /// The outcome of the latest check of `exercise`.
        private func outcome(_ exercise: String) throws -> CheckReport {
            try #require(FinishedChecks.shared.latest(exercise))
        }

        @Test func referenceSolutionsOfNotebook1Pass() throws {
            checkBasicSigmoid(CourseReference.basicSigmoid)
            checkSigmoid { 1 / (1 + exp(-$0)) }   // the library's own sigmoid would not count
            checkSigmoidDerivative(CourseReference.sigmoidDerivative)
            checkImageToVector(CourseReference.imageToVector)
            checkNormalizeRows(CourseReference.normalizeRows)
            checkSoftmax(CourseReference.softmax)
            checkL1(CourseReference.L1)
            checkL2(CourseReference.L2)
            for exercise in ["basicSigmoid", "sigmoid", "sigmoidDerivative", "imageToVector", "normalizeRows",
                             "softmax", "L1", "L2"] {
                let report = try outcome(exercise)
                #expect(report.passed, "\(exercise): \(report.failures)")
                #expect(report.caseCount > 0)
            }
        }

        @Test func referenceSolutionsOfNotebook2Pass() throws {
            checkDatasetSizes(CourseReference.datasetSizes)
            checkFlattenImages(CourseReference.flattenImages)
            checkInitializeWithZeros(CourseReference.initializeWithZeros)
            checkPropagate(CourseReference.propagate)
            checkOptimize { CourseReference.optimize($0, $1, $2, $3, numIterations: $4, learningRate: $5, printCost: $6) }
            checkLogisticPredict(CourseReference.predict(_:_:_:))
            checkModel { CourseReference.model($0, $1, $2, $3, numIterations: $4, learningRate: $5, printCost: $6) }
            for exercise in ["datasetSizes", "flattenImages", "initializeWithZeros", "propagate", "optimize", "predict", "model"] {
                let report = try outcome(exercise)
                #expect(report.passed, "\(exercise): \(report.failures)")
            }
        }

        @Test func typicalMistakesFail() throws {
            // softmax over columns instead of rows
            checkSoftmax { x in exp(x) / sum(exp(x), axis: 0, keepdims: true) }
            #expect(try !outcome("softmax").passed)
            // image flattened into a row
            checkImageToVector { image in image.reshape([1, image.shape.reduce(1, *)]) }
            #expect(try outcome("imageToVector").failures.first?.label.hasPrefix("shape of") == true)
            // the L2 loss without squares
            checkL2 { yhat, y in sum(abs(y - yhat)) }
            #expect(try outcome("L2").failures.count == 1)   // the perfect-prediction case still holds
            // predict without the bias
            checkLogisticPredict { w, _, X in sigmoid(dot(w.T, X)) .> 0.5 }
            #expect(try !outcome("predict").passed)
            // propagate with the cost's sign flipped
            checkPropagate { w, b, X, Y in
                let (grads, cost) = CourseReference.propagate(w, b, X, Y)
                return (grads, -cost)
            }
            #expect(try outcome("propagate").failures.map(\.label).allSatisfy { $0.hasPrefix("cost") })
            // pictures reshaped to (h · w, m) directly, without the transpose: the right shape, scrambled pictures
            checkFlattenImages { images in images.reshape(-1, images.shape[0]) }
            #expect(try outcome("flattenImages").failures.map(\.label).allSatisfy { $0.hasPrefix("flattenImages") })
            #expect(try !outcome("flattenImages").passed)
            // numPx read from the flattened length of a 28 × 28 picture, whatever the data
            checkDatasetSizes { trainXOrig, testXOrig in (trainXOrig.shape[0], testXOrig.shape[0], 28) }
            #expect(try outcome("datasetSizes").failures.map(\.label) == ["numPx for trainXOrig of shape (5, 4, 4), testXOrig of shape (2, 4, 4)"])
            // a function of another type
            checkFlattenImages { (images: Tensor) -> [Double] in images.scalars }
            #expect(try outcome("flattenImages").notCheckable != nil)
            // a sigmoid that returns NaN
            checkSigmoid { x in x * Double.nan }
            #expect(try outcome("sigmoid").failures.count == 5)
        }

        @Test func learnerStubsAreNotWritten() throws {
            checkNormalizeRows { x in yourCodeHere("normalizeRows", x) }
            let report = try outcome("normalizeRows")
            #expect(report.isNotWritten)
            #expect(report.failures.isEmpty)
            checkInitializeWithZeros { dim in yourCodeHere("initializeWithZeros", dim) }
            #expect(try outcome("initializeWithZeros").isNotWritten)
            checkDatasetSizes { trainXOrig, testXOrig in yourCodeHere("datasetSizes", trainXOrig, testXOrig) }
            #expect(try outcome("datasetSizes").isNotWritten)
            checkFlattenImages { images in yourCodeHere("flattenImages", images) }
            #expect(try outcome("flattenImages").isNotWritten)
        }
    }
}
