#if canImport(Glibc)
import Glibc
#endif
import CellChannel
import CExecutorSupport
import Foundation

/// The shared library every cell links against, and the functions of it the executor calls.
///
/// The executor does not link the prelude itself: cells must see exactly one copy of it, the one loaded
/// here with `RTLD_GLOBAL`, so the executor reaches it through `dlsym`. Its events go out through the
/// prelude's own sender, whose lock keeps them whole beside the events of a cell's threads.
struct Prelude {
    private typealias SendJSON = @convention(c) (UnsafePointer<UInt8>, Int) -> Void
    private typealias TakeSafePoint = @convention(c) () -> Bool
    private typealias ForwardOutput = @convention(c) (Int32, Int32) -> Void
    private typealias Action = @convention(c) () -> Void
    private typealias ReceiveComm = @convention(c) (UnsafePointer<UInt8>, Int) -> Void
    private typealias CommInfo = @convention(c) (UnsafePointer<CChar>?) -> Void
    private typealias SetFrontEnd = @convention(c) (Int32, Int32) -> Void
    private typealias SetMainThreadLoop = @convention(c) (@convention(c) (Int32) -> Int32, @convention(c) () -> Void) -> Void

    private let sendFunction: SendJSON
    private let takeSafePointFunction: TakeSafePoint
    private let forwardOutputFunction: ForwardOutput
    private let prepareForkFunction: Action
    private let finishForkFunction: Action
    private let takeOverFunction: Action
    private let setDidNotCompileFunction: SendJSON?
    private let receiveCommFunction: ReceiveComm
    private let commInfoFunction: CommInfo
    private let setFrontEndFunction: SetFrontEnd
    /// Runs the comm message `receiveComm` handed over, as a cell's `main` runs (see `runComm`).
    let commEntry: CellMain

    init(path: String) throws {
        guard let handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL) else {
            throw ExecutorError(message: "cannot load the prelude \(path): \(String(cString: dlerror()))")
        }
        func function<T>(_ name: String, _ type: T.Type) throws -> T {
            guard let symbol = dlsym(handle, name) else {
                throw ExecutorError(message: "the prelude \(path) lacks \(name)")
            }
            return unsafeBitCast(symbol, to: type)
        }
        sendFunction = try function("swift_kernel_channel_send_json", SendJSON.self)
        takeSafePointFunction = try function("swift_kernel_take_safe_point", TakeSafePoint.self)
        forwardOutputFunction = try function("swift_kernel_channel_forward_output", ForwardOutput.self)
        prepareForkFunction = try function("swift_kernel_channel_prepare_fork", Action.self)
        finishForkFunction = try function("swift_kernel_channel_finish_fork", Action.self)
        takeOverFunction = try function("swift_kernel_channel_take_over", Action.self)
        setDidNotCompileFunction = dlsym(handle, "swift_kernel_set_did_not_compile").map { unsafeBitCast($0, to: SendJSON.self) }
        receiveCommFunction = try function("swift_kernel_comm_receive", ReceiveComm.self)
        commInfoFunction = try function("swift_kernel_comm_info", CommInfo.self)
        setFrontEndFunction = try function("swift_kernel_set_front_end", SetFrontEnd.self)
        commEntry = try function("swift_kernel_comm_dispatch", CellMain.self)
        // Lets a cell that awaits run main-actor jobs on the main thread while it waits.
        if let setLoop = dlsym(handle, "swift_kernel_set_main_thread_loop") {
            unsafeBitCast(setLoop, to: SetMainThreadLoop.self)(swift_kernel_run_main_jobs, swift_kernel_wake_main_thread)
        }
    }

    /// Sends an event to the engine on the cell channel, after the output written before it.
    func send(_ event: ExecutorEvent) {
        guard let json = try? JSONEncoder().encode(event) else { return }
        Array(json).withUnsafeBufferPointer { sendFunction($0.baseAddress!, $0.count) }
    }

    /// Tells the prelude what cells that did not compile declare (see ``EngineCommand/run(path:cell:didNotCompile:)``).
    func setDidNotCompile(_ names: [String: Int]) {
        guard let setDidNotCompileFunction, let json = try? JSONEncoder().encode(names) else { return }
        Array(json).withUnsafeBufferPointer { setDidNotCompileFunction($0.baseAddress!, $0.count) }
    }

    /// Hands a comm message from the front end to the prelude; `commEntry` then delivers it.
    func receiveComm(_ message: CommMessage) {
        guard let json = try? JSONEncoder().encode(message) else { return }
        Array(json).withUnsafeBufferPointer { receiveCommFunction($0.baseAddress!, $0.count) }
    }

    /// Makes the prelude send the open comms (of `target`, or all) as a `commInfo` event.
    func sendCommInfo(target: String?) {
        if let target { target.withCString { commInfoFunction($0) } } else { commInfoFunction(nil) }
    }

    /// Tells the prelude what the front end can do (see `FrontEndCapabilities`).
    func setFrontEnd(_ capabilities: FrontEndCapabilities) {
        setFrontEndFunction(capabilities.widgets ? 1 : 0, capabilities.interactive ? 1 : 0)
    }

    /// Makes the prelude forward what is written into the pipes with these read ends.
    func forwardOutput(stdout: Int32, stderr: Int32) { forwardOutputFunction(stdout, stderr) }

    /// Runs `fork` with the channel's lock held, so that the copy does not inherit it locked by a
    /// thread it does not have.
    func fork<T>(_ body: () -> T) -> T {
        prepareForkFunction()
        defer { finishForkFunction() }
        return body()
    }

    /// In a process that now runs cells after its predecessor died.
    func takeOver() { takeOverFunction() }

    /// Whether the cell that ran last passed its safe point (see `_cellSafePoint()`); clears the mark.
    func takeSafePoint() -> Bool { takeSafePointFunction() }
}

struct ExecutorError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
