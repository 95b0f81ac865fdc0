/// Where the front end finds a widget's model and view: the @jupyter-widgets packages of ipywidgets 8
/// (protocol 2.1: controls and base 2.0.0, output 1.0.0).
struct WidgetModel {
    let module: String
    let moduleVersion: String
    let name: String
    let viewModule: String
    let viewModuleVersion: String
    let view: String?

    /// The protocol version a widget's `comm_open` carries in its metadata.
    static let protocolVersion = "2.1.0"
    /// The comm target of widgets.
    static let target = "jupyter.widget"
    static let controlsVersion = "2.0.0"
    static let baseVersion = "2.0.0"

    /// A model of `@jupyter-widgets/controls` with a view of the same package.
    static func controls(_ name: String, view: String) -> WidgetModel {
        WidgetModel(module: "@jupyter-widgets/controls", moduleVersion: controlsVersion, name: name,
                    viewModule: "@jupyter-widgets/controls", viewModuleVersion: controlsVersion, view: view)
    }

    /// A style model of `@jupyter-widgets/controls`, drawn by the base package's `StyleView`.
    static func style(_ name: String) -> WidgetModel {
        WidgetModel(module: "@jupyter-widgets/controls", moduleVersion: controlsVersion, name: name,
                    viewModule: "@jupyter-widgets/base", viewModuleVersion: baseVersion, view: "StyleView")
    }

    static let layout = WidgetModel(module: "@jupyter-widgets/base", moduleVersion: baseVersion, name: "LayoutModel",
                                    viewModule: "@jupyter-widgets/base", viewModuleVersion: baseVersion, view: "LayoutView")
    static let output = WidgetModel(module: "@jupyter-widgets/output", moduleVersion: "1.0.0", name: "OutputModel",
                                    viewModule: "@jupyter-widgets/output", viewModuleVersion: "1.0.0", view: "OutputView")

    /// The keys every model's state starts with.
    var state: [String: JSONValue] {
        ["_model_module": .string(module), "_model_module_version": .string(moduleVersion), "_model_name": .string(name),
         "_view_module": .string(viewModule), "_view_module_version": .string(viewModuleVersion),
         "_view_name": view.map(JSONValue.string) ?? .null, "_view_count": .null]
    }

    /// A DOM widget's own keys (ipywidgets' `DOMWidget`), without `layout`.
    static let domState: [String: JSONValue] = ["_dom_classes": [], "tabbable": .null, "tooltip": .null]
    /// A described widget's keys (ipywidgets' `DescriptionWidget`), without `style`.
    static func describedState(_ description: String) -> [String: JSONValue] {
        domState.merging(["description": .string(description), "description_allow_html": false]) { $1 }
    }
}

/// How a widget refers to another in its state: `IPY_MODEL_` and the other's model id.
func modelReference(_ widget: Widget) -> JSONValue { .string("IPY_MODEL_" + widget.modelID) }
