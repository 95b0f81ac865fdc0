import XCTest
@testable import NeuralNet

/// Construction, literals, shapes, reshape, transpose and indexing.
final class TensorBasicsTests: XCTestCase {
    func testLiteralsAndInitializers() {
        let a: Tensor = [[1, 2, 3], [4, 5, 6]]
        XCTAssertEqual(a.shape, [2, 3])
        XCTAssertEqual(a.ndim, 2)
        XCTAssertEqual(a.size, 6)
        XCTAssertEqual(a.scalars, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(a.dtype, "float64")
        let cube: Tensor = [[[1, 2], [3, 4]], [[5, 6], [7, 8.5]]]
        XCTAssertEqual(cube.shape, [2, 2, 2])
        XCTAssertEqual(cube.scalars.last, 8.5)
        XCTAssertEqual(Tensor([1, 2, 3]).shape, [3])
        XCTAssertEqual(Tensor([[1, 2], [4, 5]]), a[0..<2, 0..<2])
        XCTAssertEqual(Tensor(2.5).shape, [])
        XCTAssertEqual(Tensor(repeating: 7, shape: [2, 1]).scalars, [7, 7])
        XCTAssertEqual(Tensor(shape: [3, 1], scalars: [1, 2, 3]).shape, [3, 1])
        let empty: Tensor = []
        XCTAssertEqual(empty.shape, [0])
        let f: NDArray<Float> = [[1, 2], [3, 4]]
        XCTAssertEqual(f.dtype, "float32")
        XCTAssertEqual(a.astype(Float.self).scalars, [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(NDArray<Double>(f), [[1, 2], [3, 4]])
    }

    func testConstructors() {
        XCTAssertEqual(zeros(2, 3).shape, [2, 3])
        XCTAssertEqual(zeros([3, 1]).scalars, [0, 0, 0])
        XCTAssertEqual(ones(2).scalars, [1, 1])
        XCTAssertEqual(zeros(2, dtype: Float.self).dtype, "float32")
        XCTAssertEqual(NDArray<Float>.ones(1, 2).shape, [1, 2])
        XCTAssertEqual(full([2], 3).scalars, [3, 3])
        XCTAssertEqual(eye(2), [[1, 0], [0, 1]])
        XCTAssertEqual(arange(4).scalars, [0, 1, 2, 3])
        XCTAssertEqual(arange(1, 2, 0.25).scalars, [1, 1.25, 1.5, 1.75])
        XCTAssertEqual(arange(0, 1, 0.1).size, 10)
        // Bit-exact with numpy: np.linspace(0, 3.12, 200)[1:4] and np.linspace(0, 1, 5).
        let l = linspace(0, 3.12, num: 200)
        XCTAssertEqual(Array(l.scalars[1...3]), [0.015678391959798997, 0.031356783919597994, 0.04703517587939699])
        XCTAssertEqual(l.scalars.last, 3.12)
        XCTAssertEqual(linspace(0, 1, num: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(linspace(0, 1, num: 4, endpoint: false).scalars, [0, 0.25, 0.5, 0.75])
        XCTAssertEqual(zerosLike(eye(3)).shape, [3, 3])
        XCTAssertEqual(onesLike(Tensor([1, 2])).scalars, [1, 1])
    }

    func testItemAndDoubleConversion() {
        XCTAssertEqual(Tensor(3).item, 3)
        XCTAssertEqual(Double(Tensor([[0.5]])), 0.5)
        XCTAssertEqual(Float(NDArray<Float>([2])), 2)
        let cost = -sum(Tensor([[1, 2]]) * 2) / Double(4)
        XCTAssertEqual(Double(cost), -1.5)
        XCTAssertEqual(cost.item, -1.5)
    }

    func testReshapeIsRowMajorAndInfersMinusOne() {
        let a = arange(12)
        let b = a.reshape(3, -1)
        XCTAssertEqual(b.shape, [3, 4])
        XCTAssertEqual(b[1], [4, 5, 6, 7])
        XCTAssertEqual(a.reshape([2, -1, 3]).shape, [2, 2, 3])
        XCTAssertEqual(b.reshape(-1).shape, [12])
        XCTAssertEqual(b.flatten().scalars, a.scalars)
        // image2vector: (3, 3, 2) → (18, 1) in C order
        let image = arange(18).reshape(3, 3, 2)
        XCTAssertEqual(image.reshape(image.size, 1).scalars, arange(18).scalars)
        XCTAssertEqual(resolvedReshape(12, [3, -1]), [3, 4])
        XCTAssertEqual(reshapeErrorMessage(12, [5, -1]), "reshape: cannot reshape array of size 12 into shape (5, -1)")
    }

    func testSqueezeAndExpandDims() {
        let a = zeros(1, 3, 1)
        XCTAssertEqual(a.squeeze().shape, [3])
        XCTAssertEqual(a.squeeze(axis: 0).shape, [3, 1])
        XCTAssertEqual(a.squeeze(axis: -1).shape, [1, 3])
        XCTAssertEqual(squeeze(Tensor([[0.25]])).shape, [])
        XCTAssertEqual(Tensor([1, 2]).expandDims(axis: 0).shape, [1, 2])
        XCTAssertEqual(Tensor([1, 2]).expandDims(axis: -1).shape, [2, 1])
    }

    func testTranspose() {
        let a: Tensor = [[1, 2, 3], [4, 5, 6]]
        XCTAssertEqual(a.T, [[1, 4], [2, 5], [3, 6]])
        XCTAssertEqual(Tensor([1, 2]).T.shape, [2])
        // 3-D: .T reverses the axes; np.arange(24).reshape(2,3,4).T[3, 1, 0] == 7
        let c = arange(24).reshape(2, 3, 4)
        XCTAssertEqual(c.T.shape, [4, 3, 2])
        XCTAssertEqual(c.T[3, 1, 0], 7)
        XCTAssertEqual(c.T[2, 0, 1], 14)
        let p = c.transpose([1, 0, 2])
        XCTAssertEqual(p.shape, [3, 2, 4])
        XCTAssertEqual(p[2, 1, 3], c[1, 2, 3])
        XCTAssertEqual(c.transpose(2, 0, 1)[3, 1, 2], c[1, 2, 3])
        XCTAssertEqual(c.swapaxes(0, 2), c.T)
        // Big matrices (tiled path, cached transpose) agree with the definition.
        var big = arange(300 * 70).reshape(300, 70)
        let t1 = big.T
        XCTAssertEqual(t1.shape, [70, 300])
        XCTAssertEqual(t1[13, 250], big[250, 13])
        XCTAssertTrue(big.T.storage === t1.storage, "the second .T reuses the cached transpose")
        big[250, 13] = -1
        XCTAssertEqual(big.T[13, 250], -1, "a write drops the cached transpose")
        XCTAssertEqual(t1[13, 250], 250 * 70 + 13, "earlier transposes keep their values")
        big += 1
        XCTAssertEqual(big.T[13, 250], 0)
        XCTAssertEqual(big.reshape(70, 300).T.shape, [300, 70])
        XCTAssertEqual(big.reshape(70, 300).T[0, 1], big.scalars[300])
    }

    func testIndexing() {
        var a: Tensor = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
        XCTAssertEqual(a[1], [4, 5, 6])
        XCTAssertEqual(a[-1], [7, 8, 9])
        XCTAssertEqual(a[1, 2], 6)
        XCTAssertEqual(a[-1, -3], 7)
        XCTAssertEqual(a[..., 1], [2, 5, 8])             // a[:, 1] is 1-D
        XCTAssertEqual(a[..., 1].shape, [3])
        XCTAssertEqual(a[..., 1...1].shape, [3, 1])        // a[:, 1:2]
        XCTAssertEqual(a[0..<2, 2], [3, 6])
        XCTAssertEqual(a[1, ...], [4, 5, 6])
        XCTAssertEqual(a[1...], [[4, 5, 6], [7, 8, 9]])
        XCTAssertEqual(a[..<1], [[1, 2, 3]])
        XCTAssertEqual(a[(-2)...].shape, [2, 3])
        XCTAssertEqual(a[0..<10].shape, [3, 3], "slices clip like numpy")
        XCTAssertEqual(a[..., [2, 0]], [[3, 1], [6, 4], [9, 7]])
        XCTAssertEqual(a[[2, 0]], [[7, 8, 9], [1, 2, 3]])
        XCTAssertEqual(a[stride(from: 0, to: 3, by: 2), 0], [1, 7])
        XCTAssertEqual(a.take([1, 1], axis: 1), [[2, 2], [5, 5], [8, 8]])
        XCTAssertEqual(Tensor([1, 2, 3])[1].shape, [])
        XCTAssertEqual(Double(Tensor([1, 2, 3])[1]), 2)
        let c = arange(24).reshape(2, 3, 4)
        XCTAssertEqual(c[1, 2, 3], 23)
        XCTAssertEqual(c[1, 0..<2, 3], [15, 19])
        XCTAssertEqual(c[..., ..., 0], [[0, 4, 8], [12, 16, 20]])
        XCTAssertEqual(c[1].shape, [3, 4])

        a[0, 0] = 10
        XCTAssertEqual(a[0, 0], 10)
        a[..., 2] = Tensor([0, 0, 0])
        XCTAssertEqual(a[..., 2], [0, 0, 0])
        a[1] = Tensor([[-1, -2, -3]]).reshape(3)
        XCTAssertEqual(a[1], [-1, -2, -3])
        a[0..<2, 0..<2] = Tensor(5)
        XCTAssertEqual(a, [[5, 5, 0], [5, 5, -3], [7, 8, 0]])
        var z: Tensor = [[1, -2], [-3, 4]]
        XCTAssertEqual(z[mask: z .< 0], [-2, -3])
        z[mask: z .<= 0] = Tensor(0)                       // numpy's dZ[Z <= 0] = 0
        XCTAssertEqual(z, [[1, 0], [0, 4]])
        XCTAssertEqual(indexErrorMessage(5, axis: 0, size: 3), "index 5 is out of bounds for axis 0 with size 3")
    }

    func testCopyOnWrite() {
        let a: Tensor = [[1, 2], [3, 4]]
        var b = a
        b[0, 0] = 100
        XCTAssertEqual(a[0, 0], 1)
        var r = a.reshape(4)
        r += 1
        XCTAssertEqual(a, [[1, 2], [3, 4]])
        var c = a
        c.withUnsafeMutableBufferPointer { $0[3] = 0 }
        XCTAssertEqual(a[1, 1], 4)
        XCTAssertEqual(c[1, 1], 0)
    }

    func testConcatenateAndStack() {
        let a: Tensor = [[1, 2], [3, 4]], b: Tensor = [[5, 6]]
        XCTAssertEqual(concatenate([a, b]), [[1, 2], [3, 4], [5, 6]])
        XCTAssertEqual(concatenate([a, a], axis: 1), [[1, 2, 1, 2], [3, 4, 3, 4]])
        XCTAssertEqual(stack([Tensor([1, 2]), Tensor([3, 4])]), [[1, 2], [3, 4]])
        XCTAssertEqual(stack([Tensor([1, 2]), Tensor([3, 4])], axis: 1), [[1, 3], [2, 4]])
        XCTAssertEqual(vstack([Tensor([1, 2]), Tensor([3, 4])]).shape, [2, 2])
        XCTAssertEqual(hstack([Tensor([1, 2]), Tensor([3])]).shape, [3])
    }
}
