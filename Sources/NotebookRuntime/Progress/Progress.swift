/// Wraps a loop's sequence so that the notebook shows its progress: count, rate and time left.
///
/// ```swift
/// for i in progress(0..<numIterations, description: "training") {
///     // one step
/// }
/// ```
///
/// What shows depends on the front end (see ``NotebookFrontEnd``): a progress bar widget where it has
/// widgets (JupyterLab, Notebook 7); one line of text that updates itself (`update_display`) where it
/// only shows outputs; and where nobody watches (nbconvert, papermill) a single line once the loop
/// ends, so that saved notebooks stay small. Redraws are limited to a few a second, however fast the
/// loop turns. With `quiet`, nothing shows.
///
/// - Parameters:
///   - total: the number of elements, when the sequence cannot tell (a collection can).
public func progress<Elements: Sequence>(_ elements: Elements, description: String = "", total: Int? = nil,
                                         quiet: Bool = false) -> ProgressSequence<Elements> {
    let count = total ?? (elements as? any Collection)?.count
    return ProgressSequence(base: elements, description: description, total: count, quiet: quiet)
}

/// A sequence whose iteration shows its progress in the notebook; made by `progress(_:)`.
public struct ProgressSequence<Base: Sequence>: Sequence {
    let base: Base
    let description: String
    let total: Int?
    let quiet: Bool

    /// Starts the iteration and shows its progress.
    public func makeIterator() -> Iterator {
        Iterator(base: base.makeIterator(), tracker: ProgressTracker(description: description, total: total, quiet: quiet))
    }

    /// Counts the elements handed out; the display ends with the iteration (or when it is abandoned).
    public struct Iterator: IteratorProtocol {
        var base: Base.Iterator
        let tracker: ProgressTracker
        var started = false

        /// The next element; each call after the first counts one more element done.
        public mutating func next() -> Base.Element? {
            if started { tracker.advance() }
            started = true
            guard let element = base.next() else {
                tracker.finish()
                return nil
            }
            return element
        }
    }
}
