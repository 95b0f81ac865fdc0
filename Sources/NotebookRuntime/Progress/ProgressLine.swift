import Foundation

/// The text of a progress display, as tqdm writes it:
/// `training:  45%|█████▍      | 450/1000 [00:02<00:03, 201.35 it/s]`.
struct ProgressLine {
    let description: String
    let total: Int?
    static let barWidth = 20

    /// The whole line: description, percentage, bar and ``stats(count:elapsed:)``.
    func text(count: Int, elapsed: TimeInterval) -> String {
        let prefix = description.isEmpty ? "" : description + ": "
        guard let total, total > 0 else { return prefix + stats(count: count, elapsed: elapsed) }
        let fraction = min(1, Double(count) / Double(total))
        let percent = String(format: "%3d%%", Int(fraction * 100))
        return prefix + percent + "|" + Self.bar(fraction) + "| " + stats(count: count, elapsed: elapsed)
    }

    /// `450/1000 [00:02<00:03, 201.35 it/s]`; without a total, `450 it [00:02, 201.35 it/s]`.
    func stats(count: Int, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(count) / elapsed : 0
        let rateText = rate >= 1 || rate == 0 ? String(format: "%.2f it/s", rate) : String(format: "%.2f s/it", 1 / rate)
        guard let total, total > 0 else { return "\(count) it [\(Self.clock(elapsed)), \(rateText)]" }
        let remaining = rate > 0 ? Self.clock(Double(max(0, total - count)) / rate) : "?"
        return "\(count)/\(total) [\(Self.clock(elapsed))<\(remaining), \(rateText)]"
    }

    /// A bar of eighths of a block, `Self.barWidth` wide.
    static func bar(_ fraction: Double) -> String {
        let eighths = Int((fraction * Double(barWidth * 8)).rounded(.down))
        let full = eighths / 8, part = eighths % 8
        let partial = part > 0 ? String(UnicodeScalar(0x2590 - part)!) : ""
        let filled = String(repeating: "█", count: full) + partial
        return filled + String(repeating: " ", count: max(0, barWidth - filled.count))
    }

    /// `mm:ss`, or `h:mm:ss` past an hour.
    static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%02d:%02d", minutes, secs)
    }
}
