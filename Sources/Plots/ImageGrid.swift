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
///   - labels: one caption per image (fewer is fine; missing ones are blank).
///   - columns: images per row.
///   - cellSize: the side of each picture in pixels.
public func imageGrid(_ images: Tensor, labels: [String] = [], columns: Int = 10, title: String? = nil,
                      cellSize: Double = 64) -> Figure {
    let decoded = decodeImages(images)
    var figure = Figure(title: title)
    figure.imageGrid = Figure.ImageGrid(
        images: decoded.enumerated().map { i, image in
            (PNGEncoder.dataURI(width: image.width, height: image.height, rgb: image.rgb, pixels: image.pixels),
             i < labels.count ? labels[i] : "")
        },
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

extension Figure {
    /// Renders the image grid: captions above pixelated images.
    func renderImageGrid() -> String {
        guard let grid = imageGrid else { return "" }
        let gap = 8.0, caption = grid.images.contains { !$0.title.isEmpty } ? 14.0 : 0
        let top = title == nil ? gap : 30
        let rows = (grid.images.count + grid.columns - 1) / grid.columns
        let w = Double(grid.columns) * (grid.cell + gap) + gap
        let h = top + Double(rows) * (grid.cell + caption + gap)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" viewBox=\"0 0 \(fmt(w)) \(fmt(h))\" "
        s += "font-family=\"DejaVu Sans,Helvetica,Arial,sans-serif\" font-size=\"10\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        if let title {
            s += "<text x=\"\(fmt(w / 2))\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">\(xmlEscape(title))</text>\n"
        }
        for (i, image) in grid.images.enumerated() {
            let x = gap + Double(i % grid.columns) * (grid.cell + gap)
            let y = top + Double(i / grid.columns) * (grid.cell + caption + gap)
            if !image.title.isEmpty {
                s += "<text x=\"\(fmt(x + grid.cell / 2))\" y=\"\(fmt(y + 10))\" text-anchor=\"middle\">\(xmlEscape(image.title))</text>"
            }
            s += "<image x=\"\(fmt(x))\" y=\"\(fmt(y + caption))\" width=\"\(fmt(grid.cell))\" height=\"\(fmt(grid.cell))\" "
            s += "style=\"image-rendering:pixelated\" href=\"\(image.uri)\"/>\n"
        }
        return s + "</svg>\n"
    }
}
