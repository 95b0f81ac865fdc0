import Foundation
import XCTest
import NeuralNet

/// Keeps docs/numpy-to-swift.md honest: every Swift spelling in its table is written out here (so it
/// compiles) and checked against numpy's result, and `testEveryDocumentedSpellingIsHere` fails if the
/// page shows Swift code that this file does not contain.
final class NumpyToSwiftTests: XCTestCase {
    func testMakingArrays() {
        let A: Tensor = [[1, 2], [3, 4]]
        XCTAssertEqual(A.shape, [2, 2])
        XCTAssertEqual(Tensor([1, 2, 3]).shape, [3])
        XCTAssertEqual(zeros(3, 1), Tensor(shape: [3, 1], scalars: [0, 0, 0]))
        XCTAssertEqual(ones(2, 3).sum(), 6)
        XCTAssertEqual(full([2, 2], 7), [[7, 7], [7, 7]])
        XCTAssertEqual(eye(3)[1, 1], 1)
        XCTAssertEqual(arange(5), Tensor([0, 1, 2, 3, 4]))
        XCTAssertEqual(linspace(0, 1, num: 5), Tensor([0, 0.25, 0.5, 0.75, 1]))
        XCTAssertEqual(zerosLike(A), [[0, 0], [0, 0]])
        seed(1)
        let r = randn(3, 2)
        XCTAssertEqual(r[0, 0], 1.6243453636632417)   // np.random.seed(1); np.random.randn(3, 2)[0, 0]
        XCTAssertEqual(rand(2, 2).shape, [2, 2])
        XCTAssertEqual(permutation(5).sorted(), [0, 1, 2, 3, 4])
        let B: Tensor = [[5], [6]]
        XCTAssertEqual(concatenate([A, B], axis: 1), [[1, 2, 5], [3, 4, 6]])
    }

    func testCopiesAreValues() {
        let A: Tensor = [[1, 2], [3, 4]]
        var B = A
        B[0, 0] = 9
        XCTAssertEqual(A[0, 0], 1)
    }

    func testShape() {
        let A: Tensor = [[1, 2], [3, 4]]
        let X = zeros(4, 2, 3)
        let x = Tensor([1, 2, 3])
        XCTAssertEqual(A.shape, [2, 2])
        XCTAssertEqual([A.ndim, A.size], [2, 4])
        XCTAssertEqual(A.reshape(-1), Tensor([1, 2, 3, 4]))
        XCTAssertEqual(X.reshape(X.shape[0], -1).shape, [4, 6])
        XCTAssertEqual(A.reshape(-1, 1).shape, [4, 1])
        XCTAssertEqual(A.flatten().shape, [4])
        XCTAssertEqual(A.T, [[1, 3], [2, 4]])
        XCTAssertEqual(zeros(1, 3, 1).squeeze().shape, [3])
        XCTAssertEqual(A.reshape(1, 4).squeeze().shape, [4])
        XCTAssertEqual(A.squeeze().shape, [2, 2])
        XCTAssertEqual(squeeze(zeros(2, 1)).shape, [2])
        XCTAssertEqual(x.expandDims(axis: 0).shape, [1, 3])
    }

    func testArithmeticAndBroadcasting() {
        var A: Tensor = [[1, 2], [3, 4]]
        let B: Tensor = [[1, 0], [0, 1]]
        let W: Tensor = [[1, 1]], X: Tensor = [[1, 2, 3], [4, 5, 6]], b: Tensor = [[10]]
        let Z: Tensor = [[-1, 2]]
        XCTAssertEqual(dot(W, X), [[5, 7, 9]])
        XCTAssertEqual(matmul(A, B), A)
        XCTAssertEqual(dot(W, X) + b, [[15, 17, 19]])
        XCTAssertEqual(A * B, [[1, 0], [0, 4]])
        XCTAssertEqual(A / 2, [[0.5, 1], [1.5, 2]])
        XCTAssertEqual(1 - A, [[0, -1], [-2, -3]])
        XCTAssertEqual(square(A), [[1, 4], [9, 16]])
        XCTAssertEqual(power(A, 3)[1, 1], 64)
        XCTAssertEqual(exp(Z)[0, 1], Foundation.exp(2.0), accuracy: 1e-15)
        XCTAssertEqual(log(A)[0, 0], 0)
        XCTAssertEqual(tanh(Z)[0, 0], Foundation.tanh(-1.0), accuracy: 1e-15)
        XCTAssertEqual(sqrt(A)[1, 1], 2)
        XCTAssertEqual(abs(Z), [[1, 2]])
        XCTAssertEqual(maximum(0, Z), [[0, 2]])
        XCTAssertEqual(clip(A, min: 0, max: 1), [[1, 1], [1, 1]])
        XCTAssertEqual(select(Z .> 0, Z, 0.01 * Z), [[-0.01, 2]])
        A += 1
        XCTAssertEqual(A, [[2, 3], [4, 5]])
    }

    func testReductions() {
        let A: Tensor = [[1, 2], [3, 4]]
        let dZ: Tensor = [[1, 2, 3], [4, 5, 6]]
        let Y: Tensor = [[1, 0, 1, 1]]
        let m = 4
        let x = Tensor([3, 4])
        XCTAssertEqual(sum(A), 10)
        XCTAssertEqual(sum(dZ, axis: 1, keepdims: true), [[6], [15]])
        XCTAssertEqual(sum(Y) / Double(m), 0.75)
        XCTAssertEqual(mean(A, axis: 0), Tensor([2, 3]))
        XCTAssertEqual(max(A), 4)
        XCTAssertEqual(argmax(A, axis: 0), Tensor([1, 1]))
        XCTAssertEqual(norm(x), 5)
        XCTAssertEqual(norm(A, axis: 1, keepdims: true).shape, [2, 1])
        let cost = Tensor(shape: [1, 1], scalars: [0.25])
        XCTAssertEqual(Double(cost), 0.25)
        XCTAssertEqual(cost.item, 0.25)
    }

    func testMasksAndIndexing() {
        let A: Tensor = [[1, -2], [3, 4]]
        let B: Tensor = [[1, 0], [3, 0]]
        let Z: Tensor = [[-1, 2], [0, 5]]
        var dZ: Tensor = [[7, 8], [9, 10]]
        let X: Tensor = [[1, 2, 3], [4, 5, 6]]
        let perm = [2, 0, 1]
        XCTAssertEqual(A .> 0, [[1, 0], [1, 1]])
        XCTAssertEqual(A .== B, [[1, 0], [1, 0]])
        XCTAssertFalse(A == B)
        XCTAssertTrue(allClose(A, A + 1e-12))
        XCTAssertFalse(allClose(A, B))
        XCTAssertEqual(A[mask: A .> 0], Tensor([1, 3, 4]))
        dZ[mask: Z .<= 0] = Tensor(0)
        XCTAssertEqual(dZ, [[0, 8], [0, 10]])
        XCTAssertEqual(A[0, 1], -2)
        XCTAssertEqual(A[1], Tensor([3, 4]))
        XCTAssertEqual(A[1, ...], Tensor([3, 4]))
        XCTAssertEqual(A[..., 0], Tensor([1, 3]))
        XCTAssertEqual(A[0..<2, 1], Tensor([-2, 4]))
        XCTAssertEqual(X[..., 1...], [[2, 3], [5, 6]])
        XCTAssertEqual(A[..., 1...], [[-2], [4]])
        XCTAssertEqual(X[..., perm], [[3, 1, 2], [6, 4, 5]])
        let f: NDArray<Float> = A.astype(Float.self)
        XCTAssertEqual(f.dtype, "float32")
        print(A)
    }

    func testNumbersIntAndDouble() {
        let A: Tensor = [[1, 2.7], [3, 4]]
        let L: Tensor = [0.5, 0.25, 0.25, 1]
        let m = 4
        XCTAssertEqual(Int(2.7), 2)
        XCTAssertEqual(Int(-2.7), -2)
        XCTAssertEqual(Int(2.5.rounded(.toNearestOrEven)), 2)
        XCTAssertEqual(Int(2.5.rounded()), 3)
        XCTAssertEqual(Int(A[0, 1]), 2)
        XCTAssertEqual(A.scalars.map { Int($0) }, [1, 2, 3, 4])
        XCTAssertEqual(Double(m), 4.0)
        let cost = sum(L) / Double(m)
        XCTAssertEqual(cost, 0.5)
    }

    /// Every `code` span in the Swift column of docs/numpy-to-swift.md appears in this file.
    func testEveryDocumentedSpellingIsHere() throws {
        let here = URL(fileURLWithPath: #filePath)
        let root = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let page = try String(contentsOf: root.appendingPathComponent("docs/numpy-to-swift.md"), encoding: .utf8)
        let source = try String(contentsOf: here, encoding: .utf8)
        var checked = 0
        for line in page.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 3 else { continue }
            for (i, part) in cells[2].components(separatedBy: "`").enumerated() where i % 2 == 1 {
                XCTAssertTrue(source.contains(part), "docs/numpy-to-swift.md shows `\(part)`, which NumpyToSwiftTests does not compile")
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 60, "the table was not found or lost rows")
    }
}
