import CellChannel
import Foundation

/// The comms open in this process and the targets front ends may open comms to.
///
/// The executor hands each comm message from the front end to ``deliver(_:)`` on the main thread, as
/// it runs a cell (see `swift_kernel_comm_dispatch`). A message for a comm this process does not know
/// (one opened before a crash that the snapshot taking over never saw) is answered with `comm_close`,
/// so the front end stops talking to it.
final class CommRegistry: @unchecked Sendable {
    static let shared = CommRegistry()

    private let lock = NSLock()
    private var comms: [String: Comm] = [:]
    private var targets: [String: @MainActor (Comm, CommPayload) -> Void] = [:]
    /// The message the executor handed over, delivered by the next `swift_kernel_comm_dispatch`.
    var pending: CommMessage?

    private init() {
        targets[WidgetControl.target] = { comm, _ in WidgetControl.attach(comm) }
    }

    /// A fresh comm id: 32 hex digits, as ipykernel makes them.
    static func newID() -> String {
        UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    func add(_ comm: Comm) { lock.withLock { comms[comm.id] = comm } }
    func remove(_ id: String) { _ = lock.withLock { comms.removeValue(forKey: id) } }
    func register(_ target: String, _ handler: @escaping @MainActor (Comm, CommPayload) -> Void) {
        lock.withLock { targets[target] = handler }
    }
    func unregister(_ target: String) { _ = lock.withLock { targets.removeValue(forKey: target) } }

    /// The open comms, id → target, of `target` or of all.
    func openComms(target: String?) -> [String: String] {
        lock.withLock {
            comms.values.filter { target == nil || $0.targetName == target }
                .reduce(into: [:]) { $0[$1.id] = $1.targetName }
        }
    }

    /// Hands a message from the front end to its comm's handler; on the main thread.
    @MainActor
    func deliver(_ message: CommMessage) {
        let payload = CommPayload(data: JSONValue(parsing: message.dataJSON) ?? [:],
                                  metadata: message.metadataJSON.flatMap { JSONValue(parsing: $0)?.objectValue } ?? [:])
        switch message.kind {
        case .open:
            let target = message.targetName ?? ""
            guard let handler = lock.withLock({ targets[target] }) else {
                reject(message.commID)
                return
            }
            let comm = Comm(openedByFrontEnd: message.commID, target: target)
            add(comm)
            handler(comm, payload)
        case .message:
            guard let comm = lock.withLock({ comms[message.commID] }) else {
                reject(message.commID)
                return
            }
            comm.onMessage?(payload)
        case .close:
            guard let comm = lock.withLock({ comms.removeValue(forKey: message.commID) }) else { return }
            comm.closedByFrontEnd(payload)
        }
    }

    /// Closes a comm nobody here handles.
    private func reject(_ id: String) {
        KernelChannel.shared.send(.comm(CommMessage(kind: .close, commID: id)))
    }
}

/// For the executor: the comm message to deliver next.
@_cdecl("swift_kernel_comm_receive")
public func _commReceive(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    let data = Data(UnsafeBufferPointer(start: bytes, count: count))
    CommRegistry.shared.pending = try? JSONDecoder().decode(CommMessage.self, from: data)
}

/// For the executor, which runs it on the main thread as it runs a cell's `main` (so that a trap in a
/// handler is handled as a trap in a cell): delivers the message `swift_kernel_comm_receive` stored.
@_cdecl("swift_kernel_comm_dispatch")
public func _commDispatch(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    guard let message = CommRegistry.shared.pending else { return 0 }
    CommRegistry.shared.pending = nil
    MainActor.assumeIsolated { CommRegistry.shared.deliver(message) }
    return 0
}

/// For the executor: sends the open comms (of `target`, or all when it is null) as a `commInfo` event.
@_cdecl("swift_kernel_comm_info")
public func _commInfo(_ target: UnsafePointer<CChar>?) {
    KernelChannel.shared.send(.commInfo(comms: CommRegistry.shared.openComms(target: target.map { String(cString: $0) })))
}
