import Foundation
import JupyterKernel
import JupyterProtocol
import XCTest

/// The server over real ZeroMQ on 127.0.0.1, driven like a frontend with a scripted interpreter.
final class KernelServerTests: XCTestCase {
    private func states(_ messages: [Message]) -> [String] {
        messages.map { $0.msgType == "status" ? $0.content["execution_state"]?.stringValue ?? "?" : $0.msgType }
    }

    func testKernelInfoOnShellAndControl() throws {
        let client = try TestClient()
        defer { client.close() }
        for socket in [client.shell, client.control] {
            let request = try client.send("kernel_info_request", on: socket)
            let reply = try XCTUnwrap(try client.receive(on: socket))
            XCTAssertEqual(reply.msgType, "kernel_info_reply")
            XCTAssertEqual(reply.parentHeader?.msgID, request.header.msgID)
            XCTAssertEqual(reply.header.session, client.server.session)
            XCTAssertNotEqual(reply.header.session, client.session)
            XCTAssertEqual(reply.content["status"], "ok")
            XCTAssertEqual(reply.content["protocol_version"], .string(jupyterProtocolVersion))
            XCTAssertEqual(reply.content["implementation"], "fake-kernel")
            XCTAssertEqual(reply.content["language_info"]?["name"], "fake")
            XCTAssertEqual(reply.content["language_info"]?["file_extension"], ".fake")
            XCTAssertNil(reply.content["language_info"]?["codemirror_mode"])
            XCTAssertEqual(reply.content["banner"], "Fake banner")
            XCTAssertEqual(reply.content["help_links"]?[0]?["url"], "https://example.com")
            XCTAssertEqual(states(try client.iopubMessages(for: request)), ["busy", "idle"])
        }
    }

    func testExecutePublishesBetweenBusyAndIdle() throws {
        let client = try TestClient()
        defer { client.close() }
        let request = try client.execute("print hello\nwarn careful\ndisplay\nclear\nresult 42")
        let reply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(reply.msgType, "execute_reply")
        XCTAssertEqual(reply.content["status"], "ok")
        XCTAssertEqual(reply.content["execution_count"], .int(1))
        XCTAssertEqual(reply.content["user_expressions"], [:])
        let messages = try client.iopubMessages(for: request)
        XCTAssertEqual(states(messages), ["busy", "execute_input", "stream", "stream", "display_data",
                                     "update_display_data", "clear_output", "execute_result", "idle"])
        XCTAssertEqual(messages[1].content, ["code": .string("print hello\nwarn careful\ndisplay\nclear\nresult 42"),
                                        "execution_count": 1])
        XCTAssertEqual(messages[2].content, ["name": "stdout", "text": "hello\n"])
        XCTAssertEqual(messages[3].content["name"], "stderr")
        XCTAssertEqual(messages[5].content["transient"]?["display_id"], "d1")
        XCTAssertEqual(messages[6].content["wait"], true)
        XCTAssertEqual(messages[7].content["execution_count"], .int(1))
        XCTAssertEqual(messages[7].content["data"]?["text/plain"], "42")
        // The raw bytes carry an integer count.
        XCTAssertTrue(messages[7].content.jsonString.contains(#""execution_count":1,"#))

        // Silent: no output, no new count; the reply still carries the count.
        let silent = try client.execute("print hidden\nresult 7", silent: true)
        let silentReply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(silentReply.content["execution_count"], .int(1))
        XCTAssertEqual(states(try client.iopubMessages(for: silent)), ["busy", "idle"])

        let second = try client.execute("result 2")
        XCTAssertEqual(try client.receive()?.content["execution_count"], .int(2))
        XCTAssertEqual(states(try client.iopubMessages(for: second)), ["busy", "execute_input", "execute_result", "idle"])

        // History: line = execution count, silent cells not stored.
        _ = try client.send("history_request", ["hist_access_type": "tail", "n": 5, "output": true, "raw": true])
        let history = try XCTUnwrap(try client.receive())
        XCTAssertEqual(history.content["history"], [[1, 1, ["print hello\nwarn careful\ndisplay\nclear\nresult 42", "42"]],
                                               [1, 2, ["result 2", "2"]]])
        _ = try client.send("history_request", ["hist_access_type": "range", "session": 1, "start": 2, "stop": 3,
                                                "output": false, "raw": true])
        XCTAssertEqual(try client.receive()?.content["history"], [[1, 2, "result 2"]])
        _ = try client.send("history_request", ["hist_access_type": "search", "pattern": "res?lt *", "n": 10])
        XCTAssertEqual(try client.receive()?.content["history"], [[1, 2, "result 2"]])
    }

    func testFailureAbortsQueuedExecuteRequests() throws {
        let client = try TestClient()
        defer { client.close() }
        let failing = try client.execute("sleep 0.5\nfail")
        let queued = try client.execute("print should not run")
        let info = try client.send("kernel_info_request")
        let queuedTwice = try client.execute("print nor this")

        let failedReply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(failedReply.parentHeader?.msgID, failing.header.msgID)
        XCTAssertEqual(failedReply.content["status"], "error")
        XCTAssertEqual(failedReply.content["ename"], "FakeError")
        XCTAssertEqual(failedReply.content["traceback"], ["line 1", "line 2"])
        XCTAssertEqual(failedReply.content["execution_count"], .int(1))
        let failedMessages = try client.iopubMessages(for: failing)
        XCTAssertEqual(states(failedMessages), ["busy", "execute_input", "error", "idle"])
        XCTAssertEqual(failedMessages[2].content["evalue"], "it failed")

        let abortedReply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(abortedReply.parentHeader?.msgID, queued.header.msgID)
        XCTAssertEqual(abortedReply.content["status"], "aborted")
        XCTAssertNil(abortedReply.content["execution_count"], "an aborted cell never ran: no count (as ipykernel)")
        XCTAssertEqual(states(try client.iopubMessages(for: queued)), ["busy", "idle"])
        // Other requests in the queue are answered normally.
        let infoReply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(infoReply.parentHeader?.msgID, info.header.msgID)
        XCTAssertEqual(infoReply.content["status"], "ok")
        XCTAssertEqual(try client.receive()?.content["status"], "aborted")
        _ = queuedTwice

        // Only the failing cell ran, and the kernel runs new cells again.
        XCTAssertEqual(client.interpreter.executed.withLock { $0 }, ["sleep 0.5\nfail"])
        // The abort drain ends once the queue is empty; a request sent later runs normally.
        Thread.sleep(forTimeInterval: 0.2)
        _ = try client.execute("print back")
        let back = try XCTUnwrap(try client.receive())
        XCTAssertEqual(back.content["status"], "ok")
        XCTAssertEqual(back.content["execution_count"], .int(2))
    }

    func testStopOnErrorFalseKeepsTheQueue() throws {
        let client = try TestClient()
        defer { client.close() }
        _ = try client.execute("sleep 0.3\nfail", stopOnError: false)
        _ = try client.execute("print runs")
        XCTAssertEqual(try client.receive()?.content["status"], "error")
        XCTAssertEqual(try client.receive()?.content["status"], "ok")
    }

    func testBadlySignedAndMalformedMessagesAreIgnored() throws {
        let client = try TestClient()
        defer { client.close() }
        let forger = WireCodec(signer: try MessageSigner(key: "not-the-key"))
        try client.shell.send(forger.encode(client.request("kernel_info_request")))
        try client.shell.send([Data("garbage".utf8)])
        try client.shell.send([WireCodec.delimiter, Data("sig".utf8)])
        XCTAssertNil(try client.receive(timeout: 0.5))
        let request = try client.send("kernel_info_request")
        let reply = try XCTUnwrap(try client.receive())
        XCTAssertEqual(reply.parentHeader?.msgID, request.header.msgID)
        // No busy/idle was published for the dropped messages either.
        let next = try XCTUnwrap(try client.nextIOPub { $0.msgType == "status" && $0.content["execution_state"] == "busy" })
        XCTAssertEqual(next.parentHeader?.msgID, request.header.msgID)
    }

    func testHeartbeatAnswersWhileACellRuns() throws {
        let client = try TestClient()
        defer { client.close() }
        _ = try client.execute("sleep 1")
        Thread.sleep(forTimeInterval: 0.1)
        try client.heartbeat.send([Data("ping".utf8)])
        XCTAssertEqual(try client.heartbeat.receive(timeout: 0.5), [Data("ping".utf8)])
        // Control answers too while shell is busy.
        _ = try client.send("interrupt_request", on: client.control)
        XCTAssertEqual(try client.receive(on: client.control, timeout: 0.5)?.content, ["status": "ok"])
        XCTAssertEqual(client.interpreter.interrupts.load(ordering: .relaxed), 1)
        XCTAssertEqual(try client.receive()?.content["status"], "ok")
    }

    func testStdinRoundTripAndRefusal() throws {
        let client = try TestClient()
        defer { client.close() }
        let request = try client.execute("input Name?")
        let prompt = try XCTUnwrap(try client.receive(on: client.stdin))
        XCTAssertEqual(prompt.msgType, "input_request")
        XCTAssertEqual(prompt.content, ["prompt": "Name?", "password": false])
        XCTAssertEqual(prompt.parentHeader?.msgID, request.header.msgID)
        var answer = client.request("input_reply", ["value": "Ada"])
        answer.parentHeader = prompt.header
        try client.send(answer, on: client.stdin)
        XCTAssertEqual(try client.receive()?.content["status"], "ok")
        let streams = try client.iopubMessages(for: request).filter { $0.msgType == "stream" }
        XCTAssertEqual(streams.map { $0.content["text"] }, ["got Ada\n"])

        _ = try client.execute("input Again?", allowStdin: false)
        let refused = try XCTUnwrap(try client.receive())
        XCTAssertEqual(refused.content["status"], "error")
        XCTAssertEqual(refused.content["evalue"]?.stringValue?.contains("input"), true)
        XCTAssertNil(try client.receive(on: client.stdin, timeout: 0.2))

        // An interrupt while waiting for input ends the wait.
        _ = try client.execute("input Never?")
        _ = try XCTUnwrap(try client.receive(on: client.stdin))
        _ = try client.send("interrupt_request", on: client.control)
        XCTAssertEqual(try client.receive()?.content["ename"], "InputError")
    }

    func testCompletionInspectionIsCompleteAndComms() throws {
        let client = try TestClient()
        defer { client.close() }
        _ = try client.send("complete_request", ["code": "pr", "cursor_pos": 2])
        XCTAssertEqual(try client.receive()?.content, ["status": "ok", "matches": ["print", "prefix"], "cursor_start": 0,
                                                  "cursor_end": 2, "metadata": [:]])
        _ = try client.send("inspect_request", ["code": "print", "cursor_pos": 2, "detail_level": 0])
        XCTAssertEqual(try client.receive()?.content["found"], false)
        _ = try client.send("is_complete_request", ["code": "func f() {"])
        XCTAssertEqual(try client.receive()?.content, ["status": "incomplete", "indent": "    "])
        _ = try client.send("is_complete_request", ["code": "let x = 1 }"])
        XCTAssertEqual(try client.receive()?.content, ["status": "invalid"])
        _ = try client.send("comm_info_request", ["target_name": "jupyter.widget"])
        XCTAssertEqual(try client.receive()?.content, ["status": "ok", "comms": [:]])
        let open = try client.send("comm_open", ["comm_id": "c-1", "target_name": "nobody", "data": [:]])
        XCTAssertEqual(states(try client.iopubMessages(for: open)), ["busy", "comm_close", "idle"])
        let message = try client.send("comm_msg", ["comm_id": "c-1", "data": [:]])
        let unknown = try client.send("no_such_request")
        XCTAssertEqual(states(try client.iopubMessages(for: message)), ["busy", "idle"])
        XCTAssertEqual(states(try client.iopubMessages(for: unknown)), ["busy", "idle"])
        XCTAssertNil(try client.receive(timeout: 0.2))
    }

    func testShutdownRepliesPublishesAndStops() throws {
        let client = try TestClient()
        defer { client.close() }
        let request = try client.send("shutdown_request", ["restart": false], on: client.control)
        let reply = try XCTUnwrap(try client.receive(on: client.control))
        XCTAssertEqual(reply.content, ["status": "ok", "restart": false])
        let messages = try client.iopubMessages(for: request)
        XCTAssertEqual(states(messages), ["busy", "shutdown_reply", "idle"])
        XCTAssertTrue(client.serverStopped(timeout: 5))
        XCTAssertEqual(client.interpreter.shutdowns.withLock { $0 }, [false])
    }
}
