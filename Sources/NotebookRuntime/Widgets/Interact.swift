import Foundation

/// Shows `controls` with an output area under them, and runs `body` with their values now and after
/// each change, its output replacing the last run's (ipywidgets' `interact`).
///
/// ```swift
/// interact(IntSlider(value: 4, min: 1, max: 20, description: "hidden units", continuousUpdate: false)) { hidden in
///     let trained = nnModel(X, Y, nH: hidden, numIterations: 5000)
///     display(plotDecisionBoundary({ predict(trained, $0) }, X: X, Y: Y))
/// }
/// ```
///
/// `body` runs on the main actor, in the notebook's process with its state. Where the front end has no
/// widgets (nbconvert, papermill: see ``NotebookFrontEnd``) nothing can change the controls: `body` runs
/// once with their values and its output goes under the cell, as a plain call would.
///
/// It takes one to four controls (overloads rather than a parameter pack: Swift 6.3 cannot yet
/// capture a pack in a closure).
public func interact<A: ValueWidget>(_ a: A, body: @escaping @MainActor (A.Value) -> Void) {
    Interaction.show([a]) { body(a.value) }
}

/// `interact` with two controls: `body` gets their values in order.
public func interact<A: ValueWidget, B: ValueWidget>(_ a: A, _ b: B, body: @escaping @MainActor (A.Value, B.Value) -> Void) {
    Interaction.show([a, b]) { body(a.value, b.value) }
}

/// `interact` with three controls: `body` gets their values in order.
public func interact<A: ValueWidget, B: ValueWidget, C: ValueWidget>(
    _ a: A, _ b: B, _ c: C, body: @escaping @MainActor (A.Value, B.Value, C.Value) -> Void) {
    Interaction.show([a, b, c]) { body(a.value, b.value, c.value) }
}

/// `interact` with four controls: `body` gets their values in order.
public func interact<A: ValueWidget, B: ValueWidget, C: ValueWidget, D: ValueWidget>(
    _ a: A, _ b: B, _ c: C, _ d: D, body: @escaping @MainActor (A.Value, B.Value, C.Value, D.Value) -> Void) {
    Interaction.show([a, b, c, d]) { body(a.value, b.value, c.value, d.value) }
}

/// The machinery of `interact`: the controls in a column over an `Output`; each change of one of them
/// clears the output (when the next output comes, so the figure does not flicker) and runs the body.
enum Interaction {
    static func show(_ controls: [Widget], run: @escaping @MainActor () -> Void) {
        guard NotebookFrontEnd.hasWidgets else {
            onMainActor(run)
            return
        }
        let output = Output()
        let rerun = {
            output.clear(wait: true)
            MainActor.assumeIsolated { run() }
        }
        for control in controls {
            control.lock.withLock { control.callbackArea = output }
            control.addObserver(keys: control.valueKeys, output: output, rerun)
        }
        display(VBox(controls + [output]))
        output.runCallback(output: output, fromFrontEnd: false, rerun)
    }

    /// Runs `body` on the main actor: at once on the main thread, else queued for it.
    static func onMainActor(_ body: @escaping @MainActor () -> Void) {
        if Thread.isMainThread {
            MainActor.assumeIsolated { body() }
        } else {
            DispatchQueue.main.async { MainActor.assumeIsolated { body() } }
        }
    }
}
