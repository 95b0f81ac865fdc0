import Foundation
import JupyterProtocol
import Logging
import XCTest

/// The heartbeat and IOPub channels over real ZeroMQ on 127.0.0.1.
final class ZMQChannelTests: XCTestCase {
    let logger = Logger(label: "test")

    func testHeartbeatEchoesWhatItReceives() throws {
        let context = try ZMQContext()
        let heartbeat = try Heartbeat(context: context, endpoint: "tcp://127.0.0.1:*", logger: logger)
        heartbeat.start()
        defer { heartbeat.stop() }
        let client = try ZMQSocket(context: context, type: .req)
        defer { client.close() }
        try client.setLinger(milliseconds: 0)
        try client.connect("tcp://127.0.0.1:\(try XCTUnwrap(heartbeat.port))")
        for payload in ["ping", "second", ""] {
            try client.send([Data(payload.utf8)])
            let echo = try client.receive(timeout: 5)
            XCTAssertEqual(echo, [Data(payload.utf8)])
        }
    }

    func testIopubWelcomesSubscribersAndPublishesInOrder() throws {
        let context = try ZMQContext()
        let codec = WireCodec(signer: try MessageSigner(key: "k"))
        let iopub = try IOPubChannel(context: context, endpoint: "tcp://127.0.0.1:*", codec: codec,
                                     session: "kernel-session", logger: logger)
        iopub.start()
        defer { iopub.stop() }
        let subscriber = try ZMQSocket(context: context, type: .sub)
        defer { subscriber.close() }
        try subscriber.setLinger(milliseconds: 0)
        try subscriber.subscribe()
        try subscriber.connect("tcp://127.0.0.1:\(try XCTUnwrap(iopub.port))")

        let welcome = try codec.decode(try XCTUnwrap(try subscriber.receive(timeout: 5)))
        XCTAssertEqual(welcome.msgType, "iopub_welcome")
        XCTAssertEqual(welcome.content["subscription"], "")
        XCTAssertEqual(welcome.header.session, "kernel-session")

        for index in 0..<20 {
            iopub.publish(Message(header: MessageHeader(session: "kernel-session", msgType: "stream"),
                                  content: ["name": "stdout", "text": .string("\(index)")]))
        }
        for index in 0..<20 {
            let frames = try XCTUnwrap(try subscriber.receive(timeout: 5))
            XCTAssertEqual(frames[0], Data("stream".utf8))  // topic
            XCTAssertEqual(try codec.decode(frames).content["text"], .string("\(index)"))
        }
    }

    func testPollTimesOutAndReportsReadiness() throws {
        let context = try ZMQContext()
        let pull = try ZMQSocket(context: context, type: .pull)
        let push = try ZMQSocket(context: context, type: .push)
        defer { pull.close(); push.close() }
        try pull.bind("inproc://poll-test")
        try push.connect("inproc://poll-test")
        let started = Date()
        XCTAssertEqual(try ZMQSocket.poll([pull], timeout: 0.1), [false])
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(started), 0.09)
        XCTAssertNil(try pull.receive(dontWait: true))
        try push.send([Data("a".utf8), Data(), Data("c".utf8)])
        XCTAssertEqual(try pull.receive(timeout: 2), [Data("a".utf8), Data(), Data("c".utf8)])
        XCTAssertThrowsError(try pull.bind("bogus://nowhere")) { XCTAssertTrue($0 is ZMQError) }
    }
}
