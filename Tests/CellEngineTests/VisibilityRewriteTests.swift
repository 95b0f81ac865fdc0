@testable import CellEngine
import XCTest

/// How a cell's text is rewritten so that later cells see its declarations as the rest of one file would.
final class VisibilityRewriteTests: XCTestCase {
    private func rewritten(_ source: String) -> String { CellAnalysis(source: source).rewrittenSource }

    func testTopLevelDeclarationsAndMembersBecomePublic() {
        let text = rewritten("struct S {\n    var a = 1\n    private var b = 2\n    private(set) var c = 3\n    func f() {}\n}")
        XCTAssertEqual(text, "public struct S {\n    public var a = 1\n    public  var b = 2\n    public              var c = 3\n    public func f() {}\n}")
    }

    func testOverwritesKeepColumnsAndInsertionsAreMapped() {
        let analysis = CellAnalysis(source: "fileprivate let x = 1\nlet y = x")
        XCTAssertEqual(analysis.rewrittenSource.split(separator: "\n").first, "public      let x = 1")
        // `public ` was inserted before `let y`: column 9 of the rewritten line is column 2 of the learner's.
        XCTAssertEqual(analysis.originalColumn(line: 2, rewrittenColumn: 9), 2)
    }

    func testExplicitPublicAndOpenStayAndSettersWiden() {
        XCTAssertEqual(rewritten("open class C { public private(set) var n = 0 }"), "open class C { public              var n = 0 }")
    }

    func testAttributesComeFirst() {
        XCTAssertEqual(rewritten("@discardableResult\nfunc f() -> Int { 1 }"), "@discardableResult\npublic func f() -> Int { 1 }")
    }

    func testProtocolRequirementsEnumCasesAndLocalsAreLeftAlone() {
        XCTAssertEqual(rewritten("protocol P { func f() }"), "public protocol P { func f() }")
        XCTAssertEqual(rewritten("enum E { case a, b }"), "public enum E { case a, b }")
        XCTAssertEqual(rewritten("func outer() { struct Local { var v = 1 } }"), "public func outer() { struct Local { var v = 1 } }")
    }

    func testExtensionsWidenTheirMembersNotThemselves() {
        XCTAssertEqual(rewritten("private extension Int { var twice: Int { self * 2 } }"),
                       "public  extension Int { public var twice: Int { self * 2 } }")
    }

    func testATopLevelGuardDeclaresWhatItBinds() {
        let analysis = CellAnalysis(source: "guard let n = Int(\"5\") else { fatalError() }\nprint(n)")
        XCTAssertEqual(analysis.rewrittenSource,
                       "public let n = { () in guard let n = Int(\"5\") else { fatalError() }; return n }()\n_cellSafePoint(); _recordCellResult(print(n))")
        XCTAssertEqual(analysis.declarations.map(\.name), ["n"])
        // A guard that returns from the script cannot move into a closure.
        XCTAssertTrue(CellAnalysis(source: "guard let n = Int(\"x\") else { exit(1) }").declarations.map(\.name) == ["n"])
        XCTAssertTrue(CellAnalysis(source: "guard let n = Int(\"x\") else { throw E.bad }").declarations.isEmpty)
    }

    func testStatementsAreNotDeclarations() {
        XCTAssertEqual(rewritten("do { let local = 1; print(local) }"), "_cellSafePoint(); do { let local = 1; print(local) }")
    }

    func testSafePointFollowsTheLastVariable() {
        XCTAssertEqual(rewritten("let a = 1\nprint(a)\nvar b = 2\nfunc f() {}\nprint(b)"),
                       "public let a = 1\nprint(a)\npublic var b = 2\npublic func f() {}\n_cellSafePoint(); _recordCellResult(print(b))")
        XCTAssertFalse(rewritten("print(1)\nlet last = 2").contains("_cellSafePoint"))
    }
}

/// Which earlier declarations a new cell sees: the newest of each, overloads together.
final class DeclarationTableTests: XCTestCase {
    private var table = DeclarationTable()
    private var serial = 0

    private func cell(_ source: String) {
        serial += 1
        table.record(module: "Cell\(serial)", analysis: CellAnalysis(source: source))
    }

    private func imports(_ names: Set<String>) -> [String] { table.importLines(mentioning: names) }

    func testOverloadsFromTwoCellsAreBothImported() {
        cell("func greet(person: String) -> String { person }")
        cell("func greet(person: String, again: Bool) -> String { person }")
        XCTAssertEqual(imports(["greet"]), ["@testable import func Cell1.greet", "@testable import func Cell2.greet"])
    }

    func testARedefinitionHidesTheOlderDeclaration() {
        cell("func f() -> Int { 1 }\nlet keep = 1")
        cell("func f() -> Int { 2 }")
        XCTAssertEqual(imports(["f", "keep"]), ["@testable import var Cell1.keep", "@testable import func Cell2.f"])
    }

    func testAVariableRedefinedWithAnotherTypeIsTheNewest() {
        cell("let x = 3")
        cell("let x = \"three\"")
        XCTAssertEqual(imports(["x"]), ["@testable import var Cell2.x"])
    }

    func testRerunningAnExtensionImportsOnlyTheNewestWhole() {
        cell("extension Int { var twice: Int { self * 2 } }")
        cell("extension Int { var twice: Int { self * 3 } }")
        XCTAssertEqual(imports([]), ["@testable import Cell2"])
    }

    func testNamingAClassImportsItsAncestors() {
        cell("class Vehicle {}")
        cell("class Bicycle: Vehicle {}")
        XCTAssertEqual(imports(["Bicycle"]), ["@testable import class Cell1.Vehicle", "@testable import class Cell2.Bicycle"])
    }

    func testSignaturesTellOverloadsFromRedefinitions() {
        let f = DeclaredName(name: "f", importKind: "func", signature: "(_:Int) -> Int")
        XCTAssertTrue(DeclaredName(name: "f", importKind: "func", signature: "(_:Int) -> Int").replaces(f))
        XCTAssertFalse(DeclaredName(name: "f", importKind: "func", signature: "(x:Int) -> Int").replaces(f))
        XCTAssertFalse(DeclaredName(name: "f", importKind: "func", signature: "(_:Int) -> String").replaces(f))
        XCTAssertTrue(DeclaredName(name: "f", importKind: "var").replaces(f))
        XCTAssertFalse(DeclaredName(name: "g", importKind: "var").replaces(f))
    }
}
