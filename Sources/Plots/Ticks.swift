import Foundation

/// "Nice" tick positions for an axis covering `lower...upper`: the smallest step of 1, 2, 2.5 or 5
/// times a power of ten that gives at most about `target` intervals, ticks inside the range only
/// (like matplotlib's default `MaxNLocator`). `niceTicks(0, 10)` is `[0, 2, 4, 6, 8, 10]`.
public func niceTicks(_ lower: Double, _ upper: Double, target: Int = 6) -> [Double] {
    guard lower.isFinite, upper.isFinite else { return [] }
    guard upper > lower else { return [lower] }
    let step = niceStep((upper - lower) / Double(max(target, 1)))
    let first = (lower / step).rounded(.up), last = (upper / step).rounded(.down)
    guard last >= first, last - first < 1000 else { return [lower, upper] }
    // step = mantissa × 10^e; dividing by the exact integer 10^-e keeps 0.6 from becoming 0.6000000000000001.
    let exponent = log10(step).rounded(.down), mantissa = (step / pow(10, exponent) * 10).rounded() / 10
    return stride(from: first, through: last, by: 1).map { k in
        let v = exponent >= 0 ? k * mantissa * pow(10, exponent) : k * mantissa / pow(10, -exponent)
        return v == 0 ? 0 : v
    }
}

/// The smallest nice step (1, 2, 2.5, 5 × 10^k) at least `rough`.
func niceStep(_ rough: Double) -> Double {
    guard rough > 0, rough.isFinite else { return 1 }
    let magnitude = pow(10, (log10(rough)).rounded(.down))
    for m in [1, 2, 2.5, 5, 10] as [Double] where m * magnitude >= rough * (1 - 1e-9) { return m * magnitude }
    return 10 * magnitude
}

/// Formats tick values with just enough decimals to tell them apart ("0", "0.5", "1e-05").
func tickLabels(_ ticks: [Double]) -> [String] {
    guard ticks.count > 1 else { return ticks.map { fmt($0, 6) } }
    let step = abs(ticks[1] - ticks[0])
    let largest = ticks.map(abs).max() ?? 0
    if largest >= 1e6 || (largest > 0 && largest < 1e-4) {
        return ticks.map { $0 == 0 ? "0" : String(format: "%.2g", $0) }
    }
    let exponent = log10(step).rounded(.down)
    let mantissa = step / pow(10, exponent)
    let decimals = max(0, Int(-exponent) + (abs(mantissa - 2.5) < 1e-6 ? 1 : 0))
    return ticks.map { fmt($0, decimals) }
}
