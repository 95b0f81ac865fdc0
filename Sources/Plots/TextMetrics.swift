import CGlyphRaster
import Foundation
import Synchronization

/// Widths of text in the figures' font, DejaVu Sans (the first of the SVG's `font-family` list and the font
/// the PNG is drawn with), from the font's own advance widths. Layout (captions, legend boxes) uses these
/// widths, so it is the same on every machine, with or without the font installed.
enum TextMetrics {
    /// DejaVu Sans advance widths of the characters U+0020…U+007E, in font units (2048 per em).
    private static let asciiAdvances: [UInt16] = [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
        1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
        2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
        1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
        1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ]
    /// A few characters beyond ASCII that figures and diagrams use (·, −, …, ×, –, —, é; the notation of
    /// network diagrams: σ, ŷ, ᵀ, arrows, sub- and superscript digits, a few Greek letters).
    private static let otherAdvances: [Unicode.Scalar: UInt16] = {
        var advances: [Unicode.Scalar: UInt16] = [
            "\u{B7}": 651, "\u{2212}": 1716, "\u{2026}": 2048, "\u{D7}": 1716, "\u{2013}": 1024, "\u{2014}": 2048,
            "\u{E9}": 1260,
            "\u{3C3}": 1298, "\u{177}": 1212, "\u{1D40}": 788, "\u{2192}": 1716, "\u{2190}": 1716, "\u{22EF}": 2048,
            "\u{2202}": 1059, "\u{2032}": 465, "\u{207F}": 816, "\u{1D38}": 718, "\u{2248}": 1716, "\u{3B1}": 1350,
            "\u{3B2}": 1307, "\u{3B8}": 1253, "\u{3BB}": 1212, "\u{3A3}": 1294, "\u{2211}": 1380,
            "\u{B9}": 821, "\u{B2}": 821, "\u{B3}": 821, "\u{2070}": 821,
        ]
        for digit in 0...9 { advances[Unicode.Scalar(0x2080 + digit)!] = 821 }    // ₀…₉
        for digit in 4...9 { advances[Unicode.Scalar(0x2070 + digit)!] = 821 }    // ⁴…⁹
        return advances
    }()
    private static let unitsPerEm = 2048.0
    /// DejaVu Sans's ascender and descender, in font units.
    static let ascent = 1901.0 / unitsPerEm, descent = 483.0 / unitsPerEm

    /// The advance of one character at `size` pixels per em.
    static func advance(_ scalar: Unicode.Scalar, size: Double) -> Double {
        let units: UInt16
        if scalar.value >= 0x20 && scalar.value < 0x7F {
            units = asciiAdvances[Int(scalar.value) - 0x20]
        } else {
            units = otherAdvances[scalar] ?? 1303   // other characters: a digit's width
        }
        return Double(units) / unitsPerEm * size
    }

    /// The width of `text` at `size` pixels per em.
    static func width(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0) { $0 + advance($1, size: size) }
    }

    /// `text` broken into lines at spaces (and at its own line breaks) so that each is at most `maxWidth`
    /// wide, in as few lines as that takes, with the breaks that keep the longest line shortest ("is
    /// sandal," / "said sneaker" rather than "is sandal, said" / "sneaker"). A word wider than `maxWidth`
    /// gets a line of its own, cut with `…` to fit.
    static func wrap(_ text: String, size: Double, maxWidth: Double) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            let words = paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            return balancedLines(words, size: size, maxWidth: maxWidth).map { fit($0, size: size, maxWidth: maxWidth) }
        }
    }

    /// The words in the fewest lines that fit, the longest line as short as possible.
    private static func balancedLines(_ words: [String], size: Double, maxWidth: Double) -> [String] {
        guard !words.isEmpty else { return [] }
        let n = words.count
        func line(_ range: Range<Int>) -> String { words[range].joined(separator: " ") }
        func cost(_ range: Range<Int>) -> Double {
            let w = width(line(range), size: size)
            // A single word too wide is allowed (it is cut later); several words too wide are not.
            return w <= maxWidth || range.count == 1 ? min(w, maxWidth) : .infinity
        }
        // best[i] = (lines, longest line) for the first i words; fewer lines first, then the shorter longest line.
        var best: [(lines: Int, longest: Double, start: Int)] = [(0, 0, 0)] + Array(repeating: (Int.max, .infinity, 0), count: n)
        for end in 1...n {
            for start in 0..<end where best[start].lines != Int.max {
                let c = cost(start..<end)
                guard c.isFinite else { continue }
                let candidate = (lines: best[start].lines + 1, longest: max(best[start].longest, c), start: start)
                if candidate.lines < best[end].lines
                    || (candidate.lines == best[end].lines && candidate.longest < best[end].longest) {
                    best[end] = candidate
                }
            }
        }
        var lines: [String] = []
        var end = n
        while end > 0 {
            let start = best[end].start
            lines.insert(line(start..<end), at: 0)
            end = start
        }
        return lines
    }

    /// `line`, shortened with `…` until it is at most `maxWidth` wide.
    static func fit(_ line: String, size: Double, maxWidth: Double) -> String {
        guard width(line, size: size) > maxWidth else { return line }
        var scalars = Array(line.unicodeScalars)
        while !scalars.isEmpty {
            scalars.removeLast()
            var shortened = ""
            shortened.unicodeScalars.append(contentsOf: scalars)
            shortened += "…"
            if width(shortened, size: size) <= maxWidth { return shortened }
        }
        return ""
    }
}

/// Glyph bitmaps of DejaVu Sans from FreeType, for text in PNG pictures.
enum Glyphs {
    /// Where Debian's `fonts-dejavu-core` puts the font; `SWIFT_KERNEL_PLOT_FONT` names another file.
    static let fontCandidates = [
        ProcessInfo.processInfo.environment["SWIFT_KERNEL_PLOT_FONT"],
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    ].compactMap { $0 }

    /// FreeType keeps one face; calls into it are serialised. `true` once a font is loaded.
    private static let state = Mutex<Bool?>(nil)

    /// A glyph's coverage (0…255, `width × rows`) and where it goes relative to the pen on the baseline.
    struct Bitmap {
        var width: Int, rows: Int, left: Int, top: Int
        var coverage: [UInt8]
    }

    /// Whether a font could be loaded (text in PNG pictures is left out otherwise).
    static var isAvailable: Bool {
        state.withLock { loaded in loadIfNeeded(&loaded) }
    }

    /// The bitmap of `scalar` at `size` pixels per em, shifted right by `offset` (0 ≤ offset < 1) pixels.
    static func bitmap(_ scalar: Unicode.Scalar, size: Double, offset: Double) -> Bitmap? {
        state.withLock { loaded -> Bitmap? in
            guard loadIfNeeded(&loaded) else { return nil }
            var glyph = GlyphBitmap()
            guard glyph_raster_render(scalar.value, size, offset, &glyph) == 0 else { return nil }
            var coverage = [UInt8](repeating: 0, count: Int(glyph.width) * Int(glyph.rows))
            if let buffer = glyph.buffer {
                for row in 0..<Int(glyph.rows) {
                    for column in 0..<Int(glyph.width) {
                        coverage[row * Int(glyph.width) + column] = buffer[row * Int(glyph.pitch) + column]
                    }
                }
            }
            return Bitmap(width: Int(glyph.width), rows: Int(glyph.rows), left: Int(glyph.left), top: Int(glyph.top),
                          coverage: coverage)
        }
    }

    private static func loadIfNeeded(_ loaded: inout Bool?) -> Bool {
        if let loaded { return loaded }
        let path = fontCandidates.first { FileManager.default.fileExists(atPath: $0) }
        let ok = path.map { glyph_raster_open($0) == 0 } ?? false
        loaded = ok
        return ok
    }
}
