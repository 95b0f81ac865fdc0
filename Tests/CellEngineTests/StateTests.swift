import CellEngine
import XCTest

final class StateTests: XCTestCase {
    var engine: CellEngine!

    override func setUpWithError() throws { engine = try EngineHarness.makeEngine() }
    override func tearDown() { engine?.shutdown() }

    func testVariablesFunctionsAndTypesCarryOver() {
        XCTAssertTrue(engine.run("var total = 40\nfunc add(_ a: Int, _ b: Int) -> Int { a + b }\nstruct Point { var x: Int }", 1).0.succeeded)
        let (outcome, output) = engine.run("total = add(total, 2)\nprint(total, Point(x: 3).x)", 2)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "42 3\n")
    }

    func testRedefinitionWithAnotherType() {
        engine.run("let x = 3", 1)
        engine.run("let x = \"three\"", 2)
        let (outcome, output) = engine.run("print(x.count)", 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "5\n")
    }

    func testACellRunAgainReplacesWhatItDeclared() {
        engine.run("func f() -> Int { 1 }\nstruct S { var a = 1 }", 1, cellID: "cell-a")
        engine.run("func f() -> String { \"two\" }\nstruct S { var b = \"b\" }", 2, cellID: "cell-a")
        let (outcome, output) = engine.run("print(f(), S().b)", 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "two b\n")
    }

    func testFunctionsThatDifferInTheirReturnTypeAreOverloadsAcrossCells() {
        engine.run("func parse(_ text: String) -> Int { Int(text) ?? 0 }", 1, cellID: "a")
        engine.run("func parse(_ text: String) -> [String] { text.split(separator: \",\").map(String.init) }", 2, cellID: "b")
        let (outcome, output) = engine.run("let n: Int = parse(\"12\")\nlet parts: [String] = parse(\"x,y\")\nprint(n + 1, parts)", 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "13 [\"x\", \"y\"]\n")
    }

    func testANewOverloadInACellThatAlsoCallsTheOlderOnes() {
        engine.run("func area(_ side: Double) -> Double { side * side }", 1)
        let (outcome, output) = engine.run("func area(radius: Double) -> Double { 3 * radius * radius }\nprint(area(radius: 1), area(4))", 2)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "3.0 16.0\n")
    }

    func testRerunningACellWorks() {
        for number in 1...3 {
            let (outcome, _) = engine.run("var counter = \(number)\nlet label = \"run \\(counter)\"", number)
            XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        }
        XCTAssertEqual(engine.run("label", 4).0.resultText, "\"run 3\"")
    }

    func testImportsCarryOver() {
        engine.run("import Foundation", 1)
        let (outcome, output) = engine.run("print(String(format: \"%.2f\", 3.14159))", 2)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "3.14\n")
    }

    func testClosuresAndClassInstancesAreKept() {
        engine.run("final class Counter { var n = 0; func bump() { n += 1 } }\nlet c = Counter()\nvar makeNext: () -> Int = { c.bump(); return c.n }", 1)
        engine.run("_ = makeNext()", 2)
        let (outcome, output) = engine.run("print(makeNext(), c.n)", 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "2 2\n")
    }

    func testGenericsProtocolsAndExtensionsAcrossCells() {
        engine.run("protocol Shape { var area: Double { get } }\nfunc largest<T: Shape>(_ shapes: [T]) -> Double { shapes.map(\\.area).max() ?? 0 }", 1)
        engine.run("struct Square: Shape { var side: Double; var area: Double { side * side } }", 2)
        engine.run("extension Int { var squared: Int { self * self } }", 3)
        let (outcome, output) = engine.run("print(largest([Square(side: 2), Square(side: 3)]), 7.squared)", 4)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "9.0 49\n")
    }

    func testTopLevelAsyncCode() {
        let code = """
        func slowDouble(_ x: Int) async -> Int { try? await Task.sleep(nanoseconds: 1_000_000); return 2 * x }
        let doubled = await slowDouble(21)
        print(doubled)
        """
        let (outcome, output) = engine.run(code, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "42\n")
        let (again, more) = engine.run("print(await slowDouble(doubled))", 2)
        XCTAssertTrue(again.succeeded, "\(String(describing: again.failure))")
        XCTAssertEqual(more.stdout, "84\n")
    }

    func testLastExpressionIsTheResult() {
        XCTAssertEqual(engine.run("6 * 7", 1).0.resultText, "42")
        XCTAssertEqual(engine.run("\"hi\"", 2).0.resultText, "\"hi\"")
        XCTAssertNil(engine.run("print(1)", 3).0.resultText)
        XCTAssertNil(engine.run("var y = 1\ny = 2", 4).0.resultText)
        XCTAssertNil(engine.run("let z = 5", 5).0.resultText)
    }

    func testRestartForgetsEverything() {
        engine.run("let kept = 1", 1)
        engine.restart()
        let failure = engine.run("print(kept)", 2).0.failure
        XCTAssertEqual(failure?.kind, .compileError)
        XCTAssertTrue(failure?.message.contains("cannot find 'kept' in scope") ?? false, "\(String(describing: failure))")
    }
}

/// Conformances whose members Swift writes only in the declaring file, added by a later cell.
final class LaterConformanceTests: XCTestCase {
    func testEquatableAndHashableOfAStructAndOfAnEnumWithValues() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertTrue(engine.run("struct Point { var x = 1; var y = 2 }", 1).0.succeeded)
        XCTAssertTrue(engine.run("enum Shape { case circle(Double), rect(w: Double, h: Double), empty }", 2).0.succeeded)
        for (code, number) in [("extension Point: Hashable {}", 3), ("extension Shape: Hashable {}", 4)] {
            let result = engine.run(code, number).0
            XCTAssertTrue(result.succeeded, "\(code): \(String(describing: result.failure))")
        }
        let (result, output) = engine.run("""
            print(Point() == Point(), Point() == Point(x: 5, y: 2))
            print(Shape.circle(1) == .circle(1), Shape.circle(1) == .circle(2), Shape.rect(w: 1, h: 2) == .empty)
            print(Set([Shape.empty, .empty, .circle(3), .circle(3), .rect(w: 1, h: 1)]).count)
            """, 5)
        XCTAssertTrue(result.succeeded, "\(String(describing: result.failure))")
        XCTAssertEqual(output.stdout, "true false\ntrue false false\n3\n")
    }
}
