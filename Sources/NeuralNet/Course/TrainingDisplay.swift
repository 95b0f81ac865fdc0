#if canImport(Glibc)
import Glibc
#endif
import NotebookRuntime

/// A learning curve drawn while a model trains: each recorded cost is added, and the chart redraws
/// itself in place a few times a second. Plots' `LearningCurve` is one.
public protocol LiveCostCurve: AnyObject {
    /// Records the next cost (one every `every` iterations).
    func append(_ cost: Double)
    /// Draws the final curve.
    func finish()
}

/// What the course's training functions show while they train, when asked to print their cost: a
/// progress bar over the iterations and a live learning curve (nothing at all when not asked, so a
/// check that runs them many times stays quiet).
///
/// The curve is drawn by the `Plots` module, which comes after this one; it is found when first needed,
/// by its C name, in the library that holds both (`libNotebookPrelude.so`). Without it (a program that
/// links NeuralNet alone) there is no curve, and the printed costs remain.
public enum TrainingDisplay {
    private typealias MakeCurve = @convention(c) (Double, Int) -> UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var maker: MakeCurve?? = nil

    /// A live learning curve for a training run, or `nil` when `quiet` or when no drawing module is loaded.
    public static func curve(learningRate: Double?, every: Int = 100, quiet: Bool) -> LiveCostCurve? {
        guard !quiet, let make = lookUp(), let object = make(learningRate ?? .nan, every) else { return nil }
        return Unmanaged<AnyObject>.fromOpaque(object).takeRetainedValue() as? LiveCostCurve
    }

    private static func lookUp() -> MakeCurve? {
        if let maker { return maker }
        let found = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "swift_kernel_make_learning_curve")
            .map { unsafeBitCast($0, to: MakeCurve.self) }
        maker = .some(found)
        return found
    }
}
