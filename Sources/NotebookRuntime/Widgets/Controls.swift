/// A checkbox (ipywidgets' `Checkbox`).
public final class Checkbox: DescriptionWidget, ValueWidget {
    /// Creates a checkbox; `indent` lines it up with the controls of other described widgets.
    public init(value: Bool = false, description: String = "", indent: Bool = true, disabled: Bool = false) {
        super.init(model: .controls("CheckboxModel", view: "CheckboxView"), style: .checkbox(), description: description,
                   state: ["value": .bool(value), "indent": .bool(indent), "disabled": .bool(disabled)])
    }

    /// Whether the box is ticked.
    public var value: Bool {
        get { bool("value") }
        set { set("value", .bool(newValue)) }
    }

    override var startsCallbacks: Bool { true }
    override var summary: String { "Checkbox(value=\(value), description=\(description.debugDescription))" }
}

/// A drop-down list of choices (ipywidgets' `Dropdown`), by their labels.
///
/// ```swift
/// let dataset = Dropdown(options: ["noisy_moons", "blobs"], value: "blobs", description: "data")
/// ```
public final class Dropdown: DescriptionWidget, ValueWidget {
    /// Creates the list with `value` chosen (by default the first option; none without options).
    public init(options: [String], value: String? = nil, description: String = "", disabled: Bool = false) {
        let index = value.flatMap(options.firstIndex(of:)) ?? (options.isEmpty ? nil : 0)
        super.init(model: .controls("DropdownModel", view: "DropdownView"), style: .description(), description: description,
                   state: ["_options_labels": .array(options.map(JSONValue.string)),
                           "index": index.map(JSONValue.int) ?? .null, "disabled": .bool(disabled)])
    }

    /// The labels of the choices.
    public var options: [String] {
        get { self[state: "_options_labels"].arrayValue?.compactMap(\.stringValue) ?? [] }
        set {
            let chosen = value
            set("_options_labels", .array(newValue.map(JSONValue.string)))
            set("index", (chosen.flatMap(newValue.firstIndex(of:)) ?? (newValue.isEmpty ? nil : 0)).map(JSONValue.int) ?? .null)
        }
    }

    /// The position of the choice in ``options``, `nil` for none.
    public var index: Int? {
        get { self[state: "index"].intValue }
        set { set("index", newValue.flatMap { options.indices.contains($0) ? .int($0) : nil } ?? .null) }
    }

    /// The chosen label, `nil` for none; setting a label that is not an option chooses none.
    public var value: String? {
        get { index.map { options[$0] } }
        set { index = newValue.flatMap(options.firstIndex(of:)) }
    }

    override var valueKeys: Set<String> { ["index"] }
    override var startsCallbacks: Bool { true }
    override var summary: String { "Dropdown(options=\(options), value=\(value.map { $0.debugDescription } ?? "None"))" }
}

/// A one-line text box (ipywidgets' `Text`).
public final class Text: DescriptionWidget, ValueWidget {
    private var submitHandlers: [(output: Output?, action: @MainActor (Text) -> Void)] = []

    /// Creates a text box; `placeholder` shows while it is empty. With `continuousUpdate` false the
    /// value changes when the box loses focus or the user presses Enter, not at each key.
    public init(value: String = "", placeholder: String = "\u{200b}", description: String = "",
                continuousUpdate: Bool = true, disabled: Bool = false) {
        super.init(model: .controls("TextModel", view: "TextView"), style: .text(), description: description,
                   state: ["value": .string(value), "placeholder": .string(placeholder),
                           "continuous_update": .bool(continuousUpdate), "disabled": .bool(disabled)])
    }

    /// The text in the box.
    public var value: String {
        get { string("value") }
        set { set("value", .string(newValue)) }
    }

    /// Runs `action` when the user presses Enter in the box, on the main actor; its output goes to
    /// `output`, or to the output area under the widget.
    @discardableResult
    public func onSubmit(output: Output? = nil, _ action: @escaping @MainActor (Text) -> Void) -> Text {
        lock.withLock { submitHandlers.append((output, action)) }
        adoptArea(output)
        return self
    }

    override func receiveCustom(_ content: JSONValue) {
        guard content["event"]?.stringValue == "submit" else { return }
        for handler in lock.withLock({ submitHandlers }) {
            runCallback(output: handler.output, fromFrontEnd: true) { MainActor.assumeIsolated { handler.action(self) } }
        }
    }

    override var startsCallbacks: Bool { true }
    override var summary: String { "Text(value=\(value.debugDescription), description=\(description.debugDescription))" }
}

/// A button (ipywidgets' `Button`).
///
/// ```swift
/// let train = Button(description: "Train", buttonStyle: .primary)
/// train.onClick { _ in print("training…") }
/// ```
public final class Button: DOMWidget {
    /// The predefined looks of a button (Bootstrap's).
    public enum ButtonStyle: String, Sendable {
        /// The default grey.
        case plain = ""
        /// Blue.
        case primary
        /// Green.
        case success
        /// Light blue.
        case info
        /// Orange.
        case warning
        /// Red.
        case danger
    }

    private var clickHandlers: [(output: Output?, action: @MainActor (Button) -> Void)] = []

    /// Creates a button; `icon` is a Font Awesome name without its `fa-` (`"check"`).
    public init(description: String = "", buttonStyle: ButtonStyle = .plain, icon: String = "", tooltip: String? = nil,
                disabled: Bool = false) {
        super.init(model: .controls("ButtonModel", view: "ButtonView"), style: .button(), state: [
            "description": .string(description), "button_style": .string(buttonStyle.rawValue), "icon": .string(icon),
            "disabled": .bool(disabled), "tooltip": tooltip.map(JSONValue.string) ?? .null,
        ])
    }

    /// The text on the button.
    public var description: String {
        get { string("description") }
        set { set("description", .string(newValue)) }
    }

    /// Whether the button ignores clicks.
    public var disabled: Bool {
        get { bool("disabled") }
        set { set("disabled", .bool(newValue)) }
    }

    /// Runs `action` at each click, on the main actor; what it prints goes to `output`, or to the
    /// output area under the button. Returns the button, to chain calls.
    @discardableResult
    public func onClick(output: Output? = nil, _ action: @escaping @MainActor (Button) -> Void) -> Button {
        lock.withLock { clickHandlers.append((output, action)) }
        adoptArea(output)
        return self
    }

    /// Runs the click handlers as a click in the front end does (for tests and scripted demos).
    public func click() {
        for handler in lock.withLock({ clickHandlers }) {
            runCallback(output: handler.output, fromFrontEnd: true) { MainActor.assumeIsolated { handler.action(self) } }
        }
    }

    override func receiveCustom(_ content: JSONValue) {
        if content["event"]?.stringValue == "click" { click() }
    }

    override var startsCallbacks: Bool { true }
    override var summary: String { "Button(description=\(description.debugDescription))" }
}
