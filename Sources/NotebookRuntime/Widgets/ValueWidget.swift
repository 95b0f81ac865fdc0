/// A value that changed: what it was and what it is now.
public struct ValueChange<Value> {
    /// The value before the change.
    public let old: Value
    /// The value after the change.
    public let new: Value
}

/// A widget with a value the user changes in the front end: a slider, a checkbox, a dropdown, a text box.
///
/// Observers run after each change, wherever it came from (the front end, or code that sets `value`),
/// on the main actor:
///
/// ```swift
/// let rate = FloatSlider(value: 0.5, min: 0.01, max: 2, description: "rate")
/// rate.onChange { value in print("learning rate", value) }
/// display(rate)
/// ```
public protocol ValueWidget: Widget {
    /// The type of the widget's value.
    associatedtype Value
    /// The widget's value; setting it updates the front end.
    var value: Value { get set }
}

extension ValueWidget {
    /// Runs `handler` with the old and the new value after each change. With `output`, what it prints or
    /// displays goes into that `Output` widget; without, a change made in the front end writes into the
    /// output area under the widget (see ``Widget``). Returns the widget, to chain calls.
    @discardableResult
    public func observe(output: Output? = nil, _ handler: @escaping @MainActor (ValueChange<Value>) -> Void) -> Self {
        var old = value
        addObserver(keys: valueKeys, output: output) { [unowned self] in
            let new = self.value
            let change = ValueChange(old: old, new: new)
            old = new
            MainActor.assumeIsolated { handler(change) }
        }
        return self
    }

    /// Runs `handler` with the new value after each change (see ``observe(output:_:)``).
    @discardableResult
    public func onChange(output: Output? = nil, _ handler: @escaping @MainActor (Value) -> Void) -> Self {
        observe(output: output) { change in handler(change.new) }
    }
}
