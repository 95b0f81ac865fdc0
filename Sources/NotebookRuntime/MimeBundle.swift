/// The representations of one value that a notebook can show, keyed by MIME type.
///
/// Text formats (`text/plain`, `text/html`, `image/svg+xml`, `text/markdown`, `text/latex`)
/// hold their text; binary formats such as `image/png` hold base64, as Jupyter expects.
/// The frontend picks the richest type it can render, so always include `text/plain`.
public struct MimeBundle: Sendable, Equatable {
    /// Representations keyed by MIME type.
    public var data: [String: String]
    /// Per-type metadata such as `["image/png": ["width": 400]]`, as JSON text. Usually empty.
    public var metadataJSON: String?

    /// Creates a bundle from its representations.
    public init(_ data: [String: String], metadataJSON: String? = nil) {
        self.data = data
        self.metadataJSON = metadataJSON
    }

    /// A bundle with only a plain-text representation.
    public static func plainText(_ text: String) -> MimeBundle { MimeBundle(["text/plain": text]) }
}

/// A type that shows itself richly in a notebook: an HTML table, an SVG plot, a PNG image.
///
/// Adopt it to control how `display(_:)` and a cell's last expression render your values:
///
/// ```swift
/// struct Greeting: MimeRepresentable {
///     var mimeBundle: MimeBundle { MimeBundle(["text/plain": "hi", "text/html": "<b>hi</b>"]) }
/// }
/// ```
public protocol MimeRepresentable {
    /// The representations of this value, which should include `text/plain`.
    var mimeBundle: MimeBundle { get }
}
