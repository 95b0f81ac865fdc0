import CellChannel

/// Shows a value in the notebook now, while the cell is still running.
///
/// A value that adopts ``MimeRepresentable`` shows its richest form (an HTML table, an SVG plot);
/// any other value shows its description as plain text. Pass `id` to update this output later with
/// ``updateDisplay(_:id:)``, for example a progress line during training.
///
/// ```swift
/// display(costPlot)
/// display("epoch 1", id: "progress")
/// ```
public func display(_ value: Any, id: String? = nil) {
    KernelChannel.shared.sendDisplay(mimeBundle(of: value), id: id, update: false)
}

/// Replaces the output shown earlier by `display(_:id:)` with the same `id`.
public func updateDisplay(_ value: Any, id: String) {
    KernelChannel.shared.sendDisplay(mimeBundle(of: value), id: id, update: true)
}

/// Clears the output of the running cell.
///
/// With `wait: true` the old output stays until new output arrives, which avoids flicker when a loop
/// redraws a plot.
public func clearOutput(wait: Bool = false) {
    KernelChannel.shared.send(.clearOutput(wait: wait))
}

/// The representations of a value: its own bundle if it adopts ``MimeRepresentable``, plus plain text.
///
/// Strings and characters show as Swift literals (`"abc"`), like a notebook shows Python strings with
/// quotes; everything else shows its `description`.
public func mimeBundle(of value: Any) -> MimeBundle {
    if let bundle = value as? MimeBundle { return bundle.withPlainText(plainText(of: value)) }
    if let representable = value as? MimeRepresentable {
        return representable.mimeBundle.withPlainText(plainText(of: value))
    }
    return .plainText(plainText(of: value))
}

private func plainText(of value: Any) -> String {
    switch value {
    case let string as String: return string.debugDescription
    case let character as Character: return String(character).debugDescription
    case let bundle as MimeBundle: return bundle.data["text/plain"] ?? "<MimeBundle>"
    default: return String(describing: value)
    }
}

extension MimeBundle {
    /// The bundle with a `text/plain` entry, keeping its own if it has one.
    func withPlainText(_ fallback: @autoclosure () -> String) -> MimeBundle {
        var copy = self
        if copy.data["text/plain"] == nil { copy.data["text/plain"] = fallback() }
        return copy
    }
}

extension KernelChannel {
    func sendDisplay(_ bundle: MimeBundle, id: String?, update: Bool) {
        send(.display(data: bundle.data, metadataJSON: bundle.metadataJSON, id: id, update: update))
    }
}
