import CellEngine
import Foundation
import XCTest

final class OutputTests: XCTestCase {
    var engine: CellEngine!

    override func setUpWithError() throws { engine = try EngineHarness.makeEngine() }
    override func tearDown() { engine?.shutdown() }

    func testOutputStreamsLiveAndApart() {
        let code = """
        import Foundation
        print("first")
        fputs("to stderr\\n", stderr)
        Thread.sleep(forTimeInterval: 3)
        print("last")
        """
        let output = RecordingOutput()
        let started = Date()
        let (outcome, _) = engine.run(code, 1, output: output)
        let ended = Date()
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "first\nlast\n")
        XCTAssertEqual(output.stderr, "to stderr\n")
        let first = output.stdoutArrivals.first { $0.1.contains("first") }
        XCTAssertNotNil(first)
        if let first {
            XCTAssertLessThan(first.0.timeIntervalSince(started), ended.timeIntervalSince(started) - 2,
                              "the first line arrived only at the end of the loop")
        }
    }

    func testDisplayUpdateAndClearArriveInOrder() {
        let code = """
        print("before")
        display(MimeBundle(["text/html": "<b>hi</b>", "text/plain": "hi"]))
        display(41, id: "progress")
        updateDisplay(42, id: "progress")
        clearOutput(wait: true)
        print("after")
        """
        let (outcome, output) = engine.run(code, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.items, [
            .stream(.stdout, "before\n"),
            .display(["text/html": "<b>hi</b>", "text/plain": "hi"], id: nil, update: false),
            .display(["text/plain": "41"], id: "progress", update: false),
            .display(["text/plain": "42"], id: "progress", update: true),
            .clear(wait: true),
            .stream(.stdout, "after\n"),
        ])
    }

    /// A later cell updates what an earlier cell displayed: the id and `update` reach the kernel, which
    /// sends Jupyter's `update_display_data` for it.
    func testUpdatingADisplayOfAnEarlierCell() {
        let (shown, first) = engine.run("display(MimeBundle([\"text/html\": \"<i>0%</i>\", \"text/plain\": \"0%\"]), id: \"training\")", 1)
        XCTAssertTrue(shown.succeeded, "\(String(describing: shown.failure))")
        XCTAssertEqual(first.items, [.display(["text/html": "<i>0%</i>", "text/plain": "0%"], id: "training", update: false)])

        let (updated, second) = engine.run("""
        for percent in [50, 100] { updateDisplay("\\(percent)%", id: "training") }
        """, 2)
        XCTAssertTrue(updated.succeeded, "\(String(describing: updated.failure))")
        XCTAssertEqual(second.items, [
            .display(["text/plain": "\"50%\""], id: "training", update: true),
            .display(["text/plain": "\"100%\""], id: "training", update: true),
        ])
    }

    func testRichResultFromAProtocol() {
        engine.run("struct Bold: MimeRepresentable { var mimeBundle: MimeBundle { MimeBundle([\"text/html\": \"<b>B</b>\"]) } }", 1)
        let (outcome, _) = engine.run("Bold()", 2)
        guard case .success(let result) = outcome else { return XCTFail("\(String(describing: outcome.failure))") }
        XCTAssertEqual(result?["text/html"], "<b>B</b>")
        XCTAssertEqual(result?["text/plain"], "Bold()")
    }

    func testInputRoundTripAndRefusal() {
        let output = RecordingOutput()
        output.inputAnswer = .success("Ada")
        let (outcome, _) = engine.run("let name = input(\"Name? \")\nprint(\"hello \\(name)\")", 1, output: output)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "hello Ada\n")
        let refused = engine.run("let other = input(\"Again? \")", 2).0.failure
        XCTAssertEqual(refused?.kind, .crash)
        XCTAssertTrue(refused?.message.contains("no stdin in this test") ?? false, "\(String(describing: refused))")
    }

    func testTimeMagicPrintsWallTime() {
        let (outcome, output) = engine.run("%time\nlet q = 1 + 1", 1)
        XCTAssertTrue(outcome.succeeded)
        XCTAssertTrue(output.stdout.hasPrefix("Wall time: "), output.stdout)
    }
}
