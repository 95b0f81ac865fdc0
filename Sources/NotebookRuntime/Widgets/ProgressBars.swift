/// The colours of a progress bar (Bootstrap's).
public enum BarStyle: String, Sendable {
    /// Blue.
    case plain = ""
    /// Green: done.
    case success
    /// Light blue.
    case info
    /// Orange.
    case warning
    /// Red: failed.
    case danger
}

/// A progress bar over whole numbers (ipywidgets' `IntProgress`). For a loop, `progress(_:)` makes one
/// and keeps it up to date.
public final class IntProgress: DescriptionWidget, ValueWidget {
    /// Creates a bar at `value` out of `min...max`.
    public init(value: Int = 0, min: Int = 0, max: Int = 100, description: String = "", barStyle: BarStyle = .plain,
                orientation: Orientation = .horizontal) {
        super.init(model: .controls("IntProgressModel", view: "ProgressView"), style: .progress(), description: description, state: [
            "value": .int(value), "min": .int(min), "max": .int(max), "bar_style": .string(barStyle.rawValue),
            "orientation": .string(orientation.rawValue),
        ])
    }

    /// How far the bar is filled, between `min` and `max`.
    public var value: Int {
        get { int("value") }
        set { set("value", .int(newValue)) }
    }
    /// The value of an empty bar.
    public var min: Int {
        get { int("min") }
        set { set("min", .int(newValue)) }
    }
    /// The value of a full bar.
    public var max: Int {
        get { int("max") }
        set { set("max", .int(newValue)) }
    }
    /// The bar's colour.
    public var barStyle: BarStyle {
        get { BarStyle(rawValue: string("bar_style")) ?? .plain }
        set { set("bar_style", .string(newValue.rawValue)) }
    }

    override var summary: String { "IntProgress(value=\(value), min=\(min), max=\(max))" }
}

/// A progress bar over real numbers (ipywidgets' `FloatProgress`).
public final class FloatProgress: DescriptionWidget, ValueWidget {
    /// Creates a bar at `value` out of `min...max`.
    public init(value: Double = 0, min: Double = 0, max: Double = 100, description: String = "",
                barStyle: BarStyle = .plain, orientation: Orientation = .horizontal) {
        super.init(model: .controls("FloatProgressModel", view: "ProgressView"), style: .progress(), description: description, state: [
            "value": .double(value), "min": .double(min), "max": .double(max), "bar_style": .string(barStyle.rawValue),
            "orientation": .string(orientation.rawValue),
        ])
    }

    /// How far the bar is filled, between `min` and `max`.
    public var value: Double {
        get { double("value") }
        set { set("value", .double(newValue)) }
    }
    /// The value of an empty bar.
    public var min: Double {
        get { double("min") }
        set { set("min", .double(newValue)) }
    }
    /// The value of a full bar.
    public var max: Double {
        get { double("max") }
        set { set("max", .double(newValue)) }
    }
    /// The bar's colour.
    public var barStyle: BarStyle {
        get { BarStyle(rawValue: string("bar_style")) ?? .plain }
        set { set("bar_style", .string(newValue.rawValue)) }
    }

    override var summary: String { "FloatProgress(value=\(value), min=\(min), max=\(max))" }
}
