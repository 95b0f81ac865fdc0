/// The widget manager's control comm (`jupyter.widget.control`, protocol 1.0.0).
///
/// A front end's widget manager opens it when it attaches to the kernel (a notebook opened or
/// reloaded) and asks for the state of every widget at once (`request_states`), to draw the widgets
/// of the outputs it shows. Its opening is also how the kernel learns that the front end has widgets.
enum WidgetControl {
    static let target = "jupyter.widget.control"

    /// Answers the comm's `request_states` with `update_states`: every live widget's full state.
    @MainActor
    static func attach(_ comm: Comm) {
        comm.onMessage = { payload in
            guard payload.data["method"]?.stringValue == "request_states" else { return }
            var states: [String: JSONValue] = [:]
            for widget in WidgetRegistry.shared.all { states[widget.modelID] = .object(widget.fullState) }
            comm.send(["method": "update_states", "states": .object(states), "buffer_paths": []])
        }
    }
}
