import Foundation
import JupyterProtocol
import XCTest

/// Framing and signing checked against messages produced by jupyter_client's `Session`.
final class WireCodecTests: XCTestCase {
    func testDecodesSignedExecuteRequestFromJupyterClient() throws {
        let fixture = try Fixture.load("execute_request_signed")
        let message = try fixture.codec().decode(fixture.frames)
        XCTAssertEqual(message.identities, Array(fixture.frames.prefix(2)))
        XCTAssertEqual(message.identities[0], Data([0x00, 0x6B, 0x8B, 0x45, 0x67]))
        XCTAssertEqual(message.header.msgID, "a1b2c3d4-0001")
        XCTAssertEqual(message.header.msgType, "execute_request")
        XCTAssertEqual(message.header.session, "3f1c1a8e-client-session")
        XCTAssertEqual(message.header.username, "tester")
        XCTAssertEqual(message.header.date, "2024-05-01T12:34:56.123456Z")
        XCTAssertEqual(message.header.version, "5.3")
        XCTAssertNil(message.parentHeader)
        XCTAssertTrue(message.metadata.isEmpty)
        XCTAssertEqual(message.content["code"]?.stringValue, "print(\"héllo ✓\")\nlet x = 6 * 7")
        XCTAssertEqual(message.content["stop_on_error"], true)
        XCTAssertEqual(message.content, fixture.content)
        XCTAssertTrue(message.buffers.isEmpty)
    }

    func testComputesTheSameSignatureAsJupyterClient() throws {
        let fixture = try Fixture.load("execute_request_signed")
        let signer = try MessageSigner(key: fixture.key, scheme: fixture.signatureScheme)
        XCTAssertEqual(signer.signature(for: fixture.signedParts), fixture.signature)
        XCTAssertEqual(fixture.signature, "55a2dde519c9cce78188ebbe455280e797713ff629aef1a989a994e1eaee57f5")
        XCTAssertTrue(signer.verify(Data(fixture.signature.uppercased().utf8), parts: fixture.signedParts))
    }

    func testOtherDigestAndBuffers() throws {
        let fixture = try Fixture.load("comm_msg_with_buffers_sha512")
        XCTAssertEqual(fixture.signature.count, 128)
        let message = try fixture.codec().decode(fixture.frames)
        XCTAssertEqual(message.msgType, "comm_msg")
        XCTAssertEqual(message.buffers, [Data([0, 1, 2, 255]), Data()])
        XCTAssertEqual(message.content["data"]?["n"], 3)
    }

    func testRejectsWrongKey() throws {
        let fixture = try Fixture.load("execute_request_signed")
        assertThrows(WireError.invalidSignature) { try fixture.codec(key: "not-the-key").decode(fixture.frames) }
    }

    func testRejectsTamperedContent() throws {
        let fixture = try Fixture.load("execute_request_signed")
        var frames = fixture.frames
        frames[frames.count - 1] = Data(#"{"code": "rm -rf /"}"#.utf8)
        assertThrows(WireError.invalidSignature) { try fixture.codec().decode(frames) }
    }

    func testRejectsTruncatedFrames() throws {
        let fixture = try Fixture.load("execute_request_signed")
        let codec = try fixture.codec()
        assertThrows(WireError.tooFewFrames(4)) { try codec.decode(Array(fixture.frames.dropLast())) }
        assertThrows(WireError.tooFewFrames(0)) { try codec.decode(Array(fixture.frames.prefix(3))) }
        assertThrows(WireError.missingDelimiter) { try codec.decode(Array(fixture.frames.prefix(2))) }
        assertThrows(WireError.missingDelimiter) { try codec.decode([]) }
    }

    func testAcceptsUnsignedMessagesWithEmptyKey() throws {
        let fixture = try Fixture.load("kernel_info_unsigned")
        XCTAssertEqual(fixture.signature, "")
        let codec = try fixture.codec()
        XCTAssertFalse(codec.signer.isEnabled)
        let message = try codec.decode(fixture.frames)
        XCTAssertEqual(message.msgType, "kernel_info_request")
        XCTAssertEqual(message.identities, [Data("client".utf8)])
        // With no key nothing is checked, whatever the signature frame says.
        var frames = fixture.frames
        frames[2] = Data("deadbeef".utf8)
        XCTAssertNoThrow(try codec.decode(frames))
        // But a keyed kernel refuses the unsigned message.
        assertThrows(WireError.invalidSignature) { try fixture.codec(key: "k").decode(fixture.frames) }
    }

    func testTypedErrorsForBadJSONAndHeaders() throws {
        let codec = WireCodec(signer: try MessageSigner(key: ""))
        let delimiter = WireCodec.delimiter
        let good = Data(#"{"msg_id": "1", "msg_type": "x"}"#.utf8)
        let empty = Data("{}".utf8)
        var error: WireError?
        do {
            _ = try codec.decode([delimiter, Data(), good, empty, empty, Data("{not json".utf8)])
        } catch let thrown {
            error = thrown
        }
        guard case .malformedJSON(let part, _) = error else {
            XCTFail("expected malformedJSON, got \(String(describing: error))")
            return
        }
        XCTAssertEqual(part, "content")
        assertThrows(WireError.malformedJSON(part: "metadata", detail: "not an object")) {
            try codec.decode([delimiter, Data(), good, empty, Data("[1]".utf8), empty])
        }
        assertThrows(WireError.missingHeaderField("msg_id")) {
            try codec.decode([delimiter, Data(), Data(#"{"msg_type": "x"}"#.utf8), empty, empty, empty])
        }
        assertThrows(WireError.missingHeaderField("msg_type")) {
            try codec.decode([delimiter, Data(), Data(#"{"msg_id": "1"}"#.utf8), empty, empty, empty])
        }
        XCTAssertTrue(WireError.tooFewFrames(2).description.contains("got 2"))
        assertThrows(WireError.unsupportedSignatureScheme("hmac-nonsense")) {
            try MessageSigner(key: "k", scheme: "hmac-nonsense")
        }
    }

    func testRoundTripsItsOwnMessages() throws {
        let codec = WireCodec(signer: try MessageSigner(key: "secret"))
        let parent = MessageHeader(msgID: "p", session: "s", msgType: "execute_request",
                                   extraFields: ["subshell_id": "sub-1"])
        let message = Message(identities: [Data("id".utf8)],
                              header: MessageHeader(session: "kernel", msgType: "execute_reply"),
                              parentHeader: parent, metadata: ["m": 1],
                              content: ["status": "ok", "execution_count": 3], buffers: [Data([9, 8])])
        let frames = codec.encode(message)
        XCTAssertEqual(frames.count, 8)
        XCTAssertEqual(frames[1], WireCodec.delimiter)
        XCTAssertEqual(frames[2].count, 64)
        XCTAssertEqual(String(decoding: frames[5], as: UTF8.self), #"{"m":1}"#)
        XCTAssertEqual(String(decoding: frames[6], as: UTF8.self), #"{"execution_count":3,"status":"ok"}"#)
        XCTAssertEqual(String(decoding: frames[4], as: UTF8.self), String(decoding: parent.json.serialized(), as: UTF8.self))
        let decoded = try codec.decode(frames)
        XCTAssertEqual(decoded.header, message.header)
        XCTAssertEqual(decoded.parentHeader, parent)
        XCTAssertEqual(decoded.parentHeader?.extraFields["subshell_id"], "sub-1")
        XCTAssertEqual(decoded.content, message.content)
        XCTAssertEqual(decoded.buffers, message.buffers)

        let unsigned = WireCodec(signer: try MessageSigner(key: "")).encode(message)
        XCTAssertTrue(unsigned[2].isEmpty)
        let bare = WireCodec(signer: try MessageSigner(key: "")).encode(Message(header: message.header))
        XCTAssertTrue(bare.count == 6 && bare[0] == WireCodec.delimiter)
        XCTAssertTrue(String(decoding: bare[2], as: UTF8.self).contains(#""msg_type":"execute_reply""#))
        XCTAssertEqual(String(decoding: bare[3], as: UTF8.self), "{}")
    }
}
