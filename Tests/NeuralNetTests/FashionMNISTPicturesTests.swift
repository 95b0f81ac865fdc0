import Foundation
import XCTest
@testable import NeuralNet

/// `FashionMNIST.binaryTaskPictures`: the same pictures as `binaryTask`, before flattening.
final class FashionMNISTPicturesTests: XCTestCase {
    /// An IDX file's bytes (big-endian header, then the payload).
    private func idxBytes(type: UInt8, dims: [Int], payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, type, UInt8(dims.count)]
        for d in dims { bytes += [UInt8(d >> 24 & 255), UInt8(d >> 16 & 255), UInt8(d >> 8 & 255), UInt8(d & 255)] }
        return bytes + payload
    }

    /// A fake dataset of eight pictures (every pixel of picture i is 30·i + its row), both halves alike.
    private func writeFakeDataset() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fmnist-pictures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let labels: [UInt8] = [6, 2, 6, 0, 2, 6, 2, 6]
        let pixels = labels.indices.flatMap { i in (0..<784).map { p in UInt8(30 * i + p / 28) } }
        for prefix in ["train", "t10k"] {
            try Data(gzip(idxBytes(type: 0x08, dims: [8, 28, 28], payload: pixels)))
                .write(to: dir.appendingPathComponent("\(prefix)-images-idx3-ubyte.gz"))
            try Data(idxBytes(type: 0x08, dims: [8], payload: labels))
                .write(to: dir.appendingPathComponent("\(prefix)-labels-idx1-ubyte"))
        }
        return dir
    }

    func testPicturesAreBinaryTaskColumnsBeforeFlattening() throws {
        let dir = try writeFakeDataset()
        defer { try? FileManager.default.removeItem(at: dir) }
        let pictures = try FashionMNIST.binaryTaskPictures(positive: "Shirt", negative: "Pullover", trainCount: 5,
                                                           testCount: 3, seed: 2, directory: dir.path)
        let columns = try FashionMNIST.binaryTask(positive: "Shirt", negative: "Pullover", trainCount: 5,
                                                  testCount: 3, seed: 2, directory: dir.path)
        XCTAssertEqual(pictures.trainXOrig.shape, [5, 28, 28])
        XCTAssertEqual(pictures.testXOrig.shape, [3, 28, 28])
        XCTAssertEqual(FashionMNIST.flattenAndScale(pictures.trainXOrig).scalars, columns.trainX.scalars)
        XCTAssertEqual(FashionMNIST.flattenAndScale(pictures.testXOrig).scalars, columns.testX.scalars)
        XCTAssertEqual(pictures.trainY.scalars, columns.trainY.scalars)
        XCTAssertEqual(pictures.testY.scalars, columns.testY.scalars)
        // Raw pixel values, not scaled: each picture's first row is 30 times its index, a multiple of 30.
        XCTAssertTrue(pictures.trainXOrig.scalars.allSatisfy { $0 == $0.rounded() && $0 >= 0 && $0 <= 255 })
        let firstPixels = (0..<5).map { pictures.trainXOrig[$0, 0, 0] }
        XCTAssertTrue(firstPixels.allSatisfy { $0.truncatingRemainder(dividingBy: 30) == 0 })
        // Only the two classes, labelled by the picture they came with (shirts are 6, pullovers 2).
        for slot in 0..<5 {
            let index = Int(pictures.trainXOrig[slot, 0, 0]) / 30
            let label: Double = [6, 2, 6, 0, 2, 6, 2, 6][index] == 6 ? 1 : 0
            XCTAssertNotEqual(index, 3, "the T-shirt is neither class")
            XCTAssertEqual(pictures.trainY[0, slot], label)
        }
    }

    func testAnotherSeedDrawsAnotherOrder() throws {
        let dir = try writeFakeDataset()
        defer { try? FileManager.default.removeItem(at: dir) }
        let orders = try (0..<4).map { seed in
            try FashionMNIST.binaryTaskPictures(positive: "Shirt", negative: "Pullover", trainCount: 7, testCount: 1,
                                                seed: seed, directory: dir.path).trainXOrig.scalars
        }
        XCTAssertGreaterThan(Set(orders.map { $0.description }).count, 1)
    }
}
