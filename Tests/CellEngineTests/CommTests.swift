import CellChannel
import CellEngine
import Foundation
import XCTest

/// Comm messages through the engine and the executor: the handler a cell registered runs with the
/// notebook's state, its answers come back as comm events, and the executor lists its open comms.
final class CommTests: XCTestCase {
    func testAHandlerACellRegisteredAnswersOnItsComm() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertTrue(engine.run("""
            var heard: [Int] = []
            Comm.registerTarget("test.double") { comm, _ in
                comm.onMessage = { payload in
                    let n = payload.data["n"]?.intValue ?? 0
                    heard.append(n)
                    comm.send(["twice": .int(2 * n)])
                }
            }
            """).0.succeeded)
        let output = RecordingOutput()
        XCTAssertTrue(engine.deliverComm(CommMessage(kind: .open, commID: "c1", targetName: "test.double"), output: output).succeeded)
        XCTAssertEqual(engine.openComms(target: "test.double", output: output), ["c1": "test.double"])
        XCTAssertEqual(engine.openComms(target: "elsewhere", output: output), [:])
        XCTAssertTrue(engine.deliverComm(CommMessage(kind: .message, commID: "c1", dataJSON: #"{"n": 21}"#), output: output).succeeded)
        XCTAssertEqual(output.comms.map(\.kind), [.message])
        XCTAssertEqual(output.comms.first?.commID, "c1")
        XCTAssertEqual(output.comms.first?.dataJSON, #"{"twice":42}"#)
        XCTAssertEqual(engine.run("print(heard)", 2).1.stdout, "[21]\n")
    }

    func testAFrontEndChangeOfAWidgetRunsItsObserverAndACrashKeepsTheStateFromBefore() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        let (outcome, created) = engine.run("""
            var values: [Int] = []
            let slider = IntSlider(value: 1, max: 10)
            slider.onChange { value in
                precondition(value != 9, "nine")
                values.append(value)
            }
            """)
        XCTAssertTrue(outcome.succeeded)
        let opens = created.comms.filter { $0.kind == .open && $0.dataJSON.contains("IntSliderModel") }
        let id = try XCTUnwrap(opens.first?.commID)
        func move(to value: Int) -> CellOutcome {
            engine.deliverComm(CommMessage(kind: .message, commID: id,
                                           dataJSON: #"{"method":"update","state":{"value":\#(value)},"buffer_paths":[]}"#),
                               output: RecordingOutput())
        }
        XCTAssertTrue(move(to: 4).succeeded)
        XCTAssertEqual(move(to: 9).failure?.kind, .crash)
        XCTAssertTrue(move(to: 6).succeeded)
        XCTAssertEqual(engine.run("print(values, slider.value)", 2).1.stdout, "[4, 6] 6\n")
    }
}
