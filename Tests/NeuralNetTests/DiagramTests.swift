import CZlib
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import Plots

/// The network diagrams of the course notebooks (`Diagram`): the shapes and labels they promise are in
/// the SVG, the PNG decodes to the same picture, and no label overlaps another label or a node.
final class DiagramTests: XCTestCase {
    private func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        do { return try XMLDocument(xmlString: svg, options: []) } catch {
            XCTFail("SVG is not well-formed XML: \(error)", file: file, line: line)
            throw error
        }
    }

    private func texts(_ diagram: Diagram) throws -> [String] {
        try parse(diagram.svg).nodes(forXPath: "//*[local-name()='text']").compactMap(\.stringValue)
    }

    private func count(_ xpath: String, in diagram: Diagram) throws -> Int {
        try parse(diagram.svg).nodes(forXPath: xpath).count
    }

    /// No two labels overlap, no label overlaps a node it is not written in, nodes do not overlap each
    /// other, and everything lies inside the picture.
    private func assertNothingOverlaps(_ diagram: Diagram, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let layout = diagram.layout
        let picture = Box(x: 0, y: 0, width: diagram.scene.width, height: diagram.scene.height)
        for (i, a) in layout.labels.enumerated() {
            for b in layout.labels[(i + 1)...] {
                XCTAssertFalse(a.box.overlaps(b.box), "\(name): label \(a) overlaps \(b)", file: file, line: line)
            }
            for (n, node) in layout.nodes.enumerated() where layout.labelOwners[i] != n {
                XCTAssertFalse(a.box.overlaps(node), "\(name): label \(a) overlaps node \(node)", file: file, line: line)
            }
            if let owner = layout.labelOwners[i] {
                let node = layout.nodes[owner]
                XCTAssertTrue(a.box.x >= node.x && a.box.maxX <= node.maxX && a.box.y >= node.y && a.box.maxY <= node.maxY,
                              "\(name): label \(a) sticks out of its box \(node)", file: file, line: line)
            }
        }
        for (i, a) in layout.nodes.enumerated() {
            for b in layout.nodes[(i + 1)...] { XCTAssertFalse(a.overlaps(b), "\(name): nodes \(a) and \(b) overlap", file: file, line: line) }
        }
        for box in layout.labels.map(\.box) + layout.nodes {
            XCTAssertTrue(box.x >= 0 && box.y >= 0 && box.maxX <= picture.maxX && box.maxY <= picture.maxY,
                          "\(name): \(box) is outside the \(picture.width)×\(picture.height) picture", file: file, line: line)
        }
    }

    /// The PNG's RGB pixels, inflated from its IDAT chunks and unfiltered as a decoder does (failing if it does not decode).
    private func decodePNG(_ png: [UInt8]) throws -> (width: Int, height: Int, rgb: [UInt8]) {
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func be(_ i: Int) -> Int { png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        var offset = 8, compressed: [UInt8] = [], width = 0, height = 0
        while offset + 8 <= png.count {
            let length = be(offset), type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if type == "IHDR" { width = be(offset + 8); height = be(offset + 12) }
            if type == "IDAT" { compressed += png[(offset + 8)..<(offset + 8 + length)] }
            offset += 12 + length
        }
        let stride = width * 3
        var raw = [UInt8](repeating: 0, count: height * (1 + stride))
        var rawLength = uLongf(raw.count)
        let status = uncompress(&raw, &rawLength, compressed, uLong(compressed.count))
        XCTAssertEqual(status, Z_OK, "IDAT inflates")
        XCTAssertEqual(Int(rawLength), raw.count, "one filter byte and \(width) RGB pixels per row")
        var rgb = [UInt8](repeating: 0, count: height * stride)
        for y in 0..<height {
            let filter = raw[y * (1 + stride)]
            for i in 0..<stride {
                let a = i >= 3 ? Int(rgb[y * stride + i - 3]) : 0, b = y > 0 ? Int(rgb[(y - 1) * stride + i]) : 0
                let c = i >= 3 && y > 0 ? Int(rgb[(y - 1) * stride + i - 3]) : 0
                let predictor: Int
                switch filter {
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: predictor = 0
                }
                rgb[y * stride + i] = UInt8(truncatingIfNeeded: Int(raw[y * (1 + stride) + 1 + i]) + predictor)
            }
        }
        return (width, height, rgb)
    }

    func testNetworkDiagramHasAUnitPerNeuronAnEdgePerWeightAndItsActivations() throws {
        let diagram = Diagram.network(layers: [2, 4, 1], activations: ["", "tanh", "σ"], title: "One hidden layer")
        XCTAssertEqual(diagram.description, "<Diagram: One hidden layer>")
        XCTAssertEqual(try count("//*[local-name()='circle']", in: diagram), 2 + 4 + 1)
        XCTAssertEqual(try count("//*[@class='edge']", in: diagram), 2 * 4 + 4 * 1, "one line per weight")
        let labels = try texts(diagram)
        for expected in ["x₁", "x₂", "ŷ", "input layer", "hidden layer 1", "output layer", "n[1] = 4",
                         "activation: tanh", "activation: σ", "One hidden layer"] {
            XCTAssertTrue(labels.contains(expected), "\(expected) in \(labels)")
        }
        XCTAssertFalse(labels.contains("activation: "), "the input layer names no activation")
    }

    func testABigLayerShowsItsFirstAndLastUnitsAndItsSize() throws {
        let diagram = Diagram.network(layers: [12288, 20, 7, 5, 1])
        let labels = try texts(diagram)
        XCTAssertEqual(try count("//*[local-name()='circle']", in: diagram), 6 + 6 + 7 + 5 + 1)
        XCTAssertEqual(labels.filter { $0 == "⋯" }.count, 2, "the two layers above seven units skip some")
        XCTAssertTrue(labels.contains("x₁₂₂₈₈") && labels.contains("n[0] = 12288") && labels.contains("n[1] = 20"), "\(labels)")
    }

    func testNoLabelOverlapsInNetworksOfSeveralShapes() {
        for layers in [[1, 1], [2, 4, 1], [3, 5, 5, 1], [12288, 20, 7, 5, 1], [2, 1, 9, 1]] {
            let activations = [""] + Array(repeating: "ReLU", count: layers.count - 2) + ["sigmoid"]
            assertNothingOverlaps(Diagram.network(layers: layers, activations: activations, title: "L = \(layers.count - 1)"), "\(layers)")
        }
    }

    func testLogisticRegressionDiagram() throws {
        let diagram = Diagram.logisticRegression(inputs: 3)
        let labels = try texts(diagram)
        for expected in ["x₁", "x₂", "x₃", "w₁", "w₂", "w₃", "z = wᵀx + b", "a = σ(z)", "ŷ = a", "bias b"] {
            XCTAssertTrue(labels.contains(expected), "\(expected) in \(labels)")
        }
        XCTAssertTrue(labels.contains { $0.hasPrefix("L(a, y)") })
        XCTAssertEqual(try count("//*[local-name()='circle']", in: diagram), 3)
        assertNothingOverlaps(diagram, "logistic regression, 3 inputs")
        let wide = Diagram.logisticRegression(inputs: 12288)
        XCTAssertTrue(try texts(wide).contains("x₁₂₂₈₈"))
        XCTAssertEqual(try count("//*[local-name()='circle']", in: wide), 5, "x₁…x₄, ⋯, xₙ")
        for inputs in [1, 2, 6, 7, 12288] { assertNothingOverlaps(Diagram.logisticRegression(inputs: inputs), "\(inputs) inputs") }
    }

    func testDeepNetworkPassesHasAForwardAndABackwardBoxPerLayerAndTheirCaches() throws {
        for layers in [1, 2, 3, 5] {
            let diagram = Diagram.deepNetworkPasses(layers: layers)
            let labels = try texts(diagram)
            XCTAssertEqual(labels.filter { $0 == "LINEAR → RELU" }.count, layers - 1)
            XCTAssertEqual(labels.filter { $0 == "LINEAR → SIGMOID" }.count, 1)
            XCTAssertEqual(labels.filter { $0 == "LINEAR ← RELU" }.count, layers - 1)
            XCTAssertEqual(labels.filter { $0.hasPrefix("cache[") }.count, layers)
            XCTAssertEqual(diagram.layout.nodes.count, 2 * layers + 1, "forward and backward boxes and the cost")
            XCTAssertTrue(labels.contains("dW[\(layers)], db[\(layers)]") && labels.contains("A[\(layers)] = ŷ") && labels.contains("dA[\(layers)]"))
            assertNothingOverlaps(diagram, "\(layers) layers")
        }
    }

    /// J = 3(a + bc) with a = 5, b = 3, c = 2: inputs sit left of their first use and the numbers are written in the boxes.
    func testComputationGraphPlacesStepsByDependencyAndWritesValuesAndDerivatives() throws {
        let diagram = Diagram.computationGraph(
            [(output: "u", formula: "b·c", inputs: ["b", "c"]), (output: "v", formula: "a + u", inputs: ["a", "u"]),
             (output: "J", formula: "3v", inputs: ["v"])],
            values: ["a": 5, "b": 3, "c": 2, "u": 6, "v": 11, "J": 33],
            derivatives: ["J": 1, "v": 3, "a": 3, "u": 3, "b": 6, "c": 9])
        let labels = try texts(diagram)
        for expected in ["u = b·c", "v = a + u", "J = 3v", "a", "b", "c", "= 33", "= 11", "dJ/db = 6", "dJ/dc = 9", "dJ/dv = 3"] {
            XCTAssertTrue(labels.contains(expected), "\(expected) in \(labels)")
        }
        XCTAssertEqual(try count("//*[@class='arrow']", in: diagram), 5, "b→u, c→u, a→v, u→v, v→J")
        let layout = diagram.layout
        func box(_ label: String) -> Box { layout.nodes[layout.labelOwners[layout.labels.firstIndex { $0.text == label }!]!] }
        XCTAssertLessThan(box("b").maxX, box("u = b·c").x)
        XCTAssertGreaterThan(box("a").x, box("b").maxX, "a waits for its first use: in u's column, not b's")
        XCTAssertLessThan(box("a").maxX, box("v = a + u").x)
        XCTAssertLessThan(box("v = a + u").maxX, box("J = 3v").x)
        assertNothingOverlaps(diagram, "J = 3(a + bc)")
        XCTAssertEqual(diagramNumber(0.125), "0.125")
        XCTAssertEqual(diagramNumber(-2), "-2")
        XCTAssertEqual(diagramNumber(1.0 / 3), "0.3333")
    }

    /// The PNG decodes to the picture's size, nodes have their fill colour at their centre, the margin is
    /// white, and the labels' glyphs are drawn (when the font is there).
    func testThePNGDecodesAndDrawsTheSVGsShapes() throws {
        let diagram = Diagram.network(layers: [2, 3, 1], activations: ["", "ReLU", "σ"])
        let bundle = diagram.mimeBundle
        XCTAssertEqual(bundle.data["text/plain"], diagram.description)
        XCTAssertEqual(bundle.data["image/svg+xml"], diagram.svg)
        XCTAssertEqual(bundle.data["image/png"].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }, diagram.png)
        let png = try decodePNG(diagram.png)
        XCTAssertEqual(png.width, Int(diagram.scene.width))
        XCTAssertEqual(png.height, Int(diagram.scene.height))
        XCTAssertEqual(png.rgb, Rasterizer(diagram.scene).rgbBytes)
        let raster = Rasterizer(diagram.scene)
        let bytes = raster.rgbBytes
        func pixel(_ x: Double, _ y: Double) -> RGB {
            let i = (Int(y) * raster.width + Int(x)) * 3
            return RGB(bytes[i], bytes[i + 1], bytes[i + 2])
        }
        let input = diagram.layout.nodes[0]
        XCTAssertEqual(pixel(input.x + input.width / 2, input.y + input.height / 2), RGB(hex: "#e8f0fb"))
        XCTAssertEqual(pixel(1, 1), RGB(255, 255, 255))
        if Glyphs.isAvailable {
            let label = try XCTUnwrap(diagram.layout.labels.first { $0.text == "hidden layer 1" }?.box)
            let darkest = (Int(label.y)..<Int(label.maxY)).flatMap { y in (Int(label.x)..<Int(label.maxX)).map { x in pixel(Double(x), Double(y)).r } }.min()
            XCTAssertLessThan(darkest ?? 255, 100, "the caption's glyphs are drawn")
        }
        for name in ["logistic", "passes", "graph"] {
            let other = name == "logistic" ? Diagram.logisticRegression() : name == "passes" ? Diagram.deepNetworkPasses()
                : Diagram.computationGraph([(output: "z", formula: "x + y", inputs: ["x", "y"])])
            let decoded = try decodePNG(other.png)
            XCTAssertEqual(decoded.width, Int(other.scene.width), name)
            XCTAssertEqual(decoded.rgb, Rasterizer(other.scene).rgbBytes, "\(name): the PNG holds the drawn pixels")
            XCTAssertTrue(decoded.rgb.contains { $0 < 100 }, "\(name): something dark is drawn")
        }
    }
}

/// Writes the diagrams as SVG and PNG for a human to look at: `PLOTS_GALLERY=/tmp/gallery swift test --filter DiagramGallery`.
final class DiagramGalleryTests: XCTestCase {
    func testWriteGallery() throws {
        guard let directory = ProcessInfo.processInfo.environment["PLOTS_GALLERY"] else {
            throw XCTSkip("set PLOTS_GALLERY=/some/dir to write example diagrams")
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        func save(_ diagram: Diagram, _ name: String) throws {
            try diagram.svg.write(toFile: "\(directory)/\(name).svg", atomically: true, encoding: .utf8)
            try Data(diagram.png).write(to: URL(fileURLWithPath: "\(directory)/\(name).png"))
        }
        try save(Diagram.network(layers: [2, 4, 1], activations: ["", "tanh", "σ"], title: "One hidden layer"), "network-2-4-1")
        try save(Diagram.network(layers: [12288, 20, 7, 5, 1], activations: ["", "ReLU", "ReLU", "ReLU", "sigmoid"]), "network-deep")
        try save(Diagram.logisticRegression(), "logistic-regression")
        try save(Diagram.deepNetworkPasses(), "deep-passes")
        try save(Diagram.computationGraph(
            [(output: "u", formula: "b·c", inputs: ["b", "c"]), (output: "v", formula: "a + u", inputs: ["a", "u"]),
             (output: "J", formula: "3v", inputs: ["v"])],
            values: ["a": 5, "b": 3, "c": 2, "u": 6, "v": 11, "J": 33],
            derivatives: ["J": 1, "v": 3, "a": 3, "u": 3, "b": 6, "c": 9], title: "J = 3(a + bc)"), "computation-graph")
    }
}
