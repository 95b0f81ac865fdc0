import Foundation
import Logging
import Synchronization

/// The heartbeat channel: echoes every message back, from a thread of its own.
///
/// Frontends ping it to learn whether the kernel process is alive, so it must answer even while a cell
/// runs on the shell thread. A ROUTER socket echoes [identity, payload...] back unchanged, which also
/// serves REQ clients. The socket belongs to the heartbeat thread alone.
public final class Heartbeat: Sendable {
    private let socket: ZMQSocket
    private let logger: Logger
    private let worker = Mutex<WorkerThread?>(nil)
    /// The bound endpoint (with the real port if the requested one was 0).
    public let endpoint: String

    public init(context: ZMQContext, endpoint requested: String, logger: Logger) throws(ZMQError) {
        socket = try ZMQSocket(context: context, type: .router)
        try socket.setLinger(milliseconds: 0)
        endpoint = try socket.bind(requested)
        self.logger = logger
    }

    /// The bound TCP port.
    public var port: Int? { socket.boundPort }

    /// Starts echoing on the heartbeat thread.
    public func start() {
        worker.withLock { worker in
            guard worker == nil else { return }
            worker = WorkerThread(name: "jupyter-heartbeat") { [socket, logger] thread in
                while !thread.isStopping {
                    do throws(ZMQError) {
                        guard let frames = try socket.receive(timeout: WorkerThread.pollInterval) else { continue }
                        try socket.send(frames, dontWait: true)
                    } catch {
                        if error.isTerminated { break }
                        logger.warning("heartbeat: \(error)")
                    }
                }
                socket.close()
            }
        }
    }

    /// Stops the thread and closes the socket.
    public func stop() {
        guard let thread = worker.withLock({ $0 }) else {
            socket.close()
            return
        }
        thread.stop()
        thread.join()
    }
}
