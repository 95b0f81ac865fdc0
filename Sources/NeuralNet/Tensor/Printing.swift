// Printing like numpy: `print(a)` gives numpy's str(a) ("[[1. 2.]\n [3. 4.]]"), and a cell's
// result shows numpy's repr ("array([[1., 2.],\n       [3., 4.]])") plus an HTML table.
import NotebookRuntime

/// numpy's print options that matter here.
private let lineWidth = 75, summaryThreshold = 1000, edgeItems = 3

extension NDArray {
    /// numpy's `_formatArray`: nested brackets, line wrapping at 75 characters, and `...`
    /// summarisation of arrays with more than 1000 elements.
    func formatted(separator: String, prefix: String, suffix: String) -> String {
        let summarize = size > summaryThreshold
        let strides = contiguousStrides(shape)
        let p = storage.pointer
        // The elements that will be shown decide the common format, as in numpy.
        var shown: [Scalar] = []
        func collect(_ axis: Int, _ offset: Int) {
            if axis == ndim { shown.append(p[offset]); return }
            for i in visibleIndices(axis, summarize) where i >= 0 { collect(axis + 1, offset + i * strides[axis]) }
        }
        collect(0, 0)
        let formatter = shown.withUnsafeBufferPointer { ArrayNumberFormatter<Scalar>($0) }

        func recurse(_ axis: Int, _ offset: Int, _ hanging: String, _ width: Int) -> String {
            if axis == ndim { return formatter.format(p[offset]) }
            let nextHanging = hanging + " ", nextWidth = width - 1
            let indices = visibleIndices(axis, summarize)
            var s = ""
            if axis == ndim - 1 {
                let elemWidth = width - Swift.max(separator.trimmingTrailingSpaces().count, 1)
                var line = hanging
                for (n, i) in indices.enumerated() {
                    let word = i < 0 ? "..." : recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth)
                    let isLast = n == indices.count - 1
                    let limit = isLast ? width - 1 : elemWidth
                    if line.count + word.count > limit && line.count > hanging.count {
                        s += line.trimmingTrailingSpaces() + "\n"
                        line = hanging
                    }
                    line += word
                    if !isLast { line += separator }
                }
                s += line
            } else {
                let lineSep = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: ndim - axis - 1)
                for (n, i) in indices.enumerated() {
                    let nested = i < 0 ? "..." : recurse(axis + 1, offset + i * strides[axis], nextHanging, nextWidth)
                    s += hanging + nested + (n == indices.count - 1 ? "" : lineSep)
                }
            }
            return "[" + s.dropFirst(hanging.count) + "]"
        }
        let hanging = " " + String(repeating: " ", count: prefix.count)
        return prefix + withExtendedLifetime(self) { recurse(0, 0, hanging, lineWidth - suffix.count) }
    }

    /// The positions shown along `axis`; -1 marks the `...`.
    private func visibleIndices(_ axis: Int, _ summarize: Bool) -> [Int] {
        let n = shape[axis]
        if summarize && n > 2 * edgeItems { return Array(0..<edgeItems) + [-1] + Array((n - edgeItems)..<n) }
        return Array(0..<n)
    }

    /// numpy's `repr(a)`: `array([[1., 2.],\n       [3., 4.]])`, with `, dtype=float32` for `Float`
    /// and (as numpy 2 does) `shape=(…)` when the array is summarised.
    public var debugDescription: String {
        if size == 0 {
            let shapePart = ndim == 1 ? "" : ", shape=\(shapeString(shape))"
            return "array([]\(shapePart), dtype=\(Scalar.dtypeName))"
        }
        var extras: [String] = []
        if size > summaryThreshold && ndim > 0 { extras.append("shape=\(shapeString(shape))") }
        if Scalar.self != Double.self { extras.append("dtype=\(Scalar.dtypeName)") }
        let body = ndim == 0 ? "array(" + positionalOrScientific(storage.pointer[0])
                             : formatted(separator: ", ", prefix: "array(", suffix: ")")
        if extras.isEmpty { return body + ")" }
        // numpy puts the extras on a new line if they would overflow the last one.
        let head = body + ",", extra = extras.joined(separator: ", ") + ")"
        let lastLine = head.count - (head.lastIndex(of: "\n").map { head.distance(from: head.startIndex, to: $0) + 1 } ?? 0)
        let spacer = lastLine + extra.count + 1 > lineWidth ? "\n      " : " "
        return head + spacer + extra
    }

    /// numpy's `str(a)`, which `print` shows: `[[1. 2.]\n [3. 4.]]`; a 0-d array prints as
    /// its number with full precision (`0.6931471805599453`), like a numpy scalar.
    public var description: String {
        if size == 0 { return "[]" }
        if ndim == 0 { return storage.pointer[0].description }
        return formatted(separator: " ", prefix: "", suffix: "")
    }

    private func positionalOrScientific(_ x: Scalar) -> String {
        var one = [x]
        return one.withUnsafeMutableBufferPointer { ArrayNumberFormatter<Scalar>(UnsafeBufferPointer($0)).format(x) }
    }
}

extension NDArray: CustomStringConvertible, CustomDebugStringConvertible {}

extension NDArray: MimeRepresentable {
    /// How a notebook shows the array: numpy's repr as text, and an HTML table (with `…` for
    /// long axes) for 1-D and 2-D arrays, captioned with shape and dtype.
    public var mimeBundle: MimeBundle {
        var data = ["text/plain": debugDescription]
        data["text/html"] = htmlTable()
        return MimeBundle(data)
    }

    /// An HTML table for 1-D/2-D arrays; `<pre>` with the repr otherwise.
    func htmlTable(edge: Int = 5) -> String {
        let caption = "<caption style=\"caption-side:bottom;text-align:left\">shape \(shapeString(shape)), \(Scalar.dtypeName)</caption>"
        guard ndim == 1 || ndim == 2, size > 0 else {
            return "<pre>" + debugDescription.replacingAngleBrackets() + "</pre>"
        }
        let rows = ndim == 1 ? 1 : shape[0], cols = shape[ndim - 1]
        func visible(_ n: Int) -> [Int] { n > 2 * edge ? Array(0..<edge) + [-1] + Array((n - edge)..<n) : Array(0..<n) }
        let p = storage.pointer
        var html = "<table class=\"ndarray\" style=\"font-family:monospace\">" + caption
        withExtendedLifetime(self) {
            for r in visible(rows) {
                html += "<tr>"
                for c in visible(cols) {
                    let cell = (r < 0 || c < 0) ? "…" : positionalOrScientific(p[r * cols + c])
                    html += "<td style=\"text-align:right\">\(cell)</td>"
                }
                html += "</tr>"
            }
        }
        return html + "</table>"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
    func replacingAngleBrackets() -> String {
        var out = ""
        for c in self {
            switch c { case "<": out += "&lt;"; case ">": out += "&gt;"; case "&": out += "&amp;"; default: out.append(c) }
        }
        return out
    }
}
