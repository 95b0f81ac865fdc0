/// A line of text (ipywidgets' `Label`), to annotate other widgets.
public final class Label: DescriptionWidget {
    /// Creates a label showing `value`.
    public init(_ value: String = "", description: String = "") {
        super.init(model: .controls("LabelModel", view: "LabelView"), style: .label(), description: description,
                   state: ["value": .string(value), "placeholder": "\u{200b}"])
    }

    /// The text shown.
    public var value: String {
        get { string("value") }
        set { set("value", .string(newValue)) }
    }

    override var summary: String { "Label(value=\(value.debugDescription))" }
}

/// HTML shown as a widget (ipywidgets' `HTML`): formatted text that code can change.
public final class HTML: DescriptionWidget {
    /// Creates the widget showing `value`, HTML text.
    public init(_ value: String = "", description: String = "") {
        super.init(model: .controls("HTMLModel", view: "HTMLView"), style: .html(), description: description,
                   state: ["value": .string(value), "placeholder": "\u{200b}"])
    }

    /// The HTML shown.
    public var value: String {
        get { string("value") }
        set { set("value", .string(newValue)) }
    }

    override var summary: String { "HTML(value=\(value.debugDescription))" }
}
