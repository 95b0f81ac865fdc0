import Foundation
import JupyterKernel
import XCTest

final class InterruptSignalRouterTests: XCTestCase {
    /// SIGINT reaches the routed action on a normal thread, and never kills the process.
    func testSigintCallsTheRoutedAction() {
        let called = DispatchSemaphore(value: 0)
        InterruptSignalRouter.shared.route { called.signal() }
        defer { InterruptSignalRouter.shared.route(nil) }
        // Process-directed, like a frontend's interrupt (`raise` would target this test thread, whose
        // dispatch worker blocks SIGINT).
        kill(getpid(), SIGINT)
        XCTAssertEqual(called.wait(timeout: .now() + 5), .success)
        kill(getpid(), SIGINT)
        XCTAssertEqual(called.wait(timeout: .now() + 5), .success)
        InterruptSignalRouter.shared.route(nil)
        kill(getpid(), SIGINT)  // ignored now: the test process survives
        XCTAssertEqual(called.wait(timeout: .now() + 0.3), .timedOut)
    }
}
