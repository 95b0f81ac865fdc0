#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Ends the kernel when the Jupyter process that started it is gone, so that no kernel outlives its server.
///
/// JupyterHub's local spawner stops a learner's server with SIGINT or SIGKILL, and a server killed that
/// way never shuts its kernels down: they used to keep running under PID 1 with their executor and
/// SourceKit bridge (over 300 MB per notebook). Two mechanisms, as for ipykernel and more:
///
/// - **Polling**, as ipykernel's `ParentPollerUnix`: jupyter_client puts its own process id in
///   `JPY_PARENT_PID`; when `getppid()` no longer is that process (the kernel was reparented to init or
///   to a subreaper), the parent is gone. When `JPY_PARENT_PID` is not the actual parent (a launcher in
///   between), the parent at start is watched instead. Without `JPY_PARENT_PID` (run by hand, or by a
///   host that is not Jupyter) nothing is watched, again as ipykernel.
/// - **`PR_SET_PDEATHSIG`** (SIGTERM), when `JPY_PARENT_PID` is the actual parent: the signal comes the
///   moment the parent dies, without waiting for the next poll. Linux sends it when the *thread* that
///   started the kernel ends, which for Jupyter servers (asyncio on the main thread) and jupyter_client's
///   run-sync helpers (a thread that lives as long as the process) is the process's end. The executor
///   and the SourceKit bridge do not use it: the kernel starts them from dispatch worker threads that
///   end while the kernel lives. They end when their channel to the kernel closes instead (the executor
///   and its snapshots when the cell socket hangs up, the bridge when its stdin closes, or when it sees
///   its own parent change, see ``watchBridgeParent()``).
enum ParentWatch {
    static let variable = "JPY_PARENT_PID"
    /// How often `getppid()` is checked (ipykernel: every second).
    static let pollInterval: TimeInterval = 0.5

    /// The process to watch: `JPY_PARENT_PID` when it is the actual parent, else the parent at start;
    /// `nil` without `JPY_PARENT_PID` or when the kernel is already an orphan (parent 1).
    static func watchedParent(environment: [String: String], currentParent: pid_t) -> (pid: pid_t, isJupyter: Bool)? {
        guard let text = environment[variable], let declared = pid_t(text), declared > 1 else { return nil }
        if declared == currentParent { return (declared, true) }
        return currentParent > 1 ? (currentParent, false) : nil
    }

    /// Starts watching; `parentGone` runs once, on a thread of its own, when the parent is gone
    /// (including when it is gone already). Returns the watched process id, or `nil` when nothing is watched.
    @discardableResult
    static func start(environment: [String: String] = ProcessInfo.processInfo.environment,
                      parentGone: @escaping @Sendable (String) -> Void) -> pid_t? {
        guard let (parent, isJupyter) = watchedParent(environment: environment, currentParent: getppid()) else { return nil }
        if isJupyter {
            // SIGTERM ends the kernel the way a shutdown does (see `installTerminationHandler`).
            setParentDeathSignal(SIGTERM)
            // The parent may have died before the call: then no signal will come, but the poll sees it.
        }
        let thread = Thread {
            while getppid() == parent { Thread.sleep(forTimeInterval: pollInterval) }
            parentGone("the process that started the kernel (\(parent)) is gone")
        }
        thread.name = "swift-kernel.parent-watch"
        thread.start()
        return parent
    }

    /// `prctl(PR_SET_PDEATHSIG, signal)`. Glibc's module does not import `<sys/prctl.h>` (and Swift no
    /// variadic C function), so the function is looked up by name; `false` if that or the call fails.
    @discardableResult
    static func setParentDeathSignal(_ signal: Int32) -> Bool {
        typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
        let prSetPDeathSig: Int32 = 1  // <linux/prctl.h>
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") else { return false }  // RTLD_DEFAULT
        let prctl = unsafeBitCast(symbol, to: Prctl.self)
        return prctl(prSetPDeathSig, UInt(signal), 0, 0, 0) == 0
    }

    /// SIGTERM (what `PR_SET_PDEATHSIG` sends, and what jupyter_client sends a kernel that does not stop)
    /// runs `terminate` on a dispatch queue instead of killing the process on the spot, so the executor
    /// and the work folder go with the kernel.
    static func installTerminationHandler(_ terminate: @escaping @Sendable (String) -> Void) {
        signal(SIGTERM, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        source.setEventHandler { terminate("SIGTERM") }
        source.resume()
        terminationSource = source
    }

    nonisolated(unsafe) private static var terminationSource: DispatchSourceSignal?

    /// In the SourceKit bridge: exits as soon as the kernel that started it is gone, even while
    /// SourceKit is busy with a long request and nobody reads stdin.
    static func watchBridgeParent() {
        let parent = getppid()
        guard parent > 1 else { _exit(0) }
        let thread = Thread {
            while getppid() == parent { Thread.sleep(forTimeInterval: pollInterval) }
            _exit(0)
        }
        thread.name = "sourcekit-bridge.parent-watch"
        thread.start()
    }
}
