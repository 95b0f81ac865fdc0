import CellChannel
import Foundation

/// What the front end sent on a comm: the message's `data` and its metadata.
public struct CommPayload: Sendable, Equatable {
    /// The message's `data`.
    public var data: JSONValue
    /// The Jupyter message's `metadata`.
    public var metadata: [String: JSONValue]

    /// Creates a payload.
    public init(data: JSONValue = [:], metadata: [String: JSONValue] = [:]) {
        self.data = data
        self.metadata = metadata
    }
}

/// A Jupyter comm: a two-way channel between an object in the notebook and one in the front end.
///
/// Open one from a cell with ``init(target:data:metadata:)``; the front end must have registered the
/// target (JavaScript of an extension). Or let the front end open one: ``registerTarget(_:_:)`` names
/// a handler that runs for each `comm_open` to that target. Widgets are built on comms (`jupyter.widget`).
///
/// ```swift
/// Comm.registerTarget("echo") { comm, opening in
///     comm.onMessage = { payload in comm.send(["echo": payload.data]) }
/// }
/// ```
///
/// Handlers run in the notebook's process on the main actor, between cells, like a cell of their own:
/// they see and change the notebook's variables, and a crash in one costs only what it did.
public final class Comm: @unchecked Sendable {
    /// The comm's id, the same at both ends.
    public let id: String
    /// The target the comm was opened for.
    public let targetName: String
    private let lock = NSLock()
    private var open = true
    private var messageHandler: (@MainActor (CommPayload) -> Void)?
    private var closeHandler: (@MainActor (CommPayload) -> Void)?

    /// Opens a comm to the front end's `target`, sending `data` with the `comm_open`.
    public convenience init(target: String, data: JSONValue = [:], metadata: [String: JSONValue] = [:]) {
        self.init(target: target, id: CommRegistry.newID(), data: data, metadata: metadata)
    }

    /// Opens a comm with a given id (a widget's model id is its comm's id).
    init(target: String, id: String, data: JSONValue, metadata: [String: JSONValue]) {
        self.id = id
        targetName = target
        CommRegistry.shared.add(self)
        KernelChannel.shared.send(.comm(CommMessage(kind: .open, commID: id, targetName: target, dataJSON: data.jsonText,
                                                    metadataJSON: JSONValue.object(metadata).jsonText)))
    }

    /// A comm the front end opened; the registry already knows it.
    init(openedByFrontEnd id: String, target: String) {
        self.id = id
        targetName = target
    }

    /// Whether neither side has closed the comm yet.
    public var isOpen: Bool { lock.withLock { open } }

    /// Runs for each message the front end sends on this comm, on the main actor.
    public var onMessage: (@MainActor (CommPayload) -> Void)? {
        get { lock.withLock { messageHandler } }
        set { lock.withLock { messageHandler = newValue } }
    }

    /// Runs once when the front end closes the comm, on the main actor.
    public var onClose: (@MainActor (CommPayload) -> Void)? {
        get { lock.withLock { closeHandler } }
        set { lock.withLock { closeHandler = newValue } }
    }

    /// Sends `data` to the front end's end of the comm (`comm_msg`); does nothing once it is closed.
    public func send(_ data: JSONValue, metadata: [String: JSONValue] = [:]) {
        guard isOpen else { return }
        KernelChannel.shared.send(.comm(message(.message, data: data, metadata: metadata)))
    }

    /// Closes the comm (`comm_close`), sending `data` with it.
    public func close(_ data: JSONValue = [:]) {
        guard lock.withLock({ () -> Bool in defer { open = false }; return open }) else { return }
        CommRegistry.shared.remove(id)
        KernelChannel.shared.send(.comm(message(.close, data: data, metadata: [:])))
    }

    /// Names a handler for comms the front end opens to `target`; it runs on the main actor with the new
    /// comm and the `comm_open`'s payload. A later registration for the same target replaces it.
    public static func registerTarget(_ target: String, _ handler: @escaping @MainActor (Comm, CommPayload) -> Void) {
        CommRegistry.shared.register(target, handler)
    }

    /// Removes the handler of `target`: later `comm_open`s to it are closed at once.
    public static func unregisterTarget(_ target: String) {
        CommRegistry.shared.unregister(target)
    }

    /// The message of this comm, for the channel (a widget's update built where no lock may be taken).
    func message(_ kind: CommMessage.Kind, data: JSONValue, metadata: [String: JSONValue] = [:]) -> CommMessage {
        CommMessage(kind: kind, commID: id, dataJSON: data.jsonText,
                    metadataJSON: metadata.isEmpty ? nil : JSONValue.object(metadata).jsonText)
    }

    /// The front end closed the comm: runs `onClose` once.
    @MainActor
    func closedByFrontEnd(_ payload: CommPayload) {
        let handler = lock.withLock { () -> (@MainActor (CommPayload) -> Void)? in
            guard open else { return nil }
            open = false
            return closeHandler
        }
        handler?(payload)
    }
}
