import Foundation
import JupyterKernel
import JupyterProtocol
import Logging
import XCTest

/// jupyter_client itself (Python) against the server: signatures, framing and message shapes as the
/// reference client sees them. Skipped unless `JUPYTER_PYTHON` names a Python with jupyter_client
/// (e.g. `python3 -m venv /tmp/pyfix && /tmp/pyfix/bin/pip install jupyter_client`).
final class JupyterClientInteropTests: XCTestCase {
    static let python = ProcessInfo.processInfo.environment["JUPYTER_PYTHON"]

    static let script = #"""
    import sys
    from jupyter_client import BlockingKernelClient

    client = BlockingKernelClient()
    client.load_connection_file(sys.argv[1])
    client.start_channels()
    client.wait_for_ready(timeout=10)

    def run(code, **options):
        msg_id = client.execute(code, **options)
        reply = client.get_shell_msg(timeout=10)
        assert reply["parent_header"]["msg_id"] == msg_id, reply
        kinds = []
        while True:
            msg = client.get_iopub_msg(timeout=10)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kinds.append(msg["msg_type"] if msg["msg_type"] != "status" else msg["content"]["execution_state"])
            if kinds[-1] == "idle":
                return reply["content"], kinds

    reply, kinds = run("print hi\nresult 42")
    assert reply["status"] == "ok" and reply["execution_count"] == 1, reply
    assert kinds == ["busy", "execute_input", "stream", "execute_result", "idle"], kinds
    reply, kinds = run("fail")
    assert reply["status"] == "error" and reply["ename"] == "FakeError", reply
    info = client.kernel_info(reply=True, timeout=10)["content"]
    assert info["language_info"]["name"] == "fake", info
    history = client.history(hist_access_type="tail", n=10, output=False, raw=True, reply=True, timeout=10)
    assert [h[2] for h in history["content"]["history"]] == ["print hi\nresult 42", "fail"], history
    client.is_complete("func f() {")
    reply = client.get_shell_msg(timeout=10)["content"]
    assert reply == {"status": "incomplete", "indent": "    "}, reply
    client.control_channel.send(client.session.msg("shutdown_request", {"restart": False}))
    reply = client.control_channel.get_msg(timeout=10)
    assert reply["content"] == {"status": "ok", "restart": False}, reply
    print("interop ok")
    """#

    func testJupyterClientTalksToTheServer() throws {
        guard let python = Self.python else { throw XCTSkip("set JUPYTER_PYTHON to a Python with jupyter_client") }
        let connection = ConnectionInfo(ip: "127.0.0.1", key: "interop-key")
        let server = try KernelServer(connection: connection, interpreter: FakeInterpreter(),
                                      logger: Logger(label: "interop"), routesInterruptSignal: false)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let connectionFile = folder.appendingPathComponent("connection.json")
        try JSONEncoder().encode(server.connection).write(to: connectionFile)
        let scriptFile = folder.appendingPathComponent("client.py")
        try Self.script.write(to: scriptFile, atomically: true, encoding: .utf8)

        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            try? server.run()
            done.signal()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptFile.path, connectionFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(text)")
        XCTAssertTrue(text.contains("interop ok"))
        server.stop()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
    }
}
