import Foundation

/// How much a peer may make the kernel hold: the size of one request, and the IOPub backlog per subscriber.
///
/// Any local user can connect to the kernel's ports (only the signing key is secret), so these limits
/// apply before a message is authenticated. Read once at kernel start from the environment, which the
/// kernelspec's `env` may set.
public struct ChannelLimits: Sendable, Equatable {
    /// The largest request (all its frames together) the kernel handles on shell, control and stdin.
    /// A signed request above it gets an error reply that names the limit and how to raise it.
    public var maxMessageBytes: Int
    /// Messages queued per IOPub subscriber that is not reading (ZeroMQ's send high-water mark); beyond
    /// it that subscriber misses messages, counted in the log, and everyone else still gets them.
    public var iopubHighWaterMark: Int32

    public static let maxMessageVariable = "SWIFT_KERNEL_MAX_MESSAGE_BYTES"
    public static let iopubHighWaterMarkVariable = "SWIFT_KERNEL_IOPUB_HWM"
    public static let defaultMaxMessageBytes = 64 << 20
    public static let defaultIOPubHighWaterMark: Int32 = 256

    public init(maxMessageBytes: Int = defaultMaxMessageBytes, iopubHighWaterMark: Int32 = defaultIOPubHighWaterMark) {
        self.maxMessageBytes = maxMessageBytes
        self.iopubHighWaterMark = iopubHighWaterMark
    }

    /// The most the kernel reads of one message: a quarter above `maxMessageBytes` (at least 1 MiB more).
    ///
    /// ZeroMQ cuts off a peer that sends a frame above it before buffering the frame, and the kernel stops
    /// copying a message once its frames add up to more. A request between the two limits is still read
    /// whole, so that its signature can be checked and a real client told what was wrong.
    public var hardCapBytes: Int {
        let (sum, overflow) = maxMessageBytes.addingReportingOverflow(max(maxMessageBytes / 4, 1 << 20))
        return overflow ? Int.max : sum
    }

    /// The limits set by `SWIFT_KERNEL_MAX_MESSAGE_BYTES` (bytes, or with a K/M/G suffix: `64M`) and
    /// `SWIFT_KERNEL_IOPUB_HWM` (messages), with the defaults for what is unset.
    ///
    /// - Throws: `ChannelLimitsError` naming the variable, the bad value and what it should look like.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ChannelLimitsError) -> ChannelLimits {
        var limits = ChannelLimits()
        if let text = environment[maxMessageVariable] {
            guard let bytes = parseByteCount(text), bytes >= 1024 else {
                throw ChannelLimitsError(variable: maxMessageVariable, value: text,
                                         expected: "a byte count of at least 1024, such as 67108864, 64M or 1G")
            }
            limits.maxMessageBytes = bytes
        }
        if let text = environment[iopubHighWaterMarkVariable] {
            guard let count = Int32(text.trimmingCharacters(in: .whitespaces)), count >= 1 else {
                throw ChannelLimitsError(variable: iopubHighWaterMarkVariable, value: text,
                                         expected: "a whole number of messages of at least 1, such as 256")
            }
            limits.iopubHighWaterMark = count
        }
        return limits
    }

    /// `1048576`, `1024K`, `64M`, `64MiB`, `1 G` (binary multiples); nil for anything else.
    static func parseByteCount(_ text: String) -> Int? {
        var digits = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        for suffix in ["IB", "B"] where digits.hasSuffix(suffix) { digits = digits.dropLast(suffix.count); break }
        let shifts: [Character: Int] = ["K": 10, "M": 20, "G": 30]
        var shift = 0
        if let last = digits.last, let found = shifts[last] {
            shift = found
            digits = digits.dropLast()
        }
        guard let value = Int(digits.trimmingCharacters(in: .whitespaces)), value >= 0,
              value <= Int.max >> shift else { return nil }
        return value << shift
    }
}

/// A limit variable in the environment that the kernel cannot read; the kernel does not start with it.
public struct ChannelLimitsError: Error, CustomStringConvertible {
    public let variable: String
    public let value: String
    public let expected: String

    public var description: String {
        "\(variable)=\"\(value)\" is not valid: expected \(expected). Fix or remove it in the kernelspec's env (kernel.json) or the environment."
    }
}
