import CellChannel

/// What the front end running the notebook can show, so that cells can adapt what they display.
///
/// The kernel tells every cell before it runs:
/// - ``hasWidgets``: a Jupyter widget manager is attached. JupyterLab 4 and Notebook 7 (with
///   `jupyterlab_widgets`, which `make venv` installs) open the `jupyter.widget.control` comm as soon as
///   they connect to the kernel, and the kernel remembers that it was opened.
/// - ``isInteractive``: someone watches the run. The cell's request allows input (`allow_stdin`), which
///   front ends people use send, and nbclient (nbconvert, papermill, the course's graders) does not.
///
/// `progress(_:)` and `interact` use them: a widget bar, an updating text line, or one final line.
/// Both can be set by hand (for a front end the kernel misjudges); the setting lasts until the kernel
/// restarts.
public enum NotebookFrontEnd {
    nonisolated(unsafe) static var detected = FrontEndCapabilities(widgets: false, interactive: false)
    nonisolated(unsafe) static var widgetsOverride: Bool?
    nonisolated(unsafe) static var interactiveOverride: Bool?

    /// Whether the front end renders Jupyter widgets (set it to override what the kernel found).
    public static var hasWidgets: Bool {
        get { widgetsOverride ?? detected.widgets }
        set { widgetsOverride = newValue }
    }

    /// Whether someone watches the run as it happens (set it to override what the kernel found).
    public static var isInteractive: Bool {
        get { interactiveOverride ?? detected.interactive }
        set { interactiveOverride = newValue }
    }
}

/// For the executor: what the front end can do, before each cell and comm message.
@_cdecl("swift_kernel_set_front_end")
public func _setFrontEnd(_ widgets: Int32, _ interactive: Int32) {
    NotebookFrontEnd.detected = FrontEndCapabilities(widgets: widgets != 0, interactive: interactive != 0)
}
