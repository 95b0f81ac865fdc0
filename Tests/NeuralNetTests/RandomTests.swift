import XCTest
@testable import NeuralNet

/// Reference values generated with numpy 2.4 (`np.random.seed(k)` then the legacy functions) and
/// baked in here: equality is exact (bit for bit), not approximate.
final class RandomTests: XCTestCase {
    func testSeed1RandnMatchesNumpy() {
        seed(1)
        let a = randn(2, 3)
        XCTAssertEqual(a.shape, [2, 3])
        XCTAssertEqual(a.scalars, [1.6243453636632417, -0.6117564136500754, -0.5281717522634557,
                                   -1.0729686221561705, 0.8654076293246785, -2.3015386968802827])
    }

    func testSeed3RandnMatchesNumpy() {
        seed(3)
        XCTAssertEqual(randn(2, 3).scalars, [1.7886284734303186, 0.43650985051198943, 0.09649746807200862,
                                             -1.8634927033644908, -0.27738820251439905, -0.35475897926898675])
    }

    func testSeed2RandnColumnMatchesNumpy() {
        seed(2)
        let a = randn(4, 1)
        XCTAssertEqual(a.shape, [4, 1])
        XCTAssertEqual(a.scalars, [-0.4167578474054706, -0.056266827226329474, -2.136196095668454, 1.6402708084049886])
    }

    func testRandMatchesNumpy() {
        seed(1)
        XCTAssertEqual(rand(5).scalars, [0.417022004702574, 0.7203244934421581, 0.00011437481734488664,
                                         0.30233257263183977, 0.14675589081711304])
        seed(3)
        XCTAssertEqual(rand(5).scalars, [0.5507979025745755, 0.7081478226181048, 0.2909047389129443,
                                         0.510827605197663, 0.8929469543476547])
    }

    func testPermutationMatchesNumpy() {
        seed(1)
        XCTAssertEqual(permutation(10), [2, 9, 6, 4, 0, 3, 1, 7, 8, 5])
        seed(3)
        XCTAssertEqual(permutation(10), [5, 4, 1, 2, 9, 6, 7, 0, 3, 8])
        seed(1)
        XCTAssertEqual(Array(permutation(148).prefix(5)), [100, 121, 54, 104, 99])
        XCTAssertEqual(Array(permutation(300).suffix(5)), [217, 56, 183, 96, 10])
        XCTAssertEqual(permutation(0), [])
        XCTAssertEqual(permutation(1), [0])
    }

    func testGaussianCachePersistsAcrossCalls() {
        seed(0)
        let first = randn(3).scalars, second = randn(2).scalars
        XCTAssertEqual(first + second, [1.764052345967664, 0.4001572083672233, 0.9787379841057392,
                                        2.240893199201458, 1.8675579901499675])
        // Reseeding clears the cached value.
        seed(0); _ = randn(1); seed(0)
        XCTAssertEqual(randn(1).scalars, [1.764052345967664])
    }

    func testLongStreamCrossesTwist() {
        seed(1)
        let a = randn(1000).scalars
        XCTAssertEqual(a.last, -0.18695501653274957)
        XCTAssertEqual(a.reduce(0, +), 38.81247615960185, accuracy: 1e-9)
    }

    func testRandintNormalUniformMatchNumpy() {
        seed(5)
        XCTAssertEqual(randint(-3, 7, size: 8), [0, 3, 3, -3, 6, 5, 1, 4])
        XCTAssertEqual(randint(0, 1 << 40, size: 3), [819333335451, 483262925470, 894627945991])
        seed(7)
        XCTAssertEqual(normal(2.0, 3.0, size: [3]).scalars, [7.071577111401068, 0.6021878883775016, 2.098460491035753])
        XCTAssertEqual(uniform(-1, 4, size: [3]).scalars, [1.5056023182996894, -0.6397443332011923, 0.34219490050935586])
    }

    func testRandomStateIsIndependentOfGlobal() {
        seed(3)
        let rng = RandomState(seed: 1)
        XCTAssertEqual(rng.randn(2).scalars, [1.6243453636632417, -0.6117564136500754])
        XCTAssertEqual(randn(1).scalars, [1.7886284734303186])
        XCTAssertEqual(MT19937(seed: 1).nextUInt32Sequence(1), [1_791_095_845])
    }
}

private extension MT19937 {
    func nextUInt32Sequence(_ n: Int) -> [UInt32] {
        var copy = self
        return (0..<n).map { _ in copy.nextUInt32() }
    }
}
