// numpy's float formatting for arrays (FloatingFormat in numpy/_core/arrayprint.py, default options:
// precision 8, floatmode 'maxprec', suppress False): positional unless the magnitudes need
// scientific notation; values padded to a common width.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `printf`-style formatting of one double.
func cFormat(_ format: String, _ x: Double) -> String {
    var buf = [CChar](repeating: 0, count: 64)
    let n = withVaList([x]) { vsnprintf(&buf, 64, format, $0) }
    if n >= 64 {
        buf = [CChar](repeating: 0, count: Int(n) + 1)
        _ = withVaList([x]) { vsnprintf(&buf, buf.count, format, $0) }
    }
    return buf.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
}

/// Digits of the shortest round-tripping decimal form of `x` (for its own precision):
/// `x = 0.d₁d₂… × 10^exponent`.
private func shortestDigits<S: TensorScalar>(_ x: S) -> (digits: [UInt8], exponent: Int) {
    var s = Swift.abs(x).description          // "0.001", "1e-05", "1.2345e+16", "123.0"
    var exp10 = 0
    if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exp10 = Int(s[s.index(after: e)...])!
        s = String(s[..<e])
    }
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = Array(parts[0].utf8.map { $0 - 48 })
    let frac = parts.count > 1 ? Array(parts[1].utf8.map { $0 - 48 }) : []
    var digits = intPart + frac
    var exponent = intPart.count + exp10
    while let f = digits.first, f == 0, digits.count > 1 { digits.removeFirst(); exponent -= 1 }
    while let l = digits.last, l == 0, digits.count > 1 { digits.removeLast() }
    if digits == [0] { exponent = 1 }
    return (digits, exponent)
}

/// numpy's `dragon4_positional(x, precision: 8, unique: true, trim: '.')`: "0.5", "2.", "-0.12345679".
func positionalString<S: TensorScalar>(_ x: S, precision: Int = 8) -> String {
    let (d, e) = shortestDigits(x)
    let fracDigits = Swift.max(0, d.count - e)
    var s: String
    if fracDigits > precision {
        s = cFormat("%.\(precision)f", Double(Swift.abs(x)))
        while s.hasSuffix("0") { s.removeLast() }
    } else {
        let digits = d.map { Character(Unicode.Scalar($0 + 48)) }
        if e <= 0 {
            s = "0." + String(repeating: "0", count: -e) + String(digits)
        } else if e >= d.count {
            s = String(digits) + String(repeating: "0", count: e - d.count) + "."
        } else {
            s = String(digits[..<e]) + "." + String(digits[e...])
        }
        if s == "0.0" || digits == ["0"] { s = "0." }
    }
    return (x < 0 || (x == 0 && x.sign == .minus) ? "-" : "") + s
}

/// numpy's `dragon4_scientific(x, precision: 8, unique: true, trim: '.')`: mantissa digits and exponent.
private func scientificParts<S: TensorScalar>(_ x: S, precision: Int = 8) -> (negative: Bool, mantissa: String, exponent: Int) {
    let neg = x < 0 || (x == 0 && x.sign == .minus)
    if x == 0 { return (neg, "0.", 0) }
    let (d, e) = shortestDigits(x)
    if d.count - 1 > precision {
        let s = cFormat("%.\(precision)e", Double(Swift.abs(x)))      // "1.23456789e-05"
        let parts = s.split(separator: "e")
        var m = String(parts[0])
        while m.hasSuffix("0") { m.removeLast() }
        return (neg, m, Int(parts[1])!)
    }
    let digits = String(d.map { Character(Unicode.Scalar($0 + 48)) })
    return (neg, String(digits.first!) + "." + String(digits.dropFirst()), e - 1)
}

/// Formats all elements of an array like numpy does: one common style and width.
struct ArrayNumberFormatter<S: TensorScalar> {
    var scientific = false
    var padLeft = 0, padRight = 0, expSize = 0, precision = 0

    init(_ values: UnsafeBufferPointer<S>) {
        let finite = values.filter { $0.isFinite }
        let nonZero = finite.lazy.filter { $0 != 0 }.map { Swift.abs($0) }
        if let maxV = nonZero.max(), let minV = nonZero.min() {
            scientific = maxV >= 1e8 || minV < 0.0001 || maxV / minV > 1000
        }
        if finite.isEmpty {
            padLeft = 0; padRight = 0
        } else if scientific {
            let parts = finite.map { scientificParts($0) }
            precision = parts.map { $0.mantissa.split(separator: ".", omittingEmptySubsequences: false)[1].count }.max()!
            expSize = Swift.max(2, parts.map { String(Swift.abs($0.exponent)).count }.max()!)
            padLeft = parts.map { ($0.negative ? 2 : 1) }.max()!
        } else {
            let strs = finite.map { positionalString($0) }
            for s in strs {
                let p = s.split(separator: ".", omittingEmptySubsequences: false)
                padLeft = Swift.max(padLeft, p[0].count)
                padRight = Swift.max(padRight, p[1].count)
            }
        }
        // nan / inf take room too.
        let nonFinite = values.filter { !$0.isFinite }
        if !nonFinite.isEmpty {
            let w = nonFinite.map { $0.isNaN ? 3 : ($0 < 0 ? 4 : 3) }.max()!
            if scientific { padLeft = Swift.max(padLeft, w - precision - expSize - 3) }
            else { padLeft = Swift.max(padLeft, w - padRight - 1) }
        }
    }

    /// One element, padded to the common width.
    func format(_ x: S) -> String {
        let width = scientific ? padLeft + 1 + precision + 2 + expSize : padLeft + 1 + padRight
        if !x.isFinite {
            let s = x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, width - s.count)) + s
        }
        if scientific {
            let p = scientificParts(x)
            var m = p.mantissa
            let have = m.split(separator: ".", omittingEmptySubsequences: false)[1].count
            m += String(repeating: "0", count: precision - have)
            let es = String(Swift.abs(p.exponent))
            let e = "e" + (p.exponent < 0 ? "-" : "+") + String(repeating: "0", count: Swift.max(0, expSize - es.count)) + es
            let body = (p.negative ? "-" : "") + m
            return String(repeating: " ", count: Swift.max(0, padLeft + 1 + precision - body.count)) + body + e
        }
        let s = positionalString(x)
        let p = s.split(separator: ".", omittingEmptySubsequences: false)
        return String(repeating: " ", count: Swift.max(0, padLeft - p[0].count)) + s
            + String(repeating: " ", count: Swift.max(0, padRight - p[1].count))
    }
}
