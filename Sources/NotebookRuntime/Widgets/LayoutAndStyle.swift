/// The CSS layout of a widget (ipywidgets' `Layout`): size, margins, flex-box settings.
///
/// Every widget has its own: `slider.layout.width = "400px"`, `box.layout["justify_content"] = "center"`.
/// Properties use ipywidgets' names (snake case, CSS values as text); `nil` leaves the front end's default.
public final class Layout: Widget {
    /// The properties of ipywidgets 8's `LayoutModel`.
    static let properties = [
        "align_content", "align_items", "align_self", "border_bottom", "border_left", "border_right", "border_top",
        "bottom", "display", "flex", "flex_flow", "grid_area", "grid_auto_columns", "grid_auto_flow",
        "grid_auto_rows", "grid_column", "grid_gap", "grid_row", "grid_template_areas", "grid_template_columns",
        "grid_template_rows", "height", "justify_content", "justify_items", "left", "margin", "max_height",
        "max_width", "min_height", "min_width", "object_fit", "object_position", "order", "overflow", "padding",
        "right", "top", "visibility", "width",
    ]

    /// A layout with every property left to the front end.
    init() {
        super.init(model: .layout, state: Dictionary(uniqueKeysWithValues: Self.properties.map { ($0, JSONValue.null) }))
    }

    /// A CSS property by ipywidgets' name (`"width"`, `"justify_content"`); `nil` for the default.
    public subscript(property: String) -> String? {
        get { self[state: property].stringValue }
        set { set(property, newValue.map(JSONValue.string) ?? .null) }
    }

    /// The CSS width, such as `"300px"` or `"50%"`.
    public var width: String? {
        get { self["width"] }
        set { self["width"] = newValue }
    }

    /// The CSS height.
    public var height: String? {
        get { self["height"] }
        set { self["height"] = newValue }
    }
}

/// The style of a widget (ipywidgets' `…Style` models): colours, fonts, the width of its description.
///
/// `slider.style?["handle_color"] = "orange"`, `progress.style?["bar_color"] = "green"`. Which properties
/// exist depends on the widget, as in ipywidgets.
public final class Style: Widget {
    init(model name: String, properties: [String: JSONValue]) {
        super.init(model: .style(name), state: properties)
    }

    /// A style property by ipywidgets' name; `nil` for the default.
    public subscript(property: String) -> String? {
        get { self[state: property].stringValue }
        set { set(property, newValue.map(JSONValue.string) ?? .null) }
    }

    /// The width of the widget's description, such as `"initial"` (as wide as its text) or `"120px"`.
    public var descriptionWidth: String {
        get { self["description_width"] ?? "" }
        set { self["description_width"] = newValue }
    }

    /// A style of ipywidgets' `DescriptionStyle` family: `description_width` and `properties`.
    private static func described(_ model: String, _ properties: [String: JSONValue]) -> Style {
        Style(model: model, properties: properties.merging(["description_width": ""]) { $1 })
    }

    static func slider() -> Style { described("SliderStyleModel", ["handle_color": .null]) }
    static func description() -> Style { described("DescriptionStyleModel", [:]) }
    static func checkbox() -> Style { described("CheckboxStyleModel", ["background": .null]) }
    static func progress() -> Style { described("ProgressStyleModel", ["bar_color": .null]) }
    static func text() -> Style { described("TextStyleModel", ["background": .null, "font_size": .null, "text_color": .null]) }
    static func html() -> Style { described("HTMLStyleModel", ["background": .null, "font_size": .null, "text_color": .null]) }
    static func label() -> Style { described("LabelStyleModel", fontProperties.merging(["background": .null]) { $1 }) }
    static func button() -> Style {
        Style(model: "ButtonStyleModel", properties: fontProperties.merging(["button_color": .null]) { $1 })
    }

    private static let fontProperties: [String: JSONValue] = [
        "font_family": .null, "font_size": .null, "font_style": .null, "font_variant": .null, "font_weight": .null,
        "text_color": .null, "text_decoration": .null,
    ]
}

/// A widget that the front end draws in the page (ipywidgets' `DOMWidget`): it has a ``layout``, and
/// most have a ``style``.
public class DOMWidget: Widget {
    /// The widget's CSS layout.
    public let layout: Layout
    /// The widget's style, for widgets that have one.
    public let style: Style?

    /// Makes the layout and style models first: the widget's state refers to them.
    init(model: WidgetModel, style: Style?, state: [String: JSONValue]) {
        let layout = Layout()
        var full = WidgetModel.domState.merging(state) { $1 }
        full["layout"] = modelReference(layout)
        if let style { full["style"] = modelReference(style) }
        self.layout = layout
        self.style = style
        super.init(model: model, state: full)
    }

    /// Closes the widget with its layout and style.
    public override func close() {
        super.close()
        layout.close()
        style?.close()
    }

    /// The text shown when the pointer rests on the widget.
    public var tooltip: String? {
        get { self[state: "tooltip"].stringValue }
        set { set("tooltip", newValue.map(JSONValue.string) ?? .null) }
    }
}

/// A widget with a description, the label the front end shows beside it (ipywidgets' `DescriptionWidget`).
public class DescriptionWidget: DOMWidget {
    init(model: WidgetModel, style: Style, description: String, state: [String: JSONValue]) {
        super.init(model: model, style: style, state: WidgetModel.describedState(description).merging(state) { $1 })
    }

    /// The label shown beside the widget.
    public var description: String {
        get { string("description") }
        set { set("description", .string(newValue)) }
    }
}
