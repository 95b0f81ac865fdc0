import CZeroMQ

/// A libzmq context: the I/O threads behind every socket.
///
/// Thread-safe (libzmq guarantees it). Every `ZMQSocket` keeps its context alive, and the context is
/// terminated when the last reference goes, after all sockets are closed.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() throws(ZMQError) {
        guard let handle = zmq_ctx_new() else { throw ZMQError("zmq_ctx_new") }
        self.handle = handle
    }

    deinit {
        while zmq_ctx_term(handle) != 0 && zmq_errno() == EINTR {}
    }
}
