import CellEngine
import Foundation
import XCTest

/// `@MainActor` code and `DispatchQueue.main` in cells: the executor's main thread runs the cell, and
/// runs their work while the cell awaits and when its code returns.
final class MainThreadTests: XCTestCase {
    var engine: CellEngine!

    override func setUpWithError() throws { engine = try EngineHarness.makeEngine() }
    override func tearDown() { engine?.shutdown() }

    /// Runs `code` as cell `number`, failing the test if it takes longer than `limit` seconds (a hang).
    private func run(_ code: String, _ number: Int, limit: Double = 20) -> (CellOutcome, RecordingOutput) {
        let engine = engine!
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (CellOutcome, RecordingOutput)?
        DispatchQueue.global().async {
            result = engine.run(code, number)
            finished.signal()
        }
        if finished.wait(timeout: .now() + limit) == .timedOut {
            XCTFail("cell \(number) hung: \(code)")
            engine.interrupt()
            finished.wait()
        }
        return result!
    }

    func testAwaitingAMainActorFunction() {
        let (outcome, output) = run("""
        import Foundation
        @MainActor func onMain() -> String { "main actor, main thread: \\(Thread.isMainThread)" }
        let text = await onMain()
        print(text)
        """, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "main actor, main thread: true\n")
        // The variable set by awaited code is there for the next cell.
        XCTAssertEqual(run("text.count", 2).0.resultText, "29")
    }

    func testMainActorTaskRunsWhileTheCellWaits() {
        let (outcome, output) = run("""
        let task = Task { @MainActor in print("hi from the main actor") }
        await task.value
        print("after")
        """, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "hi from the main actor\nafter\n")
    }

    func testMainActorTaskLeftBehindRunsWithTheCell() {
        let (outcome, output) = run("""
        Task { @MainActor in print("hi") }
        print("cell code")
        """, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "cell code\nhi\n")
    }

    func testMainQueueBlocksRun() {
        let (outcome, output) = run("""
        import Dispatch
        DispatchQueue.main.async { print("main queue") }
        print("cell code")
        """, 1)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "cell code\nmain queue\n")

        // A background thread that waits for the main queue, while the cell awaits it.
        let (waited, waitedOutput) = run("""
        let answer: Int = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let value = DispatchQueue.main.sync { 6 * 7 }
                continuation.resume(returning: value)
            }
        }
        print(answer)
        """, 2)
        XCTAssertTrue(waited.succeeded, "\(String(describing: waited.failure))")
        XCTAssertEqual(waitedOutput.stdout, "42\n")
    }

    func testMainActorAfterACrashTookOver() {
        XCTAssertTrue(run("var kept = 5", 1).0.succeeded)
        XCTAssertEqual(run("let items: [Int] = []\nitems[1]", 2).0.failure?.kind, .crash)
        let (outcome, output) = run("""
        @MainActor func bump() { kept += 1 }
        await bump()
        await MainActor.run { print(kept) }
        """, 3)
        XCTAssertTrue(outcome.succeeded, "\(String(describing: outcome.failure))")
        XCTAssertEqual(output.stdout, "6\n")
    }
}
