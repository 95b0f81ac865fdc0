import Foundation

/// Counts a loop's steps and shows them, as the front end allows (see `progress(_:)`).
///
/// It ends when the loop ends, or, for a loop left early (`break`, an error), when its iterator goes
/// away: the bar then stays where it was, red, as tqdm's does.
final class ProgressTracker: @unchecked Sendable {
    private enum Mode { case widget, text, finalLine, quiet }

    private let mode: Mode
    private let line: ProgressLine
    private let started = Date()
    private var count = 0
    private var nextDraw: Date
    private var finished = false
    private let interval: TimeInterval
    private var bar: (box: HBox, bar: IntProgress, stats: Label)?
    private let displayID = "progress-" + UUID().uuidString

    init(description: String, total: Int?, quiet: Bool) {
        mode = quiet ? .quiet : NotebookFrontEnd.hasWidgets ? .widget : NotebookFrontEnd.isInteractive ? .text : .finalLine
        line = ProgressLine(description: description, total: total)
        interval = mode == .widget ? 0.1 : 0.2
        nextDraw = started
        switch mode {
        case .widget:
            let progressBar = IntProgress(value: 0, min: 0, max: max(total ?? 1, 1))
            let stats = Label(line.stats(count: 0, elapsed: 0))
            let box = HBox([Label(description), progressBar, stats])
            bar = (box, progressBar, stats)
            display(box)
        case .text:
            display(MimeBundle.plainText(line.text(count: 0, elapsed: 0)), id: displayID)
        case .finalLine, .quiet:
            break
        }
    }

    deinit { finish() }

    /// One more step done; redraws if the last redraw is old enough.
    func advance() {
        count += 1
        guard mode == .widget || mode == .text else { return }
        let now = Date()
        if now >= nextDraw {
            nextDraw = now.addingTimeInterval(interval)
            draw(elapsed: now.timeIntervalSince(started))
        }
    }

    /// The loop ended (or was left): the last redraw, or the single line of a run nobody watches.
    func finish() {
        guard !finished else { return }
        finished = true
        let elapsed = Date().timeIntervalSince(started)
        switch mode {
        case .widget:
            draw(elapsed: elapsed)
            let complete = line.total.map { count >= $0 } ?? true
            bar?.bar.barStyle = complete ? .success : .danger
        case .text:
            draw(elapsed: elapsed)
        case .finalLine:
            print(line.text(count: count, elapsed: elapsed))
        case .quiet:
            break
        }
    }

    private func draw(elapsed: TimeInterval) {
        switch mode {
        case .widget:
            guard let bar else { return }
            if let total = line.total { bar.bar.value = min(count, max(total, 1)) } else { bar.bar.value = 1 }
            bar.stats.value = line.stats(count: count, elapsed: elapsed)
        case .text:
            updateDisplay(MimeBundle.plainText(line.text(count: count, elapsed: elapsed)), id: displayID)
        case .finalLine, .quiet:
            break
        }
    }
}
