import CellChannel

/// An output area as a widget (ipywidgets' `Output`): what code prints or displays inside
/// ``capture(_:)`` goes into it instead of under the cell.
///
/// ```swift
/// let log = Output()
/// display(log)
/// log.capture { print("shown in the widget") }
/// ```
///
/// The kernel keeps the outputs in the widget's state (`outputs`), so every view of it shows them and
/// a page reloaded later still does. Callbacks of widgets write into an `Output` (see ``Widget``).
public final class Output: DOMWidget, OutputRedirect {
    /// Display ids of the outputs held, to replace them on `updateDisplay`.
    private var displayPositions: [String: Int] = [:]
    /// `clear(wait: true)` happened: the next output replaces everything.
    private var clearPending = false

    /// Creates an empty output area.
    public init() {
        super.init(model: .output, style: nil, state: ["msg_id": "", "outputs": []])
    }

    /// The outputs held, as nbformat output objects (`output_type`, `text`, `data`, …).
    public var outputs: [JSONValue] { self[state: "outputs"].arrayValue ?? [] }

    /// Runs `body` with everything it prints, displays or clears going into this widget.
    @discardableResult
    public func capture<T>(_ body: () throws -> T) rethrows -> T {
        KernelChannel.shared.beginRedirect(self)
        defer {
            KernelChannel.shared.endRedirect(self)
            if lock.withLock({ clearPending }) { clear() }
        }
        return try body()
    }

    /// Removes the outputs; with `wait`, only when the next output arrives (no flicker when a callback
    /// redraws a figure).
    public func clear(wait: Bool = false) {
        if wait {
            lock.withLock { clearPending = true }
        } else {
            send(modify("outputs") { outputs in self.emptied(&outputs) })
        }
    }

    /// Adds `value` to the outputs, as `display` shows it.
    public func append(_ value: Any) {
        let bundle = NotebookRuntime.mimeBundle(of: value)
        send(modify("outputs") { outputs in self.add(display: bundle.data, metadataJSON: bundle.metadataJSON, id: nil, to: &outputs) })
    }

    /// Adds text, as `print` writes it (`stderr`: as an error stream).
    public func appendText(_ text: String, stderr: Bool = false) {
        send(modify("outputs") { outputs in self.add(stream: text, stderr: stderr, to: &outputs) })
    }

    // MARK: - Capture (the channel's lock is held: only `modify`, which sends nothing)

    func redirect(_ event: ExecutorEvent) -> [ExecutorEvent]? {
        switch event {
        case .output(let stderr, let text):
            return [.comm(modify("outputs") { outputs in self.add(stream: text, stderr: stderr, to: &outputs) })]
        case .display(let data, let metadataJSON, let id, let update):
            if update {
                // Not ours: an output shown under a cell, which the notebook updates itself.
                guard let id, lock.withLock({ displayPositions[id] != nil }) else { return nil }
            }
            return [.comm(modify("outputs") { outputs in
                self.add(display: data, metadataJSON: metadataJSON, id: id, update: update, to: &outputs)
            })]
        case .clearOutput(let wait):
            if wait {
                lock.withLock { clearPending = true }
                return []
            }
            return [.comm(modify("outputs") { outputs in self.emptied(&outputs) })]
        default:
            return nil
        }
    }

    // MARK: - The outputs list (under the widget's lock, inside `modify`)

    private func emptied(_ outputs: inout JSONValue) {
        outputs = []
        displayPositions = [:]
        clearPending = false
    }

    private func add(stream text: String, stderr: Bool, to outputs: inout JSONValue) {
        if clearPending { emptied(&outputs) }
        var list = outputs.arrayValue ?? []
        let name = stderr ? "stderr" : "stdout"
        if var last = list.last?.objectValue, last["output_type"] == "stream", last["name"]?.stringValue == name {
            last["text"] = .string((last["text"]?.stringValue ?? "") + text)
            list[list.count - 1] = .object(last)
        } else {
            list.append(["output_type": "stream", "name": .string(name), "text": .string(text)])
        }
        outputs = .array(list)
    }

    private func add(display data: [String: String], metadataJSON: String?, id: String?, update: Bool = false,
                     to outputs: inout JSONValue) {
        var list = outputs.arrayValue ?? []
        let entry: JSONValue = ["output_type": "display_data", "data": .object(MimeJSON.data(data)),
                                "metadata": metadataJSON.flatMap { JSONValue(parsing: $0) } ?? [:]]
        if update, let id, let position = displayPositions[id], position < list.count {
            list[position] = entry
        } else {
            if clearPending {
                emptied(&outputs)
                list = []
            }
            if let id { displayPositions[id] = list.count }
            list.append(entry)
        }
        outputs = .array(list)
    }

    override var summary: String { "Output(\(outputs.count) outputs)" }
}

/// A mime bundle as JSON: JSON types (`application/json`, `…+json`) as objects, the others as text.
enum MimeJSON {
    static func data(_ data: [String: String]) -> [String: JSONValue] {
        data.reduce(into: [:]) { converted, entry in
            let isJSON = entry.key == "application/json" || entry.key.hasSuffix("+json")
            converted[entry.key] = isJSON ? JSONValue(parsing: entry.value) ?? .string(entry.value) : .string(entry.value)
        }
    }
}
