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

    // MARK: PNG (issue 14, point 5) and the image grid's captions (point 8)

    /// Width and height from a PNG's IHDR chunk.
    private func pngSize(_ png: [UInt8]) -> (Int, Int) {
        func be(_ i: Int) -> Int { png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be(16), be(20))
    }

    func testEveryFigureBundleCarriesAPNGOfTheFigure() throws {
        let (X, Y) = loadPlanarDataset()
        let images = Tensor(shape: [3, 28, 28], scalars: (0..<(3 * 784)).map { Double($0 % 256) })
        let figures: [Figure] = [plotCosts([0.7, 0.5, 0.4], learningRate: 0.01), scatter(X: X, labels: Y, title: "Flower"),
                                 plotDecisionBoundary({ Tensor(shape: [1, $0.shape[1]], scalars: $0.scalars.prefix($0.shape[1]).map { $0 > 0 ? 1 : 0 }) },
                                                      X: X, Y: Y, resolution: 20),
                                 imageGrid(images, labels: ["a", "b", "c"], columns: 3), imshow(images[0])]
        for figure in figures {
            let bundle = figure.mimeBundle
            let png = try XCTUnwrap(bundle.data["image/png"].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) },
                                    "\(figure.description) has no image/png")
            XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            let svg = try parse(try XCTUnwrap(bundle.data["image/svg+xml"]))
            let width = try XCTUnwrap(try svg.nodes(forXPath: "/*/@width").first?.stringValue.flatMap { Double($0) })
            let height = try XCTUnwrap(try svg.nodes(forXPath: "/*/@height").first?.stringValue.flatMap { Double($0) })
            let (w, h) = pngSize(png)
            XCTAssertEqual(w, Int(width.rounded(.up)), figure.description)
            XCTAssertEqual(h, Int(height.rounded(.up)), figure.description)
            XCTAssertEqual(bundle.data["text/plain"], figure.description)
        }
    }

    /// The PNG shows what the SVG describes: a scatter point's colour at its centre, the frame's black line,
    /// white margins, and dark text where the title is (when the font is there).
    func testThePNGDrawsTheSVGsShapes() throws {
        var figure = Figure(title: "Two points", xLabel: "x", yLabel: "y", width: 200, height: 150)
        figure.scatter(x: [0, 1], y: [0, 1], classes: [0, 1], size: 6)
        figure.xLimits = 0...1
        figure.yLimits = 0...1
        let raster = Rasterizer(figure.scene)
        let bytes = raster.rgbBytes
        func pixel(_ x: Double, _ y: Double) -> RGB {
            let i = (Int(y) * raster.width + Int(x)) * 3
            return RGB(bytes[i], bytes[i + 1], bytes[i + 2])
        }
        let doc = try parse(figure.svg)
        func values(_ attribute: String) throws -> [String] {
            try doc.nodes(forXPath: "//*[local-name()='circle']/@\(attribute)").compactMap(\.stringValue)
        }
        let (xs, ys, fills) = (try values("cx").compactMap { Double($0) }, try values("cy").compactMap { Double($0) }, try values("fill"))
        XCTAssertEqual(xs.count, 2)
        XCTAssertEqual(fills.count, 2)
        for ((cx, cy), fillText) in zip(zip(xs, ys), fills) {
            // Each point lies on a corner of the clipped plot area; the quarter inside it has the point's colour.
            let fill = RGB(hex: fillText)
            let inside = pixel(cx + (cx < 100 ? 2.5 : -2.5), cy + (cy < 75 ? 2.5 : -2.5))
            XCTAssertEqual(inside, fill, "point at (\(cx), \(cy))")
            XCTAssertEqual(pixel(cx + (cx < 100 ? -3 : 3), cy + (cy < 75 ? -3 : 3)), RGB(255, 255, 255), "clipped outside the axes")
        }
        XCTAssertLessThan(Int(pixel(100, 150 - 46).r), 200, "the frame's bottom edge is drawn")
        XCTAssertEqual(pixel(2, 2), RGB(255, 255, 255))
        if Glyphs.isAvailable {
            let titleRow = (10..<24).flatMap { y in (60..<140).map { x in pixel(Double(x), Double(y)).r } }
            XCTAssertLessThan(titleRow.min() ?? 255, 80, "the title's glyphs are drawn")
        }
    }

    /// Notebook 2's grid of misclassified pictures: ten captions "is sandal, said sneaker" over 72-pixel
    /// pictures. No caption line overlaps another caption's or any picture, and each stays within its column.
    func testImageGridCaptionsDoNotOverlap() throws {
        let images = Tensor(shape: [784, 10], scalars: (0..<7840).map { Double($0 % 255) / 255 })
        let labels = (0..<10).map { i in i % 2 == 0 ? "is sandal, said sneaker" : "is sneaker, said sandal" }
        let figure = imageGrid(images, labels: labels, columns: 10, cellSize: 72)
        let layout = try XCTUnwrap(figure.imageGridLayout)
        let lines = layout.captions.flatMap { $0 }
        XCTAssertEqual(layout.captions.map(\.count), Array(repeating: 2, count: 10), "each caption in two lines")
        XCTAssertEqual(layout.captions[0].map(\.text), ["is sandal,", "said sneaker"])
        for (i, a) in lines.enumerated() {
            for b in lines[(i + 1)...] { XCTAssertFalse(a.box.overlaps(b.box), "\(a) overlaps \(b)") }
            for image in layout.images { XCTAssertFalse(a.box.overlaps(image), "\(a) overlaps a picture at \(image)") }
            XCTAssertGreaterThanOrEqual(a.box.x, 0)
            XCTAssertLessThanOrEqual(a.box.maxX, layout.width)
        }
        for (column, caption) in layout.captions.enumerated() {
            let image = layout.images[column]
            for line in caption {
                XCTAssertGreaterThanOrEqual(line.box.x, image.x - ImageGridLayout.gap / 2 + 1, "caption \(column) stays in its column")
                XCTAssertLessThanOrEqual(line.box.maxX, image.maxX + ImageGridLayout.gap / 2 - 1)
            }
        }
        // The SVG has the same lines at the same places.
        let texts = try parse(figure.svg).nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
        XCTAssertEqual(texts, lines.map(\.text))
        // A caption too long for three lines ends with "…"; a word too wide is cut to fit.
        let long = ImageGridLayout(captions: ["one two three four five six seven eight nine ten eleven twelve", "Supercalifragilistic"],
                                   columns: 2, cell: 40, titled: false)
        XCTAssertEqual(long.captions[0].count, ImageGridLayout.maxLines)
        XCTAssertTrue(long.captions[0].last?.text.hasSuffix("…") ?? false, "\(long.captions[0])")
        XCTAssertTrue(long.captions[1][0].text.hasSuffix("…"))
        for line in long.captions.flatMap({ $0 }) { XCTAssertLessThanOrEqual(line.box.width, 40 + ImageGridLayout.gap - ImageGridLayout.captionMargin) }
    }

    func testTextWidthsAreDejaVuSans() {
        // DejaVu Sans: "0" is 1303/2048 em, "i" 569/2048, "W" 2025/2048.
        XCTAssertEqual(TextMetrics.width("0i W", size: 2048), 1303 + 569 + 651 + 2025)
        XCTAssertEqual(TextMetrics.wrap("a b", size: 10, maxWidth: 100), ["a b"])
        XCTAssertEqual(TextMetrics.wrap("first\nsecond", size: 10, maxWidth: 100), ["first", "second"])
    }

    func testPNGFiltersRoundTrip() {
        // Each filter's bytes, undone the way a PNG decoder does, give the row back.
        let above: [UInt8] = [10, 200, 30, 40, 250, 60], line: [UInt8] = [12, 190, 33, 41, 255, 0]
        let out = PNGEncoder.filtered(line, above: above, bytesPerPixel: 3)
        var decoded = [UInt8](repeating: 0, count: line.count)
        for i in line.indices {
            let a = i >= 3 ? Int(decoded[i - 3]) : 0, b = Int(above[i]), c = i >= 3 ? Int(above[i - 3]) : 0
            let predictor: Int
            switch out[0] {
            case 1: predictor = a
            case 2: predictor = b
            case 3: predictor = (a + b) / 2
            case 4:
                let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
            default: predictor = 0
            }
            decoded[i] = UInt8(truncatingIfNeeded: Int(out[i + 1]) + predictor)
        }
        XCTAssertEqual(decoded, line)
    }
}

/// Writes example SVGs and PNGs for a human to look at: `PLOTS_GALLERY=/tmp/gallery swift test --filter PlotsGallery`.
final class PlotsGalleryTests: XCTestCase {
    func testWriteGallery() throws {
        guard let directory = ProcessInfo.processInfo.environment["PLOTS_GALLERY"] else {
            throw XCTSkip("set PLOTS_GALLERY=/some/dir to write example plots")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func save(_ figure: Figure, _ name: String) throws {
            try figure.svg.write(toFile: "\(directory)/\(name).svg", atomically: true, encoding: .utf8)
            try Data(figure.png).write(to: URL(fileURLWithPath: "\(directory)/\(name).png"))
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
