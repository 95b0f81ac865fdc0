import Foundation

/// The frames of one received multipart message, read under a byte limit.
///
/// A peer decides how big a message is, and may not hold the key; so the kernel copies frames only up
/// to its limit and, past it, only counts the bytes, keeping nothing it cannot authenticate.
public struct InboundMessage: Sendable {
    /// The frames copied, in order; incomplete when `isTruncated`.
    public var frames: [Data] = []
    /// The size of every frame together, also of those not copied.
    public var totalBytes = 0
    /// Whether frames were left out because the message went over the limit.
    public var isTruncated = false

    public init(frames: [Data] = [], totalBytes: Int? = nil, isTruncated: Bool = false) {
        self.frames = frames
        self.totalBytes = totalBytes ?? frames.reduce(0) { $0 + $1.count }
        self.isTruncated = isTruncated
    }
}
