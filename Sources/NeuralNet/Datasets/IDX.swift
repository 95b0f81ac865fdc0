import Foundation

/// An array read from an IDX file, the simple binary format of MNIST and Fashion-MNIST
/// (`train-images-idx3-ubyte` and friends).
///
/// The format: two zero bytes, a type byte (0x08 unsigned byte, 0x09 signed byte, 0x0B int16,
/// 0x0C int32, 0x0D float32, 0x0E float64), the number of dimensions, each dimension as a big-endian
/// 32-bit integer, then the values row-major and big-endian.
///
///     let images = try IDXArray(contentsOf: "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")
///     images.shape         // [10000, 28, 28]
///     images.tensor()      // the same values as a Tensor of Doubles
public struct IDXArray: Sendable {
    /// The element type stored in the file, from its type byte.
    public enum DataType: UInt8, Sendable {
        /// 0x08: unsigned 8-bit integers (pixels, labels).
        case uint8 = 0x08
        /// 0x09: signed 8-bit integers.
        case int8 = 0x09
        /// 0x0B: big-endian signed 16-bit integers.
        case int16 = 0x0B
        /// 0x0C: big-endian signed 32-bit integers.
        case int32 = 0x0C
        /// 0x0D: big-endian IEEE float32.
        case float32 = 0x0D
        /// 0x0E: big-endian IEEE float64.
        case float64 = 0x0E

        /// Bytes per element.
        public var size: Int {
            switch self {
            case .uint8, .int8: return 1
            case .int16: return 2
            case .int32, .float32: return 4
            case .float64: return 8
            }
        }
    }

    /// The element type in the file.
    public let dataType: DataType
    /// The dimensions, like numpy's `shape` (e.g. `[60000, 28, 28]`).
    public let shape: [Int]
    /// The raw element bytes as stored (big-endian), without the header.
    public let payload: [UInt8]

    /// Number of elements (product of `shape`).
    public var count: Int { shape.reduce(1, *) }

    /// Parses IDX bytes; gzip-compressed bytes (`.gz` files) are decompressed first.
    /// - Parameter name: used in error messages.
    /// - Throws: `DatasetError.corrupt` for a bad header or a size that does not match the dimensions.
    public init(bytes: [UInt8], name: String = "<IDX data>") throws {
        let raw = isGzip(bytes) ? try gunzip(bytes, name: name) : bytes
        guard raw.count >= 4, raw[0] == 0, raw[1] == 0 else {
            throw DatasetError.corrupt(file: name, reason: "not an IDX file (magic number must start with two zero bytes)")
        }
        guard let type = DataType(rawValue: raw[2]) else {
            throw DatasetError.corrupt(file: name, reason: "unknown IDX type byte 0x\(String(raw[2], radix: 16))")
        }
        let ndim = Int(raw[3]), headerSize = 4 + 4 * ndim
        guard raw.count >= headerSize else { throw DatasetError.corrupt(file: name, reason: "IDX header is truncated") }
        let dims = (0..<ndim).map { d -> Int in
            let o = 4 + 4 * d
            return Int(raw[o]) << 24 | Int(raw[o + 1]) << 16 | Int(raw[o + 2]) << 8 | Int(raw[o + 3])
        }
        let expected = dims.reduce(1, *) * type.size
        guard raw.count - headerSize == expected else {
            throw DatasetError.corrupt(file: name, reason: "IDX dimensions \(dims) need \(expected) bytes of data, found \(raw.count - headerSize)")
        }
        dataType = type
        shape = dims
        payload = headerSize == 0 ? raw : Array(raw[headerSize...])
    }

    /// Reads and parses an IDX file (plain or gzip-compressed).
    /// - Throws: `DatasetError.notFound`-style errors from the file system as `corrupt`, and format errors.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError.corrupt(file: path, reason: "the file does not exist or cannot be read")
        }
        try self.init(bytes: [UInt8](data), name: path)
    }

    /// Element `i` (row-major) as a Double, decoding the big-endian bytes.
    @inline(__always)
    public func value(at i: Int) -> Double {
        switch dataType {
        case .uint8: return Double(payload[i])
        case .int8: return Double(Int8(bitPattern: payload[i]))
        case .int16: return Double(Int16(bitPattern: UInt16(payload[2 * i]) << 8 | UInt16(payload[2 * i + 1])))
        case .int32: return Double(Int32(bitPattern: bigEndianWord(4 * i)))
        case .float32: return Double(Float(bitPattern: bigEndianWord(4 * i)))
        case .float64:
            let bits = UInt64(bigEndianWord(8 * i)) << 32 | UInt64(bigEndianWord(8 * i + 4))
            return Double(bitPattern: bits)
        }
    }

    @inline(__always)
    private func bigEndianWord(_ o: Int) -> UInt32 {
        UInt32(payload[o]) << 24 | UInt32(payload[o + 1]) << 16 | UInt32(payload[o + 2]) << 8 | UInt32(payload[o + 3])
    }

    /// All elements as Doubles, row-major.
    public var doubles: [Double] {
        if dataType == .uint8 { return payload.map(Double.init) }
        return (0..<count).map(value(at:))
    }

    /// All elements as Ints (for label files), row-major.
    public var ints: [Int] { (0..<count).map { Int(value(at: $0)) } }

    /// The array as a Tensor of the file's shape (values unscaled, e.g. pixels 0...255).
    public func tensor() -> Tensor {
        var result = zeros(shape)
        result.withUnsafeMutableBufferPointer { out in
            if dataType == .uint8 {
                for i in 0..<out.count { out[i] = Double(payload[i]) }
            } else {
                for i in 0..<out.count { out[i] = value(at: i) }
            }
        }
        return result
    }
}
