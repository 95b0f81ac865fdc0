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

    // MARK: Ranking (issue 14, point 7)

    private func named(_ name: String, module: String?, usr: String, kind: String = "decl.function.free") -> JSONValue {
        var value: JSONValue = ["key.kind": .string("source.lang.swift.\(kind)"), "key.name": .string(name),
                                "key.description": .string(name), "key.typename": .string(""),
                                "key.sourcetext": .string(name.contains("(:") ? name.prefix { $0 != "(" } + "(<#T##x#>)" : name),
                                "key.num_bytes_to_erase": .int(0),
                                "key.associated_usrs": .string(usr)]
        if let module { value["key.modulename"] = .string(module) }
        return value
    }

    /// What SourceKit answers for `sig` in a notebook that imported Foundation, in SourceKit's order.
    private var sigResults: [JSONValue] {
        [named("sighandler_t", module: "Glibc", usr: "s:5Glibc12sighandler_ta", kind: "decl.typealias"),
         named("sigaction(:::)", module: "_FoundationCShims", usr: "c:@F@sigaction"),
         named("SIGINT", module: "SwiftGlibc", usr: "", kind: "decl.var.global"),
         named("SignedInteger", module: "Swift", usr: "s:SZ", kind: "decl.protocol"),
         named("checkSigmoid(:)", module: "Grading", usr: "s:7Grading12checkSigmoid"),
         named("sigmoid(:)", module: "NeuralNet", usr: "s:9NeuralNet7sigmoid"),
         named("signalStrength()", module: "Cell3", usr: "s:5Cell314signalStrength"),
         named("LogisticGradients", module: "NeuralNet", usr: "s:9NeuralNet17LogisticGradientsV", kind: "decl.struct")]
    }

    func testTheNotebooksAndTheLibrarysNamesComeFirstAndCLibraryNamesAreLeftOut() {
        let libraries: Set<String> = ["NeuralNet", "Grading"]
        let matches = CompletionResults.matches(from: sigResults, prefix: "sig", libraryModules: libraries).matches.map(\.text)
        XCTAssertEqual(matches, ["signalStrength()", "sigmoid(", "checkSigmoid(", "SignedInteger", "LogisticGradients"],
                       "the notebook's, the library's, then Swift's; SourceKit's fuzzy match last; no C names")
    }

    func testCLibraryNamesWhenNothingElseMatchesOrThePrefixIsLong() {
        let libraries: Set<String> = ["NeuralNet", "Grading"]
        let long = CompletionResults.matches(from: sigResults + [named("sigaltstack(::)", module: "_FoundationCShims", usr: "c:@F@sigaltstack")],
                                             prefix: "sigalt", libraryModules: libraries).matches.map(\.text)
        XCTAssertTrue(long.contains("sigaltstack("), "\(long)")
        let exactCase = CompletionResults.matches(from: sigResults, prefix: "SIG", libraryModules: libraries).matches.map(\.text)
        XCTAssertEqual(exactCase.first, "SIGINT", "only C names start with SIG as typed: \(exactCase)")
        XCTAssertEqual(CompletionResults.origin(of: named("fflush(:)", module: "SwiftGlibc", usr: "c:@F@fflush"), libraryModules: []), .cLibrary)
        XCTAssertEqual(CompletionResults.origin(of: named("consume", module: nil, usr: "", kind: "keyword"), libraryModules: []), .swift)
        XCTAssertEqual(CompletionResults.origin(of: named("x", module: nil, usr: "", kind: "decl.var.local"), libraryModules: []), .notebook)
    }

    // MARK: Help on overloaded functions (issue 14, point 3)

    func testDocCommentXMLBecomesMarkdown() {
        let xml = "<Function><Name>dot(_:_:)</Name><CommentParts><Abstract><Para>The dot product, like <codeVoice>np.dot(a, b)</codeVoice>:"
            + "</Para></Abstract><Discussion><List-Bullet><Item><Para>2-D · 2-D: <codeVoice>(n, k) · (k, m)</codeVoice>,</Para></Item>"
            + "<Item><Para>1-D · 1-D: the <emphasis>inner</emphasis> product.</Para></Item></List-Bullet>"
            + "<CodeListing language=\"swift\"><zCodeLineNumbered><![CDATA[dot(a, b)   // a < b]]></zCodeLineNumbered>"
            + "<zCodeLineNumbered></zCodeLineNumbered></CodeListing></Discussion><Parameters><Parameter><Name>a</Name>"
            + "<Direction isExplicit=\"0\">in</Direction><Discussion><Para>the left &amp; first</Para></Discussion></Parameter>"
            + "</Parameters><ResultDiscussion><Para>a tensor</Para></ResultDiscussion></CommentParts></Function>"
        XCTAssertEqual(DocumentationXML.markdown(xml), """
            The dot product, like `np.dot(a, b)`:

            - 2-D · 2-D: `(n, k) · (k, m)`,
            - 1-D · 1-D: the *inner* product.

            ```swift
            dot(a, b)   // a < b
            ```

            - Parameters:
              - a: the left & first

            - Returns: a tensor
            """)
        XCTAssertNil(DocumentationXML.markdown("<Function><Name>f()</Name></Function>"))
    }

    func testDeclarationsFromCompletionsGetTheirLabels() {
        XCTAssertEqual(OverloadText.argumentLabels("sum(:axis:keepdims:)"), ["", "axis", "keepdims"])
        XCTAssertEqual(OverloadText.withLabels("sum(x: Tensor, axis: Int)", ["", "axis"]), "sum(_ x: Tensor, axis: Int)")
        XCTAssertEqual(OverloadText.withLabels("scale(x: Double, factor: Double)", ["", "by"]), "scale(_ x: Double, by factor: Double)")
        XCTAssertEqual(OverloadText.withLabels("f(d: [String: (Int, Int)])", [""]), "f(_ d: [String: (Int, Int)])")
        XCTAssertEqual(OverloadText.declaration(fromAnnotated: "<decl><syntaxtype.attribute.builtin>@_disfavoredOverload</syntaxtype.attribute.builtin> "
                                                    + "<syntaxtype.keyword>func</syntaxtype.keyword> sum(_ x: NDArray&lt;Float&gt;) -&gt; Float</decl>"),
                       "func sum(_ x: NDArray<Float>) -> Float")
    }

    func testOverloadsWithTheSameDocumentationShareASection() {
        let float = SymbolHelp(declaration: "func sum(_ x: NDArray<Float>) -> Float", documentation: "The sum.", module: "NeuralNet", location: nil)
        let axis = SymbolHelp(declaration: "func sum(_ x: Tensor, axis: Int) -> Tensor", documentation: "Sums along `axis`.", module: "NeuralNet", location: nil)
        let help = SymbolHelp(declaration: "func sum(_ x: Tensor) -> Double", documentation: "The sum.", module: "NeuralNet", location: nil,
                              overloads: [axis, float])
        XCTAssertEqual(help.sections.map { $0.map(\.declaration) },
                       [["func sum(_ x: Tensor) -> Double", "func sum(_ x: NDArray<Float>) -> Float"], ["func sum(_ x: Tensor, axis: Int) -> Tensor"]])
        let markdown = help.markdown(detailed: false)
        XCTAssertTrue(markdown.hasPrefix("```swift\nfunc sum(_ x: Tensor) -> Double\nfunc sum(_ x: NDArray<Float>) -> Float\n```"), markdown)
        XCTAssertEqual(markdown.components(separatedBy: "The sum.").count, 2, "each documentation once")
        XCTAssertTrue(markdown.contains("Sums along `axis`."))
    }
}
