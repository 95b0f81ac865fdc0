import CellChannel
import Foundation

/// A Jupyter widget: a model whose state lives both here and in the front end, kept in step over a
/// comm (the `@jupyter-widgets` protocol 2 of ipywidgets 8).
///
/// Show one with `display(widget)` or as a cell's last expression. Changing a property here updates
/// every view of it; a change made in the front end (a slider dragged) updates the property here and
/// runs its observers (see ``ValueWidget``), on the main actor.
///
/// **Where callbacks print.** A callback started by the front end (an observer, a click) writes into
/// the `Output` given with it (`output:`), or else into the widget's output area: the first `Output`
/// given to one of its callbacks, or, for a widget displayed before any was, an empty `Output` shown
/// under it on its first display. Without a widget front end callbacks still run, but nothing shows
/// their output.
///
/// Widgets stay alive until ``close()``, whatever variable held them: the front end may still show them.
public class Widget: MimeRepresentable {
    /// The id of the widget's model, which is also its comm's id.
    public let modelID: String
    let lock = NSLock()
    private var state: [String: JSONValue]
    private var observers: [Observer] = []
    private var comm: Comm!
    /// The output area of callbacks that name none (set when the widget is first displayed).
    var callbackArea: Output?
    /// What `display` shows for this widget: itself, or a box with it and its callbacks' output area.
    private var displayed: Widget?

    /// Opens the widget's comm with `model`'s keys and `state`; DOM widgets get their `layout` (and
    /// `style`) models first, since the front end resolves references to models it already has.
    init(model: WidgetModel, state: [String: JSONValue]) {
        modelID = CommRegistry.newID()
        self.state = model.state.merging(state) { $1 }
        let initial: JSONValue = ["state": .object(self.state), "buffer_paths": []]
        comm = Comm(target: WidgetModel.target, id: modelID, data: initial,
                    metadata: ["version": .string(WidgetModel.protocolVersion)])
        comm.onMessage = { [weak self] payload in self?.receive(payload) }
        WidgetRegistry.shared.add(self)
    }

    /// The whole state, as the front end gets it.
    var fullState: [String: JSONValue] { lock.withLock { state } }

    /// The state value of `key`.
    subscript(state key: String) -> JSONValue { lock.withLock { state[key] ?? .null } }

    /// Sets the state `key`, sends it to the front end and runs the observers of `key` if it changed.
    func set(_ key: String, _ value: JSONValue) {
        let changed = lock.withLock { () -> Bool in
            guard state[key] != value else { return false }
            state[key] = value
            return true
        }
        guard changed else { return }
        comm.send(["method": "update", "state": [key: value], "buffer_paths": []])
        notify([key], fromFrontEnd: false)
    }

    /// Changes the state `key` with `change` under the widget's lock, without sending it; returns the
    /// update message to send. For the output capture, which runs where the channel cannot send.
    func modify(_ key: String, _ change: (inout JSONValue) -> Void) -> CommMessage {
        let value = lock.withLock { () -> JSONValue in
            var value = state[key] ?? .null
            change(&value)
            state[key] = value
            return value
        }
        return comm.message(.message, data: ["method": "update", "state": [key: value], "buffer_paths": []])
    }

    /// Sends an update message made by ``modify(_:_:)``.
    func send(_ message: CommMessage) {
        KernelChannel.shared.send(.comm(message))
    }

    /// Sends a custom message (`method: custom`) to the widget's views.
    func sendCustom(_ content: JSONValue) {
        comm.send(["method": "custom", "content": content])
    }

    /// Closes the widget: its comm closes and every view of it disappears.
    public func close() {
        comm.close()
        WidgetRegistry.shared.remove(modelID)
    }

    // MARK: - From the front end

    /// A message on the widget's comm, on the main thread.
    private func receive(_ payload: CommPayload) {
        switch payload.data["method"]?.stringValue {
        case "update"?:
            guard let updates = payload.data["state"]?.objectValue else { return }
            applyFromFrontEnd(updates)
        case "request_state"?:
            comm.send(["method": "update", "state": .object(fullState), "buffer_paths": []])
        case "custom"?:
            receiveCustom(payload.data["content"] ?? .null)
        default:
            break
        }
    }

    /// A state update from a front end: echoed (`echo_update`, protocol 2.1, so that other views of the
    /// model follow, and the sender knows its change arrived), applied, then observed.
    private func applyFromFrontEnd(_ updates: [String: JSONValue]) {
        let known = lock.withLock { updates.filter { state[$0.key] != nil } }
        guard !known.isEmpty else { return }
        comm.send(["method": "echo_update", "state": .object(known), "buffer_paths": []])
        let changed = lock.withLock { () -> Set<String> in
            var changed: Set<String> = []
            for (key, value) in known where state[key] != value {
                state[key] = value
                changed.insert(key)
            }
            return changed
        }
        if !changed.isEmpty { notify(changed, fromFrontEnd: true) }
    }

    /// A custom message from the front end (a click); subclasses that expect one override this.
    func receiveCustom(_ content: JSONValue) {}

    // MARK: - Observers and callbacks

    private struct Observer {
        let keys: Set<String>
        let output: Output?
        let action: () -> Void
    }

    /// Runs `action` after any of `keys` changed; in `output` if given (see ``runCallback(output:fromFrontEnd:_:)``).
    func addObserver(keys: Set<String>, output: Output?, _ action: @escaping () -> Void) {
        lock.withLock { observers.append(Observer(keys: keys, output: output, action: action)) }
        adoptArea(output)
    }

    /// The first `Output` named by a callback becomes the widget's output area, if it has none yet.
    func adoptArea(_ output: Output?) {
        guard let output else { return }
        lock.withLock { if callbackArea == nil { callbackArea = output } }
    }

    private func notify(_ keys: Set<String>, fromFrontEnd: Bool) {
        let matching = lock.withLock { observers.filter { !$0.keys.isDisjoint(with: keys) } }
        for observer in matching { runCallback(output: observer.output, fromFrontEnd: fromFrontEnd, observer.action) }
    }

    /// Runs a callback on the main thread, its output in `output`, or, when the front end started it, in
    /// the widget's output area. From another thread it is queued for the main thread.
    func runCallback(output: Output?, fromFrontEnd: Bool, _ body: @escaping () -> Void) {
        let area = output ?? (fromFrontEnd ? lock.withLock { callbackArea } : nil)
        let run = {
            if let area { area.capture(body) } else { body() }
        }
        if Thread.isMainThread { run() } else { DispatchQueue.main.async(execute: run) }
    }

    // MARK: - Display

    /// Whether the front end can start callbacks of this widget itself (a control, not a box).
    var startsCallbacks: Bool { false }

    /// The state keys that make up a value widget's `value` (a dropdown's is its `index`).
    var valueKeys: Set<String> { ["value"] }

    /// The widget and every widget inside it.
    var tree: [Widget] { [self] }

    /// What a cell shows: a view of the widget, or of a box holding it and the output area of its
    /// callbacks, made on first display; `text/plain` for front ends without widgets.
    public var mimeBundle: MimeBundle {
        let shown = displayTarget()
        let view: JSONValue = ["version_major": 2, "version_minor": 0, "model_id": .string(shown.modelID)]
        return MimeBundle(["application/vnd.jupyter.widget-view+json": view.jsonText, "text/plain": summary])
    }

    private func displayTarget() -> Widget {
        if let displayed = lock.withLock({ displayed }) { return displayed }
        let needArea = tree.filter { $0.startsCallbacksWithoutArea }
        var shown: Widget = self
        if !needArea.isEmpty {
            let area = Output()
            for widget in needArea { widget.lock.withLock { widget.callbackArea = area } }
            shown = VBox([self, area])
        }
        lock.withLock { displayed = shown }
        return shown
    }

    private var startsCallbacksWithoutArea: Bool { startsCallbacks && lock.withLock { callbackArea == nil } }

    /// `Name(value=…)`, what a front end without widgets shows.
    var summary: String { "\(type(of: self))()" }

    // MARK: - Typed state

    func int(_ key: String) -> Int { self[state: key].intValue ?? 0 }
    func double(_ key: String) -> Double { self[state: key].doubleValue ?? 0 }
    func bool(_ key: String) -> Bool { self[state: key].boolValue ?? false }
    func string(_ key: String) -> String { self[state: key].stringValue ?? "" }
}

/// Every widget of this process, kept alive while its comm is open, and found by id when a front end
/// asks for all of their states (`jupyter.widget.control`).
final class WidgetRegistry: @unchecked Sendable {
    static let shared = WidgetRegistry()
    private let lock = NSLock()
    private var widgets: [String: Widget] = [:]

    func add(_ widget: Widget) { lock.withLock { widgets[widget.modelID] = widget } }
    func remove(_ id: String) { _ = lock.withLock { widgets.removeValue(forKey: id) } }
    var all: [Widget] { lock.withLock { Array(widgets.values) } }
}
