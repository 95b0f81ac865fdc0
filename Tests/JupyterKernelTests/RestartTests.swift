import Foundation
import JupyterKernel
import JupyterProtocol
import XCTest

/// `shutdown_request` with `restart: true`, in both modes of `KernelServer.keepsServingOnRestart`.
final class RestartTests: XCTestCase {
    /// Default: the process stops, because jupyter_client restarts by launching a new one.
    func testRestartStopsTheServerByDefault() throws {
        let client = try TestClient()
        defer { client.close() }
        try client.send("shutdown_request", ["restart": true], on: client.control)
        XCTAssertEqual(try client.receive(on: client.control)?.content, ["status": "ok", "restart": true])
        XCTAssertTrue(client.serverStopped(timeout: 5))
        XCTAssertEqual(client.interpreter.shutdowns.withLock { $0 }, [true])
    }

    /// In-place restart: the server keeps answering, with the count and history starting over.
    func testInPlaceRestartKeepsServingWithFreshCount() throws {
        let client = try TestClient { $0.keepsServingOnRestart = true }
        defer { client.close() }
        try client.execute("result 1")
        try client.execute("result 2")
        XCTAssertEqual(try client.receive()?.content["execution_count"], .int(1))
        XCTAssertEqual(try client.receive()?.content["execution_count"], .int(2))

        let restart = try client.send("shutdown_request", ["restart": true], on: client.control)
        XCTAssertEqual(try client.receive(on: client.control)?.content, ["status": "ok", "restart": true])
        let published = try client.iopubMessages(for: restart).map(\.msgType)
        XCTAssertEqual(published, ["status", "shutdown_reply", "status"])
        XCTAssertFalse(client.serverStopped(timeout: 0.3))
        XCTAssertEqual(client.interpreter.shutdowns.withLock { $0 }, [true])

        try client.execute("result 3")
        XCTAssertEqual(try client.receive()?.content["execution_count"], .int(1))
        try client.send("history_request", ["hist_access_type": "tail", "n": 10, "output": false, "raw": true])
        XCTAssertEqual(try client.receive()?.content["history"], [[1, 1, "result 3"]])

        // A plain shutdown still stops it.
        try client.send("shutdown_request", ["restart": false], on: client.control)
        XCTAssertEqual(try client.receive(on: client.control)?.content, ["status": "ok", "restart": false])
        XCTAssertTrue(client.serverStopped(timeout: 5))
    }
}
