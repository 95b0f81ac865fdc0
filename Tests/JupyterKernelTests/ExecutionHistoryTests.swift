import JupyterKernel
import JupyterProtocol
import XCTest

/// `history_request` access types on the server's own list (session 1, line = execution count).
final class ExecutionHistoryTests: XCTestCase {
    private func sample() -> ExecutionHistory {
        let history = ExecutionHistory()
        history.record(line: 1, input: "let a = 1", output: nil)
        history.record(line: 2, input: "a + 1", output: "2")
        history.record(line: 3, input: "let a = 1", output: nil)
        history.record(line: 5, input: "print(a)", output: nil)  // line 4 was not stored (store_history false)
        return history
    }

    func testTail() {
        XCTAssertEqual(sample().tail(2).map(\.line), [3, 5])
        XCTAssertEqual(sample().tail(10).count, 4)
        XCTAssertEqual(sample().tail(0).count, 0)
    }

    func testRange() {
        let history = sample()
        XCTAssertEqual(history.range(session: 1, start: 2, stop: 4).map(\.line), [2, 3])
        XCTAssertEqual(history.range(session: 0, start: 1, stop: nil).map(\.line), [1, 2, 3, 5])
        XCTAssertEqual(history.range(session: 1, start: 1, stop: -3).map(\.line), [1, 2])  // 6 - 3 = 3
        XCTAssertEqual(history.range(session: 7, start: 1, stop: nil).count, 0)
    }

    func testSearchGlobAndUnique() {
        let history = sample()
        XCTAssertEqual(history.search(pattern: "let *", n: nil, unique: false).map(\.line), [1, 3])
        XCTAssertEqual(history.search(pattern: "let *", n: nil, unique: true).map(\.line), [3])
        XCTAssertEqual(history.search(pattern: "a ? 1", n: nil, unique: false).map(\.line), [2])
        XCTAssertEqual(history.search(pattern: "*", n: 1, unique: false).map(\.line), [5])
    }

    func testClear() {
        let history = sample()
        history.clear()
        XCTAssertTrue(history.all.isEmpty)
    }
}
