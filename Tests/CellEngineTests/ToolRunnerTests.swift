import Foundation
import XCTest
@testable import CellEngine

/// The tool runner stops what would hold a notebook: a silent tool, and a cancel while a program the
/// tool started in a group of its own keeps the output pipe open.
final class ToolRunnerTests: XCTestCase {
    private let shell = URL(fileURLWithPath: "/bin/sh")
    private let folder = URL(fileURLWithPath: NSTemporaryDirectory())

    func testASilentToolIsStoppedWithWhatItPrinted() throws {
        let runner = ToolRunner()
        let started = Date()
        XCTAssertThrowsError(try runner.run(shell, arguments: ["-c", "echo fetching; exec sleep 30"], in: folder,
                                            silenceLimit: 1, onOutput: { _ in })) { error in
            guard let silent = error as? ToolRunner.Silent else { return XCTFail("\(error)") }
            XCTAssertEqual(silent.seconds, 1)
            XCTAssertEqual(silent.output, "fetching\n")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testAToolThatKeepsPrintingIsNotSilent() throws {
        let runner = ToolRunner()
        let script = "for i in 1 2 3 4; do echo $i; sleep 0.4; done"
        let completion = try runner.run(shell, arguments: ["-c", script], in: folder, silenceLimit: 1, onOutput: { _ in })
        XCTAssertEqual(completion.status, 0)
        XCTAssertEqual(completion.output, "1\n2\n3\n4\n")
    }

    func testCancelReturnsWhileAnotherSessionHoldsThePipe() throws {
        let runner = ToolRunner()
        // The setsid'd sleep is out of the tool's process group, as SwiftPM's git is, and keeps the pipe open.
        let script = "setsid sleep 20 & echo started; exec sleep 20"
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { runner.cancel() }
        let started = Date()
        XCTAssertThrowsError(try runner.run(shell, arguments: ["-c", script], in: folder, onOutput: { _ in })) { error in
            XCTAssertTrue(error is CancellationError, "\(error)")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testTheEnvironmentGivenIsTheToolsWhole() throws {
        let completion = try ToolRunner().run(URL(fileURLWithPath: "/usr/bin/env"), arguments: [], in: folder,
                                              environment: ["ONLY": "this"])
        XCTAssertEqual(completion.output, "ONLY=this\n")
    }

    func testGitNeverPromptsAndTheUsersSettingsStay() {
        let environment = PackageInstaller.swiftPMEnvironment(["GIT_ASKPASS": "/usr/bin/ksshaskpass", "GIT_SSH": "plink",
                                                                "GIT_HTTP_LOW_SPEED_TIME": "300", "HOME": "/home/ada"])
        XCTAssertEqual(environment["GIT_TERMINAL_PROMPT"], "0")
        XCTAssertNil(environment["GIT_ASKPASS"])
        XCTAssertNil(environment["GIT_SSH_COMMAND"], "the user's GIT_SSH is kept")
        XCTAssertEqual(environment["GIT_HTTP_LOW_SPEED_TIME"], "300")
        XCTAssertEqual(environment["GIT_HTTP_LOW_SPEED_LIMIT"], "1000")
        XCTAssertEqual(environment["HOME"], "/home/ada")
        XCTAssertEqual(PackageInstaller.swiftPMEnvironment([:])["GIT_SSH_COMMAND"], "ssh -o BatchMode=yes -o ConnectTimeout=30")
    }

    func testTheFetchLimitComesFromTheEnvironmentWhenItIsANumber() {
        XCTAssertEqual(PackageInstaller.defaultFetchSilenceLimit([:]), 120)
        XCTAssertEqual(PackageInstaller.defaultFetchSilenceLimit(["SWIFT_KERNEL_FETCH_TIMEOUT": "600"]), 600)
        XCTAssertEqual(PackageInstaller.defaultFetchSilenceLimit(["SWIFT_KERNEL_FETCH_TIMEOUT": "soon"]), 120)
        XCTAssertEqual(PackageInstaller.defaultFetchSilenceLimit(["SWIFT_KERNEL_FETCH_TIMEOUT": "-5"]), 120)
    }
}
