/// Which way a slider or a progress bar runs.
public enum Orientation: String, Sendable {
    /// Left to right.
    case horizontal
    /// Bottom to top.
    case vertical
}

/// A slider over whole numbers (ipywidgets' `IntSlider`).
///
/// ```swift
/// let hidden = IntSlider(value: 4, min: 1, max: 20, description: "hidden units", continuousUpdate: false)
/// ```
public final class IntSlider: DescriptionWidget, ValueWidget {
    /// Creates a slider; `value` is clamped into `min...max`. With `continuousUpdate` false the value
    /// changes only when the user lets go of the handle (for observers that take a while).
    public init(value: Int = 0, min: Int = 0, max: Int = 100, step: Int = 1, description: String = "",
                continuousUpdate: Bool = true, orientation: Orientation = .horizontal, readout: Bool = true,
                disabled: Bool = false) {
        super.init(model: .controls("IntSliderModel", view: "IntSliderView"), style: .slider(), description: description, state: [
            "value": .int(Swift.min(Swift.max(value, min), max)), "min": .int(min), "max": .int(max), "step": .int(step),
            "behavior": "drag-tap", "continuous_update": .bool(continuousUpdate), "disabled": .bool(disabled),
            "orientation": .string(orientation.rawValue), "readout": .bool(readout), "readout_format": "d",
        ])
    }

    /// The slider's value, clamped into `min...max`.
    public var value: Int {
        get { int("value") }
        set { set("value", .int(Swift.min(Swift.max(newValue, min), max))) }
    }
    /// The smallest value.
    public var min: Int {
        get { int("min") }
        set { set("min", .int(newValue)) }
    }
    /// The largest value.
    public var max: Int {
        get { int("max") }
        set { set("max", .int(newValue)) }
    }

    override var startsCallbacks: Bool { true }
    override var summary: String { "IntSlider(value=\(value), min=\(min), max=\(max), description=\(description.debugDescription))" }
}

/// A slider over real numbers (ipywidgets' `FloatSlider`).
public final class FloatSlider: DescriptionWidget, ValueWidget {
    /// Creates a slider; `value` is clamped into `min...max`. `readoutFormat` is a d3 format for the
    /// number shown beside it (`".2f"`: two decimals).
    public init(value: Double = 0, min: Double = 0, max: Double = 100, step: Double = 0.1, description: String = "",
                continuousUpdate: Bool = true, orientation: Orientation = .horizontal, readout: Bool = true,
                readoutFormat: String = ".2f", disabled: Bool = false) {
        super.init(model: .controls("FloatSliderModel", view: "FloatSliderView"), style: .slider(), description: description, state: [
            "value": .double(Swift.min(Swift.max(value, min), max)), "min": .double(min), "max": .double(max),
            "step": .double(step), "behavior": "drag-tap", "continuous_update": .bool(continuousUpdate),
            "disabled": .bool(disabled), "orientation": .string(orientation.rawValue), "readout": .bool(readout),
            "readout_format": .string(readoutFormat),
        ])
    }

    /// The slider's value, clamped into `min...max`.
    public var value: Double {
        get { double("value") }
        set { set("value", .double(Swift.min(Swift.max(newValue, min), max))) }
    }
    /// The smallest value.
    public var min: Double {
        get { double("min") }
        set { set("min", .double(newValue)) }
    }
    /// The largest value.
    public var max: Double {
        get { double("max") }
        set { set("max", .double(newValue)) }
    }

    override var startsCallbacks: Bool { true }
    override var summary: String { "FloatSlider(value=\(value), min=\(min), max=\(max), description=\(description.debugDescription))" }
}
