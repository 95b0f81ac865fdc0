import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import NeuralNet
@testable import Plots

final class PlotsTests: XCTestCase {
    /// Parses the SVG (failing the test if it is not well-formed XML) and returns the document.
    private func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        do { return try XMLDocument(xmlString: svg, options: []) } catch {
            XCTFail("SVG is not well-formed XML: \(error)", file: file, line: line)
            throw error
        }
    }

    private func count(_ element: String, in doc: XMLDocument) throws -> Int {
        try doc.nodes(forXPath: "//*[local-name()='\(element)']").count
    }

    private func texts(in doc: XMLDocument, group: String) throws -> [String] {
        try doc.nodes(forXPath: "//*[@class='\(group)']/*[local-name()='text']").compactMap(\.stringValue)
    }

    func testNiceTicks() {
        XCTAssertEqual(niceTicks(0, 10), [0, 2, 4, 6, 8, 10])
        XCTAssertEqual(niceTicks(0.03, 0.97, target: 5), [0.2, 0.4, 0.6, 0.8])
        XCTAssertEqual(niceTicks(0, 1, target: 4), [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(niceTicks(-4.3, 4.1, target: 5), [-4, -2, 0, 2, 4])
        XCTAssertEqual(niceTicks(0, 2500, target: 6), [0, 500, 1000, 1500, 2000, 2500])
        XCTAssertEqual(tickLabels([0, 0.25, 0.5]), ["0", "0.25", "0.5"])
        XCTAssertEqual(tickLabels([0.2, 0.4, 0.6]), ["0.2", "0.4", "0.6"])
        XCTAssertEqual(tickLabels([0, 500, 1000]), ["0", "500", "1000"])
        XCTAssertEqual(fmt(12.3456), "12.35")
        XCTAssertEqual(fmt(-0.001), "0")
        XCTAssertEqual(fmt(3.0), "3")
    }

    func testCostCurve() throws {
        let costs = (0..<15).map { 0.7 * exp(-Double($0) / 5) }
        let figure = plotCosts(costs, learningRate: 0.005)
        XCTAssertEqual(figure.description, "<Figure: Learning rate =0.005>")
        let bundle = figure.mimeBundle
        XCTAssertEqual(bundle.data["text/plain"], "<Figure: Learning rate =0.005>")
        let svg = try XCTUnwrap(bundle.data["image/svg+xml"])
        let doc = try parse(svg)
        XCTAssertEqual(try doc.nodes(forXPath: "//*[@class='line']").count, 1)
        let d = try XCTUnwrap(try doc.nodes(forXPath: "//*[@class='line']/@d").first?.stringValue)
        XCTAssertEqual(d.filter { $0 == "L" }.count, 14, "15 points, one move and 14 line segments")
        XCTAssertTrue(svg.contains("iterations (per hundreds)") && svg.contains(">cost<"))
        XCTAssertEqual(try texts(in: doc, group: "xticks"), ["0", "2", "4", "6", "8", "10", "12", "14"])
        let yTicks = try texts(in: doc, group: "yticks").compactMap(Double.init)
        XCTAssertGreaterThanOrEqual(yTicks.count, 3)
        XCTAssertTrue(yTicks.allSatisfy { $0 >= 0.03 && $0 <= 0.75 })
        XCTAssertFalse(svg.contains("0.0000"), "coordinates are compact")
    }

    func testLearningRateComparisonHasThreeSeriesAndLegend() throws {
        var runs: [(learningRate: Double, costs: [Double])] = []
        for lr in [0.01, 0.001, 0.0001] {
            let costs: [Double] = (0..<15).map { (i: Int) -> Double in 1.0 / (1.0 + lr * 100.0 * Double(i)) }
            runs.append((learningRate: lr, costs: costs))
        }
        let doc = try parse(plotLearningRates(runs).svg)
        XCTAssertEqual(try doc.nodes(forXPath: "//*[@class='line']").count, 3)
        XCTAssertEqual(try texts(in: doc, group: "legend"), ["0.01", "0.001", "0.0001"])

        var custom = Figure(title: "a < b & c", xLabel: "x", yLabel: "y")
        custom.line(x: [1, 2, 3], y: [1, 4, 9], label: "squares")
        custom.line(x: [1, 2, 3], y: [1, 2, .nan], label: "gap")
        XCTAssertNoThrow(try parse(custom.svg))
        XCTAssertTrue(custom.svg.contains("a &lt; b &amp; c"))
        XCTAssertEqual(Figure.line(y: [3, 1, 2], label: "y").lines.count, 1)
    }

    func testScatterOfPlanarDataset() throws {
        let (X, Y) = loadPlanarDataset()
        let svg = scatter(X: X, labels: Y).svg
        let doc = try parse(svg)
        XCTAssertEqual(try count("circle", in: doc), 400)
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='circle'][@fill='#9e0142']").count, 200, "class 0 red")
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='circle'][@fill='#5e4fa2']").count, 200, "class 1 blue")
        XCTAssertEqual(try texts(in: doc, group: "xticks"), ["-4", "-2", "0", "2", "4"])
    }

    func testDecisionBoundaryEmbedsPNGAndPoints() throws {
        let (X, Y) = loadPlanarDataset()
        var calls = 0
        let figure = plotDecisionBoundary({ points in
            calls += 1
            XCTAssertEqual(points.shape, [2, 10_000])
            let s = points.scalars, k = points.shape[1]
            return Tensor(shape: [1, k], scalars: (0..<k).map { s[$0] > 0 ? 1 : 0 })
        }, X: X, Y: Y, title: "Logistic Regression")
        XCTAssertEqual(calls, 1)
        let doc = try parse(figure.svg)
        XCTAssertEqual(try count("image", in: doc), 1)
        XCTAssertEqual(try count("circle", in: doc), 400)
        XCTAssertTrue(figure.svg.contains("data:image/png;base64,iVBORw0KGgo"))
        XCTAssertLessThan(figure.svg.count, 60_000, "compact")
    }

    func testPNGEncoderProducesValidHeaderAndCRC() {
        let png = PNGEncoder.encode(width: 2, height: 1, rgb: false, pixels: [0, 255])
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(String(decoding: png[12..<16], as: UTF8.self), "IHDR")
        XCTAssertEqual(Array(png.suffix(12)), [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82], "standard IEND chunk")
    }

    func testImageGridLayouts() throws {
        let images = Tensor(shape: [5, 28, 28], scalars: (0..<(5 * 784)).map { Double($0 % 256) })
        let labels = ["Sneaker", "Bag", "Coat", "Dress", "Shirt"]
        let doc = try parse(imageGrid(images, labels: labels, columns: 3).svg)
        XCTAssertEqual(try count("image", in: doc), 5)
        XCTAssertEqual(try doc.nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue), labels)
        let columns = FashionMNIST.flattenAndScale(images)
        XCTAssertEqual(decodeImages(columns).map(\.pixels), decodeImages(images).map(\.pixels), "(784, m) columns in [0, 1] give the same pictures")
        let rgb = Tensor(shape: [2, 4, 4, 3], scalars: (0..<96).map { Double($0) / 96 })
        XCTAssertEqual(decodeImages(rgb).map(\.rgb), [true, true])
        XCTAssertEqual(try count("image", in: try parse(imshow(images[0], title: "one").svg)), 1)
    }
}

/// Writes example SVGs for a human to look at: `PLOTS_GALLERY=/tmp/gallery swift test --filter PlotsGallery`.
final class PlotsGalleryTests: XCTestCase {
    func testWriteGallery() throws {
        guard let directory = ProcessInfo.processInfo.environment["PLOTS_GALLERY"] else {
            throw XCTSkip("set PLOTS_GALLERY=/some/dir to write example plots")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func save(_ figure: Figure, _ name: String) throws {
            try figure.svg.write(toFile: "\(directory)/\(name).svg", atomically: true, encoding: .utf8)
        }
        try save(plotCosts((0..<20).map { 0.69 * exp(-Double($0) / 6) + 0.1 }, learningRate: 0.005), "costs")
        var runs: [(learningRate: Double, costs: [Double])] = []
        for lr in [0.01, 0.001, 0.0001] {
            runs.append((lr, (0..<15).map { (i: Int) -> Double in 0.7 / (1.0 + lr * 300.0 * Double(i)) }))
        }
        try save(plotLearningRates(runs), "learning-rates")
        let (X, Y) = loadPlanarDataset()
        try save(scatter(X: X, labels: Y, title: "Flower"), "flower")
        try save(plotDecisionBoundary({ p in
            let s = p.scalars, k = p.shape[1]
            return Tensor(shape: [1, k], scalars: (0..<k).map { i in sin(4 * atan2(s[i], s[k + i])) > 0 ? 1 : 0 })
        }, X: X, Y: Y, title: "Decision Boundary for hidden layer size 4"), "boundary")
        seed(0)
        let moons = makeMoons(200, noise: 0.2)
        try save(scatter(X: moons.X, labels: moons.Y, title: "noisy_moons"), "moons")
        for (name, data) in loadExtraDatasets() { try save(scatter(X: data.X, labels: data.Y, title: name), "extra-\(name)") }
        if FashionMNIST.isAvailable() {
            let (images, labels) = try FashionMNIST.load(split: .test)
            let first = Tensor(shape: [20, 28, 28], scalars: Array(images.scalars[0..<(20 * 784)]))
            try save(imageGrid(first, labels: labels.prefix(20).map { FashionMNIST.classNames[$0] }, columns: 10,
                               title: "Fashion-MNIST test set"), "fashion")
        }
    }
}
