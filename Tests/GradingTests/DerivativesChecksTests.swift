import Testing
@testable import Grading
import NeuralNet

extension StubLogUsers {
    /// The checks of notebooks 0 and 1b against the reference solutions (which must pass), against typical
    /// mistakes (which must fail), and the three gradient versions of notebook 1b against each other.
    @Suite struct DerivativesChecksTests {
        /// The outcome of the latest check of `exercise`.
        private func outcome(_ exercise: String) throws -> CheckReport {
            try #require(FinishedChecks.shared.latest(exercise))
        }

        @Test func referenceSolutionsPass() throws {
            checkHousePrice(CourseReference.housePrice)
            checkOneExampleGradients(CourseReference.oneExampleGradients)
            checkGradientsWithLoops(CourseReference.gradientsWithLoops)
            checkVectorizedGradients(CourseReference.vectorizedGradients)
            for exercise in ["housePrice", "oneExampleGradients", "gradientsWithLoops", "vectorizedGradients"] {
                let report = try outcome(exercise)
                #expect(report.passed, "\(exercise): \(report.failures)")
                #expect(report.caseCount >= 5)
            }
        }

        @Test func typicalMistakesFail() throws {
            // no cut at zero: negative prices for small houses
            checkHousePrice { 3 * $0 - 60 }
            #expect(try outcome("housePrice").failures.map(\.label) == ["housePrice(10.0)", "housePrice(0.0)"])
            // the bias forgotten in z
            checkOneExampleGradients { x, y, w, _ in CourseReference.oneExampleGradients(x, y, w, 0) }
            #expect(try !outcome("oneExampleGradients").passed)
            // dz = y - a, the sign flipped
            checkOneExampleGradients { x, y, w, b in
                let (dw, db) = CourseReference.oneExampleGradients(x, y, w, b)
                return (-dw, -db)
            }
            #expect(try outcome("oneExampleGradients").failures.count == 6)
            // sums not divided by m
            checkGradientsWithLoops { w, b, X, Y in
                let (grads, cost) = CourseReference.gradientsWithLoops(w, b, X, Y)
                let m = Double(X.shape[1])
                return (LogisticGradients(dw: grads.dw * m, db: grads.db * m), cost)
            }
            let unscaled = try outcome("gradientsWithLoops").failures.map(\.label)
            #expect(unscaled.count == 4 && unscaled.allSatisfy { $0.hasPrefix("grads.") }, "\(unscaled)")
            // dw as a row (dot(dZ, X.T)) instead of a column
            checkVectorizedGradients { w, b, X, Y in
                let (grads, cost) = CourseReference.vectorizedGradients(w, b, X, Y)
                return (LogisticGradients(dw: grads.dw.T, db: grads.db), cost)
            }
            #expect(try outcome("vectorizedGradients").failures.first?.label.hasPrefix("shape of grads.dw") == true)
        }

        @Test func theThreeGradientVersionsAgree() {
            seed(2)
            let X = randn(50, 30), Y = rand(1, 30) .> 0.5, w = randn(50, 1) * 0.1, b = -0.2
            let loops = CourseReference.gradientsWithLoops(w, b, X, Y)
            let vectorized = CourseReference.vectorizedGradients(w, b, X, Y)
            var averagedDw = zeros(50, 1), averagedDb = 0.0
            for i in 0..<30 {
                let (dw, db) = CourseReference.oneExampleGradients(X[..., i].reshape(50, 1), Y[0, i], w, b)
                averagedDw += dw / 30
                averagedDb += db / 30
            }
            #expect(allClose(loops.grads.dw, vectorized.grads.dw) && allClose(averagedDw, vectorized.grads.dw))
            #expect(abs(loops.grads.db - vectorized.grads.db) < 1e-12 && abs(averagedDb - vectorized.grads.db) < 1e-12)
            #expect(abs(loops.cost - vectorized.cost) < 1e-12)
            #expect(max(abs(vectorized.grads.dw)) > 1e-3)   // a real gradient, not zeros
        }
    }
}
