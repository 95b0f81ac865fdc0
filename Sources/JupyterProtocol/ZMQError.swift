import CZeroMQ

/// A failed libzmq call: the operation and `zmq_errno()` with its text.
public struct ZMQError: Error, CustomStringConvertible, Equatable {
    public let operation: String
    public let code: Int32

    /// Captures the current `zmq_errno()`.
    init(_ operation: String) {
        self.operation = operation
        self.code = zmq_errno()
    }

    public var description: String {
        "\(operation): \(String(cString: zmq_strerror(code))) (errno \(code))"
    }

    /// The context was terminated: the socket's owner should stop.
    public var isTerminated: Bool { code == ETERM }
}
