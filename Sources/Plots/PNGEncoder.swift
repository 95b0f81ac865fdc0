import CZlib
import Foundation

/// A minimal PNG encoder (8-bit grayscale or RGB, no filtering, zlib-compressed) for embedding
/// raster images in SVG as `data:image/png;base64,...` URIs.
enum PNGEncoder {
    /// Encodes `pixels` (row-major, top row first; 1 byte per pixel for gray, 3 for RGB).
    static func encode(width: Int, height: Int, rgb: Bool, pixels: [UInt8]) -> [UInt8] {
        let channels = rgb ? 3 : 1
        precondition(pixels.count == width * height * channels, "PNG: pixel count does not match the size")
        var raw = [UInt8]()
        raw.reserveCapacity((width * channels + 1) * height)
        for row in 0..<height {
            raw.append(0)   // filter type 0 (none)
            raw += pixels[(row * width * channels)..<((row + 1) * width * channels)]
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
