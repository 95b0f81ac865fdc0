// Elementwise loops on several threads give the very bits of one thread.

import XCTest
@testable import NeuralNet

final class ParallelLoopsTests: XCTestCase {
    /// `body` run with one thread and with `threads` threads, splitting loops from 64 elements
    /// (the settings are restored afterwards).
    private func onOneAndMany<R>(_ threads: Int, _ body: () -> R) -> (one: R, many: R) {
        let saved = (ElementwiseThreads.count, ElementwiseThreads.minimumElements)
        defer { (ElementwiseThreads.count, ElementwiseThreads.minimumElements) = saved }
        ElementwiseThreads.minimumElements = 64
        ElementwiseThreads.count = 1
        let one = body()
        ElementwiseThreads.count = threads
        return (one, body())
    }

    func testForEachPartCoversEveryIndexOnce() {
        let saved = ElementwiseThreads.count
        defer { ElementwiseThreads.count = saved }
        ElementwiseThreads.count = 3
        let n = ElementwiseThreads.minimumElements * 2 + 7
        var hits = [Int](repeating: 0, count: n)
        hits.withUnsafeMutableBufferPointer { h in
            forEachPart(n) { part in for i in part { h[i] += 1 } }
        }
        XCTAssertEqual(hits, [Int](repeating: 1, count: n))
    }

    func testElementwiseResultsDoNotDependOnTheThreadCount() {
        seed(4)
        let rows = 300, cols = 700   // 210 000 elements: above the threshold
        let A = randn(rows, cols), B = randn(rows, cols), column = randn(rows, 1), row = randn(1, cols)
        for threads in [2, 3] {
            let (one, many) = onOneAndMany(threads) {
                [A + B, A * B - 0.5, 1 / (1 + exp(-A)), sigmoid(A), tanh(B), log(abs(A) + 1e-3),
                 A + column, row / (abs(A) + 1), maximum(A, 0), A .> B]
            }
            for (i, (x, y)) in zip(one, many).enumerated() {
                XCTAssertEqual(x.scalars, y.scalars, "expression \(i) with \(threads) threads")
            }
        }
    }

    func testTrainingStepDoesNotDependOnTheThreadCount() {
        seed(5)
        let m = 600
        let X = rand(100, m)
        let labels = rand(m).scalars.map { Int(($0 * 10).rounded(.down)) }
        var oneHot = [Double](repeating: 0, count: 10 * m)
        for (i, c) in labels.enumerated() { oneHot[c * m + i] = 1 }
        let Y = Tensor(shape: [10, m], scalars: oneHot)
        let initial = initializeParametersDeep([100, 64, 10], initialization: .he, seed: 1)
        let (one, many) = onOneAndMany(2) { () -> (costs: [Double], parameters: Parameters) in
            var trainer = DenseNetworkTrainer(initial, layers: 2, output: .softmax)
            let costs = (0..<3).map { _ in trainer.step(X, Y, learningRate: 0.1) }
            return (costs, trainer.parameters)
        }
        XCTAssertEqual(one.costs, many.costs)
        XCTAssertEqual(one.parameters, many.parameters)
    }
}
