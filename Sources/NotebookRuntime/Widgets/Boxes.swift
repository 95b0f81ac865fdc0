/// A box of widgets (ipywidgets' `Box` family); ``HBox`` lays them out in a row, ``VBox`` in a column.
public class Box: DOMWidget {
    private var items: [Widget]

    init(model: WidgetModel, children: [Widget]) {
        items = children
        super.init(model: model, style: nil, state: ["children": .array(children.map(modelReference)), "box_style": ""])
    }

    /// The widgets in the box, in order; setting it redraws the box.
    public var children: [Widget] {
        get { lock.withLock { items } }
        set {
            lock.withLock { items = newValue }
            set("children", .array(newValue.map(modelReference)))
        }
    }

    override var tree: [Widget] { [self] + children.flatMap(\.tree) }
    override var summary: String { "\(type(of: self))(children=[\(children.map(\.summary).joined(separator: ", "))])" }
}

/// Widgets side by side (ipywidgets' `HBox`).
public final class HBox: Box {
    /// A row of `children`.
    public init(_ children: [Widget] = []) {
        super.init(model: .controls("HBoxModel", view: "HBoxView"), children: children)
    }
}

/// Widgets one under the other (ipywidgets' `VBox`).
public final class VBox: Box {
    /// A column of `children`.
    public init(_ children: [Widget] = []) {
        super.init(model: .controls("VBoxModel", view: "VBoxView"), children: children)
    }
}
