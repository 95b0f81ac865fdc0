import Foundation
import XCTest
@testable import NeuralNet

final class DatasetTests: XCTestCase {
    func testPlanarDatasetMatchesCourseCheckValues() {
        let (X, Y) = loadPlanarDataset()
        XCTAssertEqual(X.shape, [2, 400])
        XCTAssertEqual(Y.shape, [1, 400])
        let x = X.scalars, m = 400
        let expectedFirst = [[1.20444229, 0.1587099, 0.0952472], [3.57611415, -1.4821709, -1.27995533]]
        for row in 0..<2 { for col in 0..<3 { XCTAssertEqual(x[row * m + col], expectedFirst[row][col], accuracy: 1e-8) } }
        XCTAssertEqual(x[200], -1.07049581, accuracy: 1e-8)
        XCTAssertEqual(x[m + 200], 3.68252461, accuracy: 1e-8)
        XCTAssertEqual(x[0..<m].reduce(0, +), -17.33836367, accuracy: 1e-7)
        XCTAssertEqual(x[m...].reduce(0, +), 27.42634695, accuracy: 1e-7)
        XCTAssertEqual(x.map { $0 * $0 }.reduce(0, +), 3156.783789349409, accuracy: 1e-8)
        XCTAssertEqual(x[0..<m].min()!, -4.21189811, accuracy: 1e-8)
        XCTAssertEqual(x[0..<m].max()!, 4.07816588, accuracy: 1e-8)
        XCTAssertEqual(x[m...].min()!, -4.035124, accuracy: 1e-8)
        XCTAssertEqual(x[m...].max()!, 4.03764347, accuracy: 1e-8)
        XCTAssertEqual(Y.scalars, [Double](repeating: 0, count: 200) + [Double](repeating: 1, count: 200))
        // Full-precision values from numpy 2.4 running the course's code (equal up to libm rounding of sin/cos).
        XCTAssertEqual(x[0], 1.204442292254319, accuracy: 1e-13)
        XCTAssertEqual(x[2 * m - 1], 3.0683292081876545, accuracy: 1e-13)
        XCTAssertEqual(x.reduce(0, +), 10.087983277441666, accuracy: 1e-11)
    }

    func testToyDatasetsShapesAndLabels() {
        seed(0)
        for (name, data) in loadExtraDatasets() {
            XCTAssertEqual(data.X.shape, [2, 200], name)
            XCTAssertEqual(data.Y.shape, [1, 200], name)
            XCTAssertTrue(data.Y.scalars.allSatisfy { $0 == 0 || $0 == 1 }, name)
            XCTAssertTrue(data.X.scalars.allSatisfy(\.isFinite), name)
        }
        let moons = makeMoons(100, noise: 0, shuffle: false)
        XCTAssertEqual(moons.Y.scalars.filter { $0 == 1 }.count, 50)
        XCTAssertEqual(moons.X.scalars[0], 1, accuracy: 1e-12)   // cos(0) on the outer moon
        let circles = makeCircles(10, factor: 0.5, shuffle: false)
        let radius = (0..<10).map { (circles.X.scalars[$0] * circles.X.scalars[$0] + circles.X.scalars[10 + $0] * circles.X.scalars[10 + $0]).squareRoot() }
        for i in 0..<5 { XCTAssertEqual(radius[i], 1, accuracy: 1e-12); XCTAssertEqual(radius[5 + i], 0.5, accuracy: 1e-12) }
        let blobs = makeBlobs(60, centers: 3, rng: RandomState(seed: 5))
        XCTAssertEqual(Set(blobs.Y.scalars), [0, 1, 2])
        XCTAssertEqual(blobs.Y.scalars, makeBlobs(60, centers: 3, rng: RandomState(seed: 5)).Y.scalars, "same seed, same data")
        let quantiles = makeGaussianQuantiles(100, classes: 2)
        XCTAssertEqual(quantiles.Y.scalars.filter { $0 == 1 }.count, 50)
    }

    /// Writes an IDX file (big-endian header) holding `values` as the given type.
    private func idxBytes(type: UInt8, dims: [Int], payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, type, UInt8(dims.count)]
        for d in dims { bytes += [UInt8(d >> 24 & 255), UInt8(d >> 16 & 255), UInt8(d >> 8 & 255), UInt8(d & 255)] }
        return bytes + payload
    }

    func testIDXParserPlainAndGzipped() throws {
        let pixels: [UInt8] = (0..<24).map { UInt8($0 * 10) }
        let plain = idxBytes(type: 0x08, dims: [2, 3, 4], payload: pixels)
        for bytes in [plain, gzip(plain)] {
            let array = try IDXArray(bytes: bytes)
            XCTAssertEqual(array.dataType, .uint8)
            XCTAssertEqual(array.shape, [2, 3, 4])
            XCTAssertEqual(array.tensor().shape, [2, 3, 4])
            XCTAssertEqual(array.tensor().scalars, pixels.map(Double.init))
        }
        XCTAssertEqual(isGzip(gzip(plain)), true)
        // Big-endian int32 and float64 decoding.
        let ints = try IDXArray(bytes: idxBytes(type: 0x0C, dims: [2], payload: [0, 0, 1, 2, 0xFF, 0xFF, 0xFF, 0xFE]))
        XCTAssertEqual(ints.ints, [258, -2])
        let bits = (1.5).bitPattern
        let doubles = try IDXArray(bytes: idxBytes(type: 0x0E, dims: [1], payload: (0..<8).map { UInt8(bits >> (56 - 8 * UInt64($0)) & 255) }))
        XCTAssertEqual(doubles.doubles, [1.5])
        // Errors: bad magic, wrong size, truncated gzip.
        XCTAssertThrowsError(try IDXArray(bytes: [1, 2, 3, 4]))
        XCTAssertThrowsError(try IDXArray(bytes: idxBytes(type: 0x08, dims: [5], payload: [1, 2])))
        XCTAssertThrowsError(try IDXArray(bytes: Array(gzip(plain).dropLast(10))))
    }

    func testFashionMNISTLoaderOnWrittenFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fmnist-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let labels: [UInt8] = [7, 5, 7, 0, 5, 7]
        let images = labels.indices.flatMap { i in [UInt8](repeating: UInt8(i * 40), count: 784) }
        for prefix in ["train", "t10k"] {
            try Data(gzip(idxBytes(type: 0x08, dims: [6, 28, 28], payload: images)))
                .write(to: dir.appendingPathComponent("\(prefix)-images-idx3-ubyte.gz"))
            try Data(idxBytes(type: 0x08, dims: [6], payload: labels))   // plain, no .gz
                .write(to: dir.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
        let (x, y) = try FashionMNIST.load(split: .test, directory: dir.path)
        XCTAssertEqual(x.shape, [6, 28, 28])
        XCTAssertEqual(y, [7, 5, 7, 0, 5, 7])
        let flat = FashionMNIST.flattenAndScale(x)
        XCTAssertEqual(flat.shape, [784, 6])
        XCTAssertEqual(flat.scalars[1], 40.0 / 255, accuracy: 1e-12)
        let task = try FashionMNIST.binaryTask(positive: "Sneaker", negative: "Sandal", trainCount: 4, testCount: 10,
                                               seed: 0, directory: dir.path)
        XCTAssertEqual(task.trainX.shape, [784, 4])
        XCTAssertEqual(task.testX.shape, [784, 5])
        XCTAssertEqual(task.testY.scalars.filter { $0 == 1 }.count, 3)
        XCTAssertTrue(task.trainX.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        let oneVsRest = try FashionMNIST.binaryTask(positive: "Sneaker", negative: nil, trainCount: 6, testCount: 6,
                                                    seed: 0, directory: dir.path)
        XCTAssertEqual(oneVsRest.testY.shape, [1, 6])
        XCTAssertEqual(oneVsRest.testY.scalars.filter { $0 == 1 }.count, 3)
    }

    func testFashionMNISTMissingFilesSaysHowToInstall() {
        XCTAssertThrowsError(try FashionMNIST.load(split: .train, directory: "/nonexistent/fashion-mnist")) { error in
            XCTAssertEqual("\(error)", "Fashion-MNIST not found at /nonexistent/fashion-mnist: install it with `sudo apt-get install dataset-fashion-mnist`")
        }
        let message = DatasetError.notFound(dataset: "Fashion-MNIST", directory: FashionMNIST.defaultDirectory,
                                            hint: "install it with `sudo apt-get install dataset-fashion-mnist`").description
        XCTAssertEqual(message, "Fashion-MNIST not found at /usr/share/datasets/fashion-mnist: install it with `sudo apt-get install dataset-fashion-mnist`")
    }

    func testRealFashionMNISTIfInstalled() throws {
        try XCTSkipUnless(FashionMNIST.isAvailable(), "dataset-fashion-mnist is not installed")
        let (images, labels) = try FashionMNIST.load(split: .test)
        XCTAssertEqual(images.shape, [10000, 28, 28])
        XCTAssertEqual(labels.count, 10000)
        XCTAssertEqual(labels.first, 9)   // the first test image is an ankle boot
        XCTAssertEqual(Set(labels), Set(0..<10))
        let task = try FashionMNIST.binaryTask(positive: "Sneaker", negative: "Ankle boot", trainCount: 500, testCount: 100)
        XCTAssertEqual(task.trainX.shape, [784, 500])
        XCTAssertEqual(task.trainY.shape, [1, 500])
        XCTAssertEqual(task.testX.shape, [784, 100])
        let positives = task.trainY.scalars.filter { $0 == 1 }.count
        XCTAssertTrue((150...350).contains(positives), "roughly balanced, got \(positives)")
    }
}
