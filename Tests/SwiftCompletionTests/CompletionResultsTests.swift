import JupyterProtocol
import XCTest
@testable import SwiftCompletion

/// How SourceKit's results become notebook matches.
final class CompletionResultsTests: XCTestCase {
    private func result(_ kind: String, _ description: String, _ type: String, _ text: String, erase: Int = 0) -> JSONValue {
        ["key.kind": .string("source.lang.swift.\(kind)"), "key.description": .string(description),
         "key.typename": .string(type), "key.sourcetext": .string(text), "key.num_bytes_to_erase": .int(erase)]
    }

    func testCallsStopAtTheFirstPlaceholderAndDuplicatesGo() {
        let (matches, erase) = CompletionResults.matches(from: [
            result("decl.function.method.instance", "argmax()", "Int", "argmax()"),
            result("decl.function.method.instance", "argmax(axis: Int)", "Tensor", "argmax(axis: <#T##Int#>)"),
            result("decl.function.method.instance", "reshape(shape: Int...)", "Tensor", "reshape(<#T##Int...#>)"),
            result("decl.function.method.instance", "reshape(newShape: [Int])", "Tensor", "reshape(<#T##[Int]#>)"),
            result("decl.var.instance", "shape", "[Int]", "shape"),
        ])
        XCTAssertEqual(erase, 0)
        XCTAssertEqual(matches.map(\.text), ["argmax()", "argmax(axis: ", "reshape(", "shape"])
        XCTAssertEqual(matches[2].signature, "reshape(shape: Int...) -> Tensor", "the best-ranked overload is kept")
        XCTAssertEqual(matches[3], CompletionMatch(text: "shape", kind: "property", signature: "shape: [Int]"))
    }

    func testKindsInWords() {
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.decl.function.free"), "function")
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.decl.var.global"), "variable")
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.decl.struct"), "struct")
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.keyword"), "keyword")
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.pattern"), "argument labels")
        XCTAssertEqual(CompletionResults.kindName("source.lang.swift.ref.function.method.static"), "method")
    }

    func testResultsErasingLessCommonAmountsAreDropped() {
        let (matches, erase) = CompletionResults.matches(from: [
            result("decl.var.instance", "count", "Int", "?.count", erase: 1),
            result("decl.var.instance", "first", "Int?", "?.first", erase: 1),
            result("keyword", "self", "", "self"),
        ])
        XCTAssertEqual(erase, 1)
        XCTAssertEqual(matches.map(\.text), ["?.count", "?.first"])
    }

    func testHelpFromCursorInfo() {
        let info: JSONValue = [
            "key.annotated_decl": "<Declaration>func sigmoid(_ x: <Type>Tensor</Type>) -&gt; Tensor</Declaration>",
            "key.doc_comment": "Squashes into (0, 1).", "key.modulename": "NeuralNet",
            "key.filepath": "/src/Activations.swift", "key.line": 20,
        ]
        let help = SymbolInfo.help(from: info, ownModule: "CellCompletion", ownFile: "/tmp/main.swift")
        XCTAssertEqual(help?.declaration, "func sigmoid(_ x: Tensor) -> Tensor")
        XCTAssertEqual(help?.markdown(detailed: false),
                       "```swift\nfunc sigmoid(_ x: Tensor) -> Tensor\n```\n\n*Declared in module NeuralNet*\n\nSquashes into (0, 1).")
        XCTAssertEqual(help?.plainText(detailed: true),
                       "func sigmoid(_ x: Tensor) -> Tensor\n\nDeclared in module NeuralNet (/src/Activations.swift:20)\n\nSquashes into (0, 1).")
        let cell = SymbolInfo.help(from: ["key.annotated_decl": "<Declaration>func f()</Declaration>", "key.modulename": "Cell3"],
                                   ownModule: "CellCompletion", ownFile: "/tmp/main.swift")
        XCTAssertEqual(cell?.plainText(detailed: false), "func f()\n\nDeclared in an earlier cell")
    }
}
