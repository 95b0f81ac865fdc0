import Foundation
import JupyterProtocol
import XCTest

/// The limits a kernelspec's env sets, and the replay history shared by the request channels.
final class ChannelLimitsTests: XCTestCase {
    func testDefaultsAndHardCap() throws {
        let limits = try ChannelLimits.fromEnvironment([:])
        XCTAssertEqual(limits.maxMessageBytes, 64 << 20)
        XCTAssertEqual(limits.iopubHighWaterMark, 256)
        XCTAssertEqual(limits.hardCapBytes, 80 << 20)
        XCTAssertEqual(ChannelLimits(maxMessageBytes: 1024).hardCapBytes, 1024 + (1 << 20))
        XCTAssertEqual(ChannelLimits(maxMessageBytes: .max).hardCapBytes, .max)
    }

    func testByteCountsWithSuffixes() throws {
        for (text, bytes) in [("1048576", 1 << 20), ("1024K", 1 << 20), ("64M", 64 << 20), ("64MiB", 64 << 20),
                              (" 1 G ", 1 << 30), ("2mb", 2 << 20)] {
            XCTAssertEqual(try ChannelLimits.fromEnvironment(["SWIFT_KERNEL_MAX_MESSAGE_BYTES": text]).maxMessageBytes, bytes, text)
        }
        XCTAssertEqual(try ChannelLimits.fromEnvironment(["SWIFT_KERNEL_IOPUB_HWM": "50"]).iopubHighWaterMark, 50)
    }

    func testUnreadableValuesNameTheVariableAndTheExpectedForm() {
        for (name, value) in [("SWIFT_KERNEL_MAX_MESSAGE_BYTES", "64 megs"), ("SWIFT_KERNEL_MAX_MESSAGE_BYTES", "12"),
                              ("SWIFT_KERNEL_MAX_MESSAGE_BYTES", "-5M"), ("SWIFT_KERNEL_IOPUB_HWM", "0"),
                              ("SWIFT_KERNEL_IOPUB_HWM", "lots")] {
            XCTAssertThrowsError(try ChannelLimits.fromEnvironment([name: value])) { error in
                let text = String(describing: error)
                XCTAssertTrue(text.contains("\(name)=\"\(value)\" is not valid"), text)
                XCTAssertTrue(text.contains("kernel.json"), text)
            }
        }
    }

    func testSignatureHistoryRecognisesReplaysAndForgetsTheOldest() {
        let history = SignatureHistory(capacity: 3)
        let signatures = (0..<5).map { Data("\(String(repeating: "a", count: 63))\($0)".utf8) }
        XCTAssertTrue(history.recordIfNew(signatures[0]))
        XCTAssertFalse(history.recordIfNew(signatures[0]))
        XCTAssertFalse(history.recordIfNew(Data(String(decoding: signatures[0], as: UTF8.self).uppercased().utf8)))
        XCTAssertTrue(history.recordIfNew(Data()), "no signature (no key): never a replay")
        XCTAssertTrue(history.recordIfNew(Data()))
        for signature in signatures[1...3] { XCTAssertTrue(history.recordIfNew(signature)) }
        XCTAssertEqual(history.count, 3)
        XCTAssertTrue(history.recordIfNew(signatures[0]), "the oldest was forgotten past the capacity")
        XCTAssertFalse(history.recordIfNew(signatures[3]))
    }
}
