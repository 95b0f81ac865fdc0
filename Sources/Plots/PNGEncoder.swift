import CZlib
import Foundation

/// A minimal PNG encoder (8-bit grayscale or RGB, zlib-compressed): figures as `image/png`, and raster
/// images embedded in SVG as `data:image/png;base64,...` URIs.
enum PNGEncoder {
    /// Encodes `pixels` (row-major, top row first; 1 byte per pixel for gray, 3 for RGB).
    static func encode(width: Int, height: Int, rgb: Bool, pixels: [UInt8]) -> [UInt8] {
        let channels = rgb ? 3 : 1
        precondition(pixels.count == width * height * channels, "PNG: pixel count does not match the size")
        let stride = width * channels
        var raw = [UInt8]()
        raw.reserveCapacity((stride + 1) * height)
        let zeros = [UInt8](repeating: 0, count: stride)
        for row in 0..<height {
            let line = Array(pixels[(row * stride)..<((row + 1) * stride)])
            let above = row == 0 ? zeros : Array(pixels[((row - 1) * stride)..<(row * stride)])
            raw += filtered(line, above: above, bytesPerPixel: channels)
        }
        var header = [UInt8]()
        header += bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, rgb ? 2 : 0, 0, 0, 0]   // bit depth, colour type, compression, filter, interlace
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += chunk("IHDR", header)
        png += chunk("IDAT", compress(raw))
        png += chunk("IEND", [])
        return png
    }

    /// The row with the filter that makes it smallest by the usual measure (the least sum of the bytes
    /// as signed values), preceded by the filter's type byte: none, Sub, Up, Average or Paeth.
    static func filtered(_ line: [UInt8], above: [UInt8], bytesPerPixel bpp: Int) -> [UInt8] {
        func left(_ i: Int) -> Int { i >= bpp ? Int(line[i - bpp]) : 0 }
        func upperLeft(_ i: Int) -> Int { i >= bpp ? Int(above[i - bpp]) : 0 }
        func paeth(_ a: Int, _ b: Int, _ c: Int) -> Int {
            let p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
            return pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
        }
        var best: [UInt8] = [], bestCost = Int.max
        for type in 0...4 {
            var out = [UInt8](repeating: 0, count: line.count + 1)
            out[0] = UInt8(type)
            var cost = 0
            for i in line.indices {
                let predictor: Int
                switch type {
                case 1: predictor = left(i)
                case 2: predictor = Int(above[i])
                case 3: predictor = (left(i) + Int(above[i])) / 2
                case 4: predictor = paeth(left(i), Int(above[i]), upperLeft(i))
                default: predictor = 0
                }
                let value = UInt8(truncatingIfNeeded: Int(line[i]) - predictor)
                out[i + 1] = value
                cost += abs(Int(Int8(bitPattern: value)))
            }
            if cost < bestCost { best = out; bestCost = cost }
        }
        return best
    }

    /// The PNG as a data URI for an SVG `<image href=...>`.
    static func dataURI(width: Int, height: Int, rgb: Bool, pixels: [UInt8]) -> String {
        "data:image/png;base64," + Data(encode(width: width, height: height, rgb: rgb, pixels: pixels)).base64EncodedString()
    }

    private static func bigEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v >> 24), UInt8(v >> 16 & 255), UInt8(v >> 8 & 255), UInt8(v & 255)]
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        let body = typeBytes + data
        let crc = body.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
        return bigEndian(UInt32(data.count)) + body + bigEndian(crc)
    }

    /// zlib-format compression (what PNG's IDAT holds) with the system zlib's `compress2`.
    private static func compress(_ data: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var out = [UInt8](repeating: 0, count: Int(length))
        let status = out.withUnsafeMutableBufferPointer { dst in
            data.withUnsafeBufferPointer { src in
                compress2(dst.baseAddress, &length, src.baseAddress, uLong(src.count), 9)
            }
        }
        precondition(status == Z_OK, "PNG: zlib compress2 failed (\(status))")
        return Array(out[0..<Int(length)])
    }
}
