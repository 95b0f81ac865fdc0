import Foundation
import NeuralNet

/// Pictures laid out in a grid, each with a caption — like the course's `print_mislabeled_images`
/// or a `plt.subplot` grid of `plt.imshow` calls.
///
///     let (images, labels) = try FashionMNIST.load(split: .test)
///     imageGrid(images[0..<20], labels: labels.prefix(20).map { FashionMNIST.classNames[$0] }, columns: 10)
///
/// - Parameters:
///   - images: grayscale images (m, height, width), colour images (m, height, width, 3) like the cat
///     dataset, or flattened images as columns (features, m) like `trainX` (square grayscale, or
///     square RGB in the course's flattening order). Values 0...255 or 0...1 are both recognised.
///   - labels: one caption per image (fewer is fine; missing ones are blank). A caption wider than its
///     picture is broken into lines at spaces (at most three, the last cut with `…`), so that neighbouring
///     captions never overlap.
///   - columns: images per row.
///   - cellSize: the side of each picture in pixels.
public func imageGrid(_ images: Tensor, labels: [String] = [], columns: Int = 10, title: String? = nil,
                      cellSize: Double = 64) -> Figure {
    let decoded = decodeImages(images)
    var figure = Figure(title: title)
    figure.imageGrid = Figure.ImageGrid(
        images: decoded.enumerated().map { i, image in (image, i < labels.count ? labels[i] : "") },
        columns: max(1, min(columns, decoded.count)), cell: cellSize)
    return figure
}

/// One picture, like `plt.imshow(image)`: shape (height, width), (height, width, 3), or a single
/// flattened column (features, 1).
public func imshow(_ image: Tensor, title: String? = nil, size: Double = 192) -> Figure {
    let batch: Tensor
    switch image.shape.count {
    case 2 where image.shape[1] == 1: batch = image
    case 2, 3: batch = image.reshape([1] + image.shape)
    default: preconditionFailure("imshow: expected (h, w), (h, w, 3) or (features, 1), got \(image.shape)")
    }
    return imageGrid(batch, labels: [], columns: 1, title: title, cellSize: size)
}

/// A decoded 8-bit image.
struct PixelImage { var width: Int; var height: Int; var rgb: Bool; var pixels: [UInt8] }

/// Splits a batch tensor into 8-bit images (see `imageGrid` for the accepted layouts).
func decodeImages(_ images: Tensor) -> [PixelImage] {
    let shape = images.shape, values = images.scalars
    let scale = (values.max() ?? 0) > 1.0 + 1e-9 ? 1.0 : 255.0
    func byte(_ v: Double) -> UInt8 { UInt8(min(max((v * scale).rounded(), 0), 255)) }
    var result: [PixelImage] = []
    switch shape.count {
    case 3, 4:
        let rgb = shape.count == 4
        precondition(!rgb || shape[3] == 3, "imageGrid: colour images need 3 channels, got shape \(shape)")
        let (m, h, w) = (shape[0], shape[1], shape[2]), per = h * w * (rgb ? 3 : 1)
        for i in 0..<m {
            result.append(PixelImage(width: w, height: h, rgb: rgb, pixels: values[(i * per)..<((i + 1) * per)].map(byte)))
        }
    case 2:
        let (features, m) = (shape[0], shape[1])
        let graySide = Int(Double(features).squareRoot().rounded())
        let rgbSide = Int((Double(features) / 3).squareRoot().rounded())
        let rgb: Bool, side: Int
        if graySide * graySide == features { rgb = false; side = graySide }
        else if 3 * rgbSide * rgbSide == features { rgb = true; side = rgbSide }
        else { preconditionFailure("imageGrid: \(features) features per column is not a square grayscale or RGB image") }
        for i in 0..<m {
            result.append(PixelImage(width: side, height: side, rgb: rgb,
                                     pixels: (0..<features).map { byte(values[$0 * m + i]) }))
        }
    default:
        preconditionFailure("imageGrid: expected (m, h, w), (m, h, w, 3) or (features, m), got shape \(shape)")
    }
    return result
}

/// Where an image grid puts its pictures and the lines of their captions, in pixels.
struct ImageGridLayout {
    /// One line of a caption: its text, the point its baseline is centred on, and the box its glyphs fill.
    struct CaptionLine { var text: String; var anchor: Point; var box: Box }

    var width: Double
    var height: Double
    var images: [Box]
    var captions: [[CaptionLine]]

    static let gap = 8.0, fontSize = 10.0, lineHeight = 12.0, maxLines = 3
    /// The room between the captions of neighbouring pictures.
    static let captionMargin = 4.0

    init(captions: [String], columns: Int, cell: Double, titled: Bool) {
        let gap = Self.gap, size = Self.fontSize
        let maxWidth = cell + gap - Self.captionMargin
        let wrapped = captions.map { caption -> [String] in
            var lines = TextMetrics.wrap(caption, size: size, maxWidth: maxWidth)
            if lines.count > Self.maxLines {
                lines = Array(lines.prefix(Self.maxLines))
                lines[Self.maxLines - 1] = TextMetrics.fit(lines[Self.maxLines - 1] + " …", size: size, maxWidth: maxWidth)
            }
            return lines
        }
        // Every row leaves room for the longest caption, so the pictures of a row line up.
        let lineCount = wrapped.map(\.count).max() ?? 0
        let captionHeight = lineCount == 0 ? 0 : Double(lineCount) * Self.lineHeight + 2
        let top = titled ? 30 : gap
        let rows = (captions.count + columns - 1) / columns
        width = Double(columns) * (cell + gap) + gap
        height = top + Double(rows) * (cell + captionHeight + gap)
        var images: [Box] = [], lines: [[CaptionLine]] = []
        for (i, caption) in wrapped.enumerated() {
            let x = gap + Double(i % columns) * (cell + gap)
            let y = top + Double(i / columns) * (cell + captionHeight + gap)
            images.append(Box(x: x, y: y + captionHeight, width: cell, height: cell))
            lines.append(caption.enumerated().map { k, text in
                let baseline = y + 10 + Double(k) * Self.lineHeight
                let textWidth = TextMetrics.width(text, size: size)
                let ascent = TextMetrics.ascent * size, descent = TextMetrics.descent * size
                return CaptionLine(text: text, anchor: Point(x + cell / 2, baseline),
                                   box: Box(x: x + cell / 2 - textWidth / 2, y: baseline - ascent,
                                            width: textWidth, height: ascent + descent))
            })
        }
        self.images = images
        self.captions = lines
    }
}

extension Figure {
    /// The layout of the image grid, if this figure is one.
    var imageGridLayout: ImageGridLayout? {
        imageGrid.map { ImageGridLayout(captions: $0.images.map(\.title), columns: $0.columns, cell: $0.cell, titled: title != nil) }
    }

    /// The image grid: captions above pixelated images.
    func imageGridScene() -> Scene {
        guard let grid = imageGrid, let layout = imageGridLayout else { return Scene(width: 1, height: 1, fontSize: 10, marks: []) }
        var marks: [Mark] = [.rect(Box(x: 0, y: 0, width: layout.width, height: layout.height), fill: "white")]
        if let title {
            marks.append(.text(title, at: Point(layout.width / 2, 20), size: 14, anchor: .middle))
        }
        for (i, image) in grid.images.enumerated() {
            for line in layout.captions[i] { marks.append(.text(line.text, at: line.anchor, anchor: .middle)) }
            marks.append(.image(image.image, layout.images[i]))
        }
        return Scene(width: layout.width, height: layout.height, fontSize: ImageGridLayout.fontSize, marks: marks)
    }
}
