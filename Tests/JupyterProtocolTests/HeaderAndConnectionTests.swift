import Foundation
import JupyterProtocol
import XCTest

final class HeaderAndConnectionTests: XCTestCase {
    func testTimestampIsISO8601WithMicrosecondsAndZ() {
        let text = MessageHeader.timestamp(Date(timeIntervalSince1970: 1_714_566_896.123456))
        XCTAssertEqual(text, "2024-05-01T12:34:56.123456Z")
        XCTAssertEqual(MessageHeader.timestamp(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000000Z")
        let now = MessageHeader.timestamp()
        XCTAssertNotNil(now.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$"#, options: .regularExpression))
    }

    func testHeaderKeepsUnknownFields() throws {
        let json: JSONValue = ["msg_id": "1", "msg_type": "execute_request", "session": "s", "username": "u",
                               "date": "d", "version": "5.5", "subshell_id": "abc"]
        let header = try MessageHeader(json: json)
        XCTAssertEqual(header.extraFields, ["subshell_id": "abc"])
        XCTAssertEqual(header.json, json)
        let fresh = MessageHeader(session: "kernel", msgType: "status")
        XCTAssertEqual(fresh.version, jupyterProtocolVersion)
        XCTAssertNotEqual(fresh.msgID, MessageHeader(session: "kernel", msgType: "status").msgID)
    }

    func testDecodesConnectionFile() throws {
        let file = """
        {"shell_port": 53794, "iopub_port": 53795, "stdin_port": 53796, "control_port": 53797,
         "hb_port": 53798, "ip": "127.0.0.1", "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
         "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "swift"}
        """
        let info = try JSONDecoder().decode(ConnectionInfo.self, from: Data(file.utf8))
        XCTAssertTrue(info.shellPort == 53794 && info.hbPort == 53798)
        XCTAssertEqual(info.key, "a0436f6c-1916-498b-8eb9-e81ab9368e84")
        XCTAssertEqual(info.kernelName, "swift")
        XCTAssertEqual(info.endpoint(port: info.iopubPort), "tcp://127.0.0.1:53795")
        XCTAssertEqual(info.endpoint(port: 0), "tcp://127.0.0.1:*")
        var ipc = info
        ipc.transport = "ipc"
        ipc.ip = "/tmp/kernel"
        XCTAssertEqual(ipc.endpoint(port: 3), "ipc:///tmp/kernel-3")
        let minimal = #"{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}"#
        let defaults = try JSONDecoder().decode(ConnectionInfo.self, from: Data(minimal.utf8))
        XCTAssertTrue(defaults.transport == "tcp" && defaults.ip == "127.0.0.1" && defaults.key.isEmpty)
    }
}
