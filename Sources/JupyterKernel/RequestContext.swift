import Foundation
import JupyterProtocol

/// The `ExecutionContext` of one `execute_request`: publishes output with the request as parent.
///
/// Thread-safe because it only holds immutable values and thread-safe channels. A silent request's
/// context drops every output, as the protocol requires.
final class RequestContext: ExecutionContext {
    let request: Message
    let silent: Bool
    let allowStdin: Bool
    private let iopub: IOPubChannel
    private let stdin: StdinChannel
    private let session: String

    init(request: Message, silent: Bool, allowStdin: Bool, iopub: IOPubChannel, stdin: StdinChannel,
         session: String) {
        self.request = request
        self.silent = silent
        self.allowStdin = allowStdin
        self.iopub = iopub
        self.stdin = stdin
        self.session = session
    }

    var cellID: String? { request.metadata["cellId"]?.stringValue }

    var allowsInput: Bool { allowStdin }

    func comm(_ publication: CommPublication) {
        iopub.publish(Message.reply(to: request, msgType: publication.msgType, content: publication.content,
                                    session: session, metadata: publication.metadata))
    }

    private func publish(_ msgType: String, _ content: JSONValue) {
        guard !silent else { return }
        iopub.publish(Message.reply(to: request, msgType: msgType, content: content, session: session))
    }

    func stream(_ name: StreamName, _ text: String) {
        guard !text.isEmpty else { return }
        publish("stream", ["name": .string(name.rawValue), "text": .string(text)])
    }

    func display(data: [String: JSONValue], metadata: [String: JSONValue], displayID: String?, update: Bool) {
        var transient: [String: JSONValue] = [:]
        if let displayID { transient["display_id"] = .string(displayID) }
        // An update without an id has nothing to replace: show it as a new output instead.
        let msgType = update && displayID != nil ? "update_display_data" : "display_data"
        publish(msgType, ["data": .object(data), "metadata": .object(metadata), "transient": .object(transient)])
    }

    func clearOutput(wait: Bool) {
        publish("clear_output", ["wait": .bool(wait)])
    }

    func readInput(prompt: String, password: Bool) throws -> String {
        guard allowStdin else { throw InputNotAllowed() }
        return try stdin.readInput(prompt: prompt, password: password, parent: request)
    }
}
