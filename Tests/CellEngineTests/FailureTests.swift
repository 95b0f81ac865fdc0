@testable import CellEngine
import Foundation
import XCTest

final class FailureTests: XCTestCase {
    var engine: CellEngine!

    override func setUpWithError() throws { engine = try EngineHarness.makeEngine() }
    override func tearDown() { engine?.shutdown() }

    func testCompileErrorPointsAtTheCellLine() {
        engine.run("let before = 1", 1)
        let failure = engine.run("let a = 1\nprint(missingName)", 2).0.failure
        XCTAssertEqual(failure?.kind, .compileError)
        XCTAssertEqual(failure?.message, "cannot find 'missingName' in scope")
        let traceback = failure?.traceback.joined(separator: "\n") ?? ""
        XCTAssertTrue(traceback.contains("Cell In[2], line 2, column 7"), traceback)
        XCTAssertTrue(traceback.contains("print(missingName)"), traceback)
        XCTAssertFalse(traceback.contains("main.swift"), traceback)
        // The failed cell changed nothing.
        XCTAssertEqual(engine.run("before + 1", 3).0.resultText, "2")
    }

    /// A Swift runtime trap after the cell's last variable: reported with the runtime's message, and what
    /// the cell did before it is kept, as a script's effects up to a failing line would be.
    func testTrapsKeepWhatTheCellDidBeforeThem() {
        engine.run("var survivor = [1, 2, 3]", 1)
        let traps: [(code: String, expected: String)] = [
            ("let i = 5\nprint(survivor[i])", "Index out of range"),
            ("let o: Int? = nil\nprint(o!)", "nil"),
            ("fatalError(\"boom\")", "boom"),
            ("precondition(survivor.isEmpty, \"needs an empty array\")", "needs an empty array"),
            ("var big = Int.max\nbig += survivor[0]", "overflow"),
        ]
        var expected = [1, 2, 3]
        for (index, trap) in traps.enumerated() {
            let (outcome, _) = engine.run("survivor.append(\(index))\n" + trap.code, 10 + index)
            expected.append(index)
            let failure = outcome.failure
            XCTAssertEqual(failure?.kind, .crash, "\(trap.code): \(String(describing: failure))")
            XCTAssertTrue(failure?.message.contains(trap.expected) ?? false, "\(trap.code): \(String(describing: failure))")
            XCTAssertTrue(failure?.traceback.joined().contains("is kept") ?? false, "\(trap.code): \(String(describing: failure))")
            let (after, output) = engine.run("print(survivor)", 30 + index)
            XCTAssertTrue(after.succeeded, "after \(trap.code): \(String(describing: after.failure))")
            XCTAssertEqual(output.stdout, "\(expected)\n", "after \(trap.code)")
        }
    }

    /// A trap in a variable's initialiser, a stack overflow, a segfault: the state from before the cell.
    func testOtherCrashesRollBack() {
        engine.run("var survivor = [1, 2, 3]", 1)
        let crashes: [(code: String, expected: String)] = [
            ("let item = survivor[7]", "Index out of range"),
            ("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n + 1) }\nprint(down(1))", ""),
            ("import Glibc\nlet p = UnsafeMutablePointer<Int>(bitPattern: 8)!\np.pointee = 1", ""),
        ]
        for (index, crash) in crashes.enumerated() {
            let (outcome, _) = engine.run("survivor.append(\(index))\n" + crash.code, 10 + index)
            let failure = outcome.failure
            XCTAssertEqual(failure?.kind, .crash, "\(crash.code): \(String(describing: failure))")
            if !crash.expected.isEmpty {
                XCTAssertTrue(failure?.message.contains(crash.expected) ?? false, "\(crash.code): \(String(describing: failure))")
            }
            XCTAssertTrue(failure?.traceback.joined().contains("as they were before this cell") ?? false, "\(crash.code)")
            let (after, output) = engine.run("print(survivor)", 30 + index)
            XCTAssertTrue(after.succeeded, "after \(crash.code): \(String(describing: after.failure))")
            XCTAssertEqual(output.stdout, "[1, 2, 3]\n", "after \(crash.code)")
        }
    }

    func testCrashBacktraceNamesTheCell() {
        engine.run("func explode(_ values: [Int]) -> Int { values[10] }", 1)
        let failure = engine.run("let n = 3\nprint(explode([n]))", 2).0.failure
        let traceback = failure?.traceback.joined(separator: "\n") ?? ""
        XCTAssertTrue(traceback.contains("Cell In[1], line 1"), traceback)
        XCTAssertTrue(traceback.contains("Cell In[2], line 2"), traceback)
    }

    func testInterruptStopsATightLoopAndKeepsState() throws {
        engine.run("var kept = 7", 1)
        let engine = self.engine!
        DispatchQueue.global().asyncAfter(deadline: .now() + 1.5) { engine.interrupt() }
        let started = Date()
        let failure = engine.run("var spin = 0\nwhile true { spin &+= 1 }", 2).0.failure
        XCTAssertEqual(failure?.kind, .interrupted)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        let (after, output) = engine.run("print(kept)", 3)
        XCTAssertTrue(after.succeeded, "\(String(describing: after.failure))")
        XCTAssertEqual(output.stdout, "7\n")
    }

    func testUnknownMagicSaysWhatExists() {
        let failure = engine.run("%timeit\n1", 1).0.failure
        XCTAssertEqual(failure?.kind, .magic)
        XCTAssertTrue(failure?.message.contains("%time") ?? false)
    }
}

final class RecoveryTests: XCTestCase {
    func testAsyncCodeWorksAfterACrash() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        engine.run("func twice(_ x: Int) async -> Int { 2 * x }\nprint(await twice(1))", 1)
        XCTAssertEqual(engine.run("fatalError(\"down\")", 2).0.failure?.kind, .crash)
        let engineRef = engine
        DispatchQueue.global().asyncAfter(deadline: .now() + 20) { engineRef.interrupt() }
        let (outcome, output) = engine.run("print(await twice(21))", 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "42\n")
    }
}

/// Compile errors that say what the learner can do about them.
final class CompileMessageTests: XCTestCase {
    func testANameFromACellThatDidNotCompileSaysSo() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertEqual(engine.run("func squash(_ x: Double) -> Double { x * 2 + \"text\" }", 1).0.failure?.kind, .compileError)
        let failure = engine.run("print(squash(0))", 2).0.failure
        XCTAssertEqual(failure?.kind, .compileError)
        XCTAssertTrue(failure?.message.contains("declared in In[1], which did not compile") ?? false, "\(String(describing: failure))")
        // Once the cell compiles, the name is found.
        XCTAssertTrue(engine.run("func squash(_ x: Double) -> Double { x * 2 }", 3).0.succeeded)
        XCTAssertEqual(engine.run("squash(0.25)", 4).0.resultText, "0.5")
    }

    /// What a check needs to tell "did not compile" from "not written yet": the names a cell that did not
    /// compile (or waits for an undeclared name) declares, with its number, until a cell declaring them runs.
    func testCellsSeeWhatDidNotCompile() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        let ask = "print(_cellThatDidNotCompile(declaring: \"squash\") as Any, _cellThatDidNotCompile(declaring: \"later\") as Any)"
        XCTAssertTrue(engine.run("func squash(_ x: Double) -> Double { x }", 1).0.succeeded)
        XCTAssertEqual(engine.run(ask, 2).1.stdout, "nil nil\n")
        XCTAssertEqual(engine.run("func squash(_ x: Double) -> Double { x + \"text\" }", 3).0.failure?.kind, .compileError)
        XCTAssertTrue(engine.run("func later() -> Int { notDeclaredYet() }", 4).0.succeeded, "it waits")
        XCTAssertEqual(engine.run(ask, 5).1.stdout, "Optional(3) Optional(4)\n")
        XCTAssertTrue(engine.run("func squash(_ x: Double) -> Double { 2 * x }", 6).0.succeeded)
        XCTAssertEqual(engine.run(ask, 7).1.stdout, "nil Optional(4)\n")
    }

    func testCandidatesInEarlierCellsAreNamedByTheirCells() {
        let output = """
        Cell In[9]:1:16: error: ambiguous use of 'propagate'
        Cell4.propagate:1:6: note: found this candidate in module 'Cell4'
        Cell17.propagate:1:6: note: found this candidate in module 'Cell17'
        """
        let failure = CompileErrorReport(compilerOutput: output).failure(source: "checkPropagate(propagate)",
                                                                         moduleCells: ["Cell4": 3, "Cell17": 8, "Cell1": 1])
        let text = failure.traceback.joined(separator: "\n")
        XCTAssertTrue(text.contains("note: found this candidate in In[3]") && text.contains("note: found this candidate in In[8]"), text)
        XCTAssertFalse(text.contains("Cell4") || text.contains("Cell17") || text.contains("line 1, column 6"), text)
    }

    func testEachDiagnosticOnceAndNoPlacesOutsideTheCells() {
        let output = """
        Cell In[2]:1:7: error: ambiguous use of 'f'
        NeuralNet.f:1:13: note: found this candidate in module 'NeuralNet'
        NeuralNet.f:1:13: note: found this candidate in module 'NeuralNet'
        """
        let failure = CompileErrorReport(compilerOutput: output).failure(source: "print(f(1))")
        let text = failure.traceback.joined(separator: "\n")
        XCTAssertEqual(text.components(separatedBy: "found this candidate").count, 2, text)
        XCTAssertFalse(text.contains("line 1, column 13"), text)
        XCTAssertTrue(text.contains("Cell In[2], line 1, column 7"), text)
    }
}

/// Declarations that use what a later cell declares, as a script may.
final class WaitingCellTests: XCTestCase {
    func testMutuallyRecursiveFunctionsInTwoCells() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        let (first, output) = engine.run("func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }", 1)
        XCTAssertTrue(first.succeeded, "\(String(describing: first.failure))")
        XCTAssertTrue(output.stderr.contains("`isOdd` is not declared yet"), output.stderr)
        let hint = engine.run("print(isEven(4))", 2).0.failure
        XCTAssertTrue(hint?.message.contains("waits for `isOdd`") ?? false, "\(String(describing: hint))")
        XCTAssertTrue(engine.run("func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }", 3).0.succeeded)
        let (after, printed) = engine.run("print(isEven(10), isOdd(7))", 4)
        XCTAssertTrue(after.succeeded, "\(String(describing: after.failure))")
        XCTAssertEqual(printed.stdout, "true true\n")
    }

    func testStatementsDoNotWait() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertEqual(engine.run("print(laterFunction())", 1).0.failure?.kind, .compileError)
        XCTAssertEqual(engine.run("let value = laterFunction()", 2).0.failure?.kind, .compileError)
    }

    /// A function waiting for a type that itself waits for another: both come free with the last one.
    func testChainsOfWaitingCellsComeFreeTogether() {
        func entry(_ code: String, _ number: Int, missing: Set<String>) -> WaitingCells.Entry {
            WaitingCells.Entry(code: code, cellNumber: number, cellID: nil, missing: missing, analysis: CellAnalysis(source: code))
        }
        var waiting = WaitingCells()
        waiting.hold(entry("func describe(_ t: Tree) -> String { \"\\(t.root)\" }", 1, missing: ["Tree"]))
        waiting.hold(entry("class Tree { var root: Node? = nil }", 2, missing: ["Node"]))
        XCTAssertEqual(waiting.released(by: ["Node"], isDeclared: { _ in false }).map(\.cellNumber), [1, 2])
        XCTAssertTrue(waiting.released(by: ["Other"], isDeclared: { _ in false }).isEmpty)
        // A type whose method calls a member a later extension adds, and that extension, which needs the type.
        var cycle = WaitingCells()
        cycle.hold(entry("struct Counter { mutating func up() { record() } }", 3, missing: ["record"]))
        let candidate = entry("extension Counter { mutating func record() {} }", 4, missing: ["Counter"])
        XCTAssertEqual(cycle.released(by: [], candidate: candidate, isDeclared: { _ in false }).map(\.cellNumber), [3])
    }

    func testATypeAndTheExtensionItsMethodsNeedCompileTogether() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertTrue(engine.run("struct Counter {\n    var count = 0\n    mutating func up() { record(\"up\") }\n}", 1).0.succeeded)
        XCTAssertTrue(engine.run("extension Counter {\n    private mutating func record(_ event: String) { count += 1 }\n}", 2).0.succeeded)
        let (result, output) = engine.run("var c = Counter()\nc.up()\nprint(c.count)", 3)
        XCTAssertTrue(result.succeeded, "\(String(describing: result.failure))")
        XCTAssertEqual(output.stdout, "1\n")
    }

    func testAConstantDeclaredInOneCellIsInitialisedInTheNext() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertTrue(engine.run("let label: String", 1).0.succeeded)
        XCTAssertTrue(engine.run("if 3 > 2 { label = \"more\" } else { label = \"less\" }", 2).0.succeeded)
        XCTAssertEqual(engine.run("print(label)", 3).1.stdout, "more\n")
    }
}
