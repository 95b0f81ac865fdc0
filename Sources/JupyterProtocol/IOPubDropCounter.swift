import Foundation
import Logging

/// Counts IOPub messages that a subscriber did not get because it stopped reading, and says so in the
/// log without a line per message: once when drops start, every `interval` seconds while they go on,
/// and once when every subscriber is reading again.
///
/// ZeroMQ drops silently for a subscriber at its high-water mark; the counter is what tells a user
/// that a frontend missed output (or that someone on the machine subscribed and never reads).
struct IOPubDropCounter {
    private(set) var total = 0
    private var inEpisode = 0
    private var lastReport = Date.distantPast
    let highWaterMark: Int32
    let interval: TimeInterval = 10

    init(highWaterMark: Int32) { self.highWaterMark = highWaterMark }

    /// One message went to the subscribers that had room, not to one or more that were full.
    mutating func dropped(_ msgType: String, logger: Logger) {
        total += 1
        inEpisode += 1
        let now = Date()
        if inEpisode == 1 {
            logger.warning("iopub: a subscriber has \(highWaterMark) messages queued and is not reading; it misses messages from now on (first: \(msgType)). A frontend that shows gaps is too slow for this output: raise \(ChannelLimits.iopubHighWaterMarkVariable).")
            lastReport = now
        } else if now.timeIntervalSince(lastReport) >= interval {
            logger.warning("iopub: \(inEpisode) messages dropped for a subscriber that is not reading (\(total) in all)")
            lastReport = now
        }
    }

    /// A message reached every subscriber: an episode of drops, if any, is over.
    mutating func delivered(logger: Logger) {
        guard inEpisode > 0 else { return }
        logger.info("iopub: every subscriber has room again; \(inEpisode) messages were dropped (\(total) in all)")
        inEpisode = 0
    }
}
