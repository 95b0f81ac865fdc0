import CZlib
import Foundation

/// What went wrong while reading a dataset file.
public enum DatasetError: Error, CustomStringConvertible, LocalizedError, Equatable {
    /// The dataset's files are missing; `hint` says how to install them.
    case notFound(dataset: String, directory: String, hint: String)
    /// A file exists but could not be read or decompressed, or is not in the expected format.
    case corrupt(file: String, reason: String)

    /// A sentence for the learner, including how to fix it.
    public var description: String {
        switch self {
        case let .notFound(dataset, directory, hint): return "\(dataset) not found at \(directory): \(hint)"
        case let .corrupt(file, reason): return "cannot read \(file): \(reason)"
        }
    }

    /// Same as `description`, so `error.localizedDescription` is helpful too.
    public var errorDescription: String? { description }
}

/// Whether `bytes` start with the gzip magic number `1f 8b`.
func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

/// Decompresses gzip data (what `gzip -d` / Python's `gzip.open` do) with the system zlib.
/// Several concatenated gzip members are decompressed one after the other.
/// - Throws: `DatasetError.corrupt` when the data is not valid gzip.
func gunzip(_ input: [UInt8], name: String = "<data>") throws -> [UInt8] {
    var output = [UInt8]()
    // The last four bytes hold the uncompressed size mod 2^32: a good first guess for the buffer.
    if input.count >= 18 {
        let n = input.count
        let hint = Int(input[n - 4]) | Int(input[n - 3]) << 8 | Int(input[n - 2]) << 16 | Int(input[n - 1]) << 24
        output.reserveCapacity(min(hint, 1 << 31) + 1)
    }
    var stream = z_stream()
    guard inflateInit2_(&stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
        throw DatasetError.corrupt(file: name, reason: "zlib inflateInit2 failed")
    }
    defer { inflateEnd(&stream) }
    let chunkSize = 1 << 20
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    try input.withUnsafeBufferPointer { source in
        stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
        stream.avail_in = uInt(source.count)
        while true {
            let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = uInt(chunkSize)
                return inflate(&stream, Z_NO_FLUSH)
            }
            output.append(contentsOf: chunk[0..<(chunkSize - Int(stream.avail_out))])
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow (as with `cat a.gz b.gz`).
                if stream.avail_in > 0, let next = stream.next_in, next[0] == 0x1F {
                    guard inflateReset(&stream) == Z_OK else { throw DatasetError.corrupt(file: name, reason: "inflateReset failed") }
                    continue
                }
                return
            case Z_OK:
                if stream.avail_in == 0 && stream.avail_out != 0 {
                    throw DatasetError.corrupt(file: name, reason: "gzip data is truncated")
                }
            case Z_BUF_ERROR where stream.avail_in == 0:
                throw DatasetError.corrupt(file: name, reason: "gzip data is truncated")
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw DatasetError.corrupt(file: name, reason: "not valid gzip data (\(message))")
            }
        }
    }
    return output
}

/// Compresses `input` as gzip (used by tests to write `.gz` fixtures).
func gzip(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
    var stream = z_stream()
    guard deflateInit2_(&stream, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                        zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
    let written: Int = input.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { out in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(source.count)
            stream.next_out = out.baseAddress
            stream.avail_out = uInt(out.count)
            _ = deflate(&stream, Z_FINISH)
            return out.count - Int(stream.avail_out)
        }
    }
    return Array(output[0..<written])
}
