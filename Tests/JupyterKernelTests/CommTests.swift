import Foundation
import JupyterKernel
import JupyterProtocol
import XCTest

/// The server's side of comms: comm messages reach the interpreter between busy and idle, what it
/// publishes has the comm message as parent, comm_info_request lists the interpreter's comms.
final class CommTests: XCTestCase {
    private func types(_ messages: [Message]) -> [String] {
        messages.map { $0.msgType == "status" ? $0.content["execution_state"]?.stringValue ?? "?" : $0.msgType }
    }

    func testCommMessagesReachTheInterpreterAndItsAnswersHaveThemAsParent() throws {
        let client = try TestClient()
        defer { client.close() }
        let open = try client.send(client.request("comm_open", ["comm_id": "e-1", "target_name": "fake.echo", "data": ["a": 1]]))
        XCTAssertEqual(types(try client.iopubMessages(for: open)), ["busy", "idle"])
        _ = try client.send("comm_info_request", [:])
        XCTAssertEqual(try client.receive()?.content, ["status": "ok", "comms": ["e-1": ["target_name": "fake.echo"]]])
        _ = try client.send("comm_info_request", ["target_name": "other"])
        XCTAssertEqual(try client.receive()?.content, ["status": "ok", "comms": [:]])

        var request = client.request("comm_msg", ["comm_id": "e-1", "data": ["value": 7]])
        request.metadata = ["version": "2.1.0"]
        let sent = try client.send(request)
        let published = try client.iopubMessages(for: sent)
        XCTAssertEqual(types(published), ["busy", "stream", "comm_msg", "idle"])
        let echo = published[2]
        XCTAssertEqual(echo.content, ["comm_id": "e-1", "data": ["value": 7]])
        XCTAssertEqual(echo.metadata, ["version": "2.1.0"])
        XCTAssertEqual(echo.parentHeader?.msgID, sent.header.msgID)

        let close = try client.send("comm_close", ["comm_id": "e-1", "data": [:]])
        XCTAssertEqual(types(try client.iopubMessages(for: close)), ["busy", "idle"])
        XCTAssertEqual(client.interpreter.commRequests.withLock { $0.map(\.kind) }, [.open, .message, .close])
        XCTAssertEqual(client.interpreter.commRequests.withLock { $0[0].data }, ["a": 1])
        XCTAssertEqual(client.interpreter.commRequests.withLock { $0[0].targetName }, "fake.echo")
        XCTAssertTrue(client.interpreter.openComms(targetName: nil).isEmpty)
    }

    func testCommMessagesOnControlOrWithoutAnIdAreIgnored() throws {
        let client = try TestClient()
        defer { client.close() }
        let onControl = try client.send("comm_open", ["comm_id": "c-2", "target_name": "fake.echo", "data": [:]], on: client.control)
        XCTAssertEqual(types(try client.iopubMessages(for: onControl)), ["busy", "idle"])
        let withoutID = try client.send("comm_msg", ["data": [:]])
        XCTAssertEqual(types(try client.iopubMessages(for: withoutID)), ["busy", "idle"])
        XCTAssertTrue(client.interpreter.commRequests.withLock { $0.isEmpty })
    }
}
