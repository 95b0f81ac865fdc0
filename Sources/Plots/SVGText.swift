import Foundation

/// Formats a coordinate compactly: at most `decimals` decimals, trailing zeros removed ("12.5", "3", "-0.25").
func fmt(_ value: Double, _ decimals: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
}

/// Escapes text for use in SVG/XML content and attribute values.
func xmlEscape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.count)
    for ch in text {
        switch ch {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        default: out.append(ch)
        }
    }
    return out
}

/// An RGB colour with components in 0...255.
struct RGB: Equatable {
    var r: UInt8, g: UInt8, b: UInt8

    init(_ r: UInt8, _ g: UInt8, _ b: UInt8) { self.r = r; self.g = g; self.b = b }

    /// Parses `#rrggbb`; anything else gives black.
    init(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        let v = UInt32(digits, radix: 16) ?? 0
        self.init(UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255))
    }

    /// `#rrggbb` for SVG attributes.
    var hex: String { String(format: "#%02x%02x%02x", r, g, b) }

    /// This colour mixed with white: `amount` 0 keeps it, 1 gives white.
    func lightened(_ amount: Double) -> RGB {
        func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) + (255 - Double(c)) * amount).rounded()) }
        return RGB(mix(r), mix(g), mix(b))
    }
}

/// matplotlib's default colour cycle ("tab10"), used for successive line series.
let tab10 = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
             "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

/// The anchor colours of matplotlib's `Spectral` colormap (the course's `cmap=plt.cm.Spectral`).
private let spectralAnchors: [RGB] = [
    RGB(158, 1, 66), RGB(213, 62, 79), RGB(244, 109, 67), RGB(253, 174, 97), RGB(254, 224, 139),
    RGB(255, 255, 191), RGB(230, 245, 152), RGB(171, 221, 164), RGB(102, 194, 165), RGB(50, 136, 189),
    RGB(94, 79, 162),
]

/// The `Spectral` colour at `t` in [0, 1]: 0 is dark red (class 0 in the course), 1 dark blue-violet.
func spectral(_ t: Double) -> RGB {
    let x = min(max(t.isFinite ? t : 0, 0), 1) * Double(spectralAnchors.count - 1)
    let i = min(Int(x), spectralAnchors.count - 2), f = x - Double(i)
    let a = spectralAnchors[i], b = spectralAnchors[i + 1]
    func lerp(_ p: UInt8, _ q: UInt8) -> UInt8 { UInt8((Double(p) + (Double(q) - Double(p)) * f).rounded()) }
    return RGB(lerp(a.r, b.r), lerp(a.g, b.g), lerp(a.b, b.b))
}

/// Colours for class labels: `Spectral` spread over the range of labels, like `scatter(c=Y, cmap=Spectral)`.
func classColors(_ labels: [Double]) -> [RGB] {
    guard let lo = labels.min(), let hi = labels.max() else { return [] }
    let span = hi - lo
    return labels.map { spectral(span == 0 ? 0 : ($0 - lo) / span) }
}
