import Foundation
import JupyterProtocol

/// What the server does with requests it will not run: too large, or seen before.
///
/// A message is read under `limits.hardCapBytes`, a quarter above the limit a user sets: ZeroMQ cuts
/// off a sender whose single frame is larger before buffering it, and the kernel copies no more than
/// that of a message of many frames. Whatever cannot be authenticated is dropped and logged, with no
/// reply. A signed request between the two limits is read whole, so that a real client learns what went
/// wrong and what to do, instead of waiting for a reply that never comes.
extension KernelServer {
    /// Answers (or drops) a request larger than `limits.maxMessageBytes`, without parsing its content.
    func rejectOversized(_ inbound: InboundMessage, channel: Channel, socket: ZMQSocket) {
        let size = Self.describe(bytes: inbound.totalBytes)
        guard !inbound.isTruncated else {
            logger.warning("\(channel.rawValue): dropped a message of \(size) unread: over the hard cap of \(Self.describe(bytes: limits.hardCapBytes)), so it cannot be authenticated or answered")
            return
        }
        let request: Message
        do {
            request = try codec.decodeEnvelope(inbound.frames)
        } catch {
            logger.warning("\(channel.rawValue): dropped a message of \(size) over the limit: \(error)")
            return
        }
        guard isFirstSighting(inbound.frames, of: request, channel: channel) else { return }
        logger.warning("\(channel.rawValue): refused \(request.msgType) of \(size): over the limit of \(Self.describe(bytes: limits.maxMessageBytes))",
                       metadata: ["msg_id": "\(request.header.msgID)"])
        guard request.msgType.hasSuffix("_request") else { return }  // nothing to reply to
        let text = "This \(request.msgType) is \(size), more than the \(Self.describe(bytes: limits.maxMessageBytes)) this kernel accepts in one message, so it was not run. "
            + "Send less (split the cell, or have the cell read large data from a file), or raise \(ChannelLimits.maxMessageVariable) "
            + "in the kernelspec's env (kernel.json) and restart the kernel."
        var content: JSONValue = ["status": "error", "ename": "MessageTooLarge", "evalue": .string(text),
                                  "traceback": [.string(text)]]
        publishStatus("busy", parent: request)
        defer { publishStatus("idle", parent: request) }
        if request.msgType == "execute_request" {
            publish("error", ["ename": "MessageTooLarge", "evalue": .string(text), "traceback": [.string(text)]],
                    parent: request)
            content["execution_count"] = .int(executionCount)
            content["user_expressions"] = [:]
            content["payload"] = []
        }
        Replier(server: self, request: request, socket: socket, channel: channel)(content)
    }

    /// Records the signature of an authenticated request; false, after logging, for a replay: the same
    /// signed frames were handled before (jupyter_client's `Session` rejects them the same way).
    func isFirstSighting(_ frames: [Data], of request: Message, channel: Channel) -> Bool {
        guard seenSignatures.recordIfNew(WireCodec.signatureFrame(of: frames)) else {
            logger.warning("\(channel.rawValue): ignored a replayed \(request.msgType): its signature was seen before",
                           metadata: ["msg_id": "\(request.header.msgID)"])
            return false
        }
        return true
    }

    /// `70.0 MiB (73400320 bytes)`: readable, and exact for whoever sets the limit.
    static func describe(bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MiB (%d bytes)", Double(bytes) / Double(1 << 20), bytes) : "\(bytes) bytes"
    }
}
