import Foundation
import JupyterProtocol

/// Routing of requests by `msg_type`, and the handlers that are not about execution.
extension KernelServer {
    func dispatch(_ request: Message, reply: Replier) {
        let content = request.content
        switch request.msgType {
        case "execute_request":
            guard reply.channel == .shell else {
                logger.warning("execute_request on control ignored: cells run on shell only")
                return
            }
            handleExecute(request, reply: reply)
        case "kernel_info_request":
            reply(kernelInfo)
        case "complete_request":
            let code = content["code"]?.stringValue ?? ""
            let cursor = content["cursor_pos"]?.intValue ?? code.unicodeScalars.count
            let result = interpreter.complete(code: code, cursorPosition: cursor)
            reply(["status": "ok", "matches": .array(result.matches.map(JSONValue.string)),
                   "cursor_start": .int(result.cursorStart), "cursor_end": .int(result.cursorEnd),
                   "metadata": .object(result.metadata)])
        case "inspect_request":
            let code = content["code"]?.stringValue ?? ""
            let result = interpreter.inspect(code: code, cursorPosition: content["cursor_pos"]?.intValue ?? 0,
                                             detailLevel: content["detail_level"]?.intValue ?? 0)
            reply(["status": "ok", "found": .bool(result.found), "data": .object(result.data),
                   "metadata": .object(result.metadata)])
        case "is_complete_request":
            reply(interpreter.isComplete(code: content["code"]?.stringValue ?? "").replyContent)
        case "history_request":
            reply(["status": "ok", "history": .array(history.reply(to: content))])
        case "comm_info_request":
            let comms = interpreter.openComms(targetName: content["target_name"]?.stringValue)
            reply(["status": "ok", "comms": .object(comms.mapValues { ["target_name": .string($0)] })])
        case "comm_open", "comm_msg", "comm_close":
            guard reply.channel == .shell, let comm = CommRequest(request) else {
                logger.warning("\(request.msgType) without comm_id, or on control, ignored")
                return
            }
            // A comm message has no execution count and allows no input; its output has it as parent.
            let context = RequestContext(request: request, silent: false, allowStdin: false,
                                         iopub: iopub, stdin: stdin, session: session)
            interpreter.handleComm(comm, context: context)
        case "shutdown_request":
            handleShutdown(request, reply: reply)
        case "interrupt_request":
            interruptExecution()
            reply(["status": "ok"])
        default:
            logger.warning("\(reply.channel.rawValue): unsupported message type \(request.msgType) ignored")
        }
    }

    /// `kernel_info_reply` content.
    var kernelInfo: JSONValue {
        let language = interpreter.languageInfo
        var languageInfo: [String: JSONValue] = [
            "name": .string(language.name), "version": .string(language.version),
            "mimetype": .string(language.mimetype), "file_extension": .string(language.fileExtension),
        ]
        if let lexer = language.pygmentsLexer { languageInfo["pygments_lexer"] = .string(lexer) }
        if let mode = language.codemirrorMode { languageInfo["codemirror_mode"] = .string(mode) }
        if let exporter = language.nbconvertExporter { languageInfo["nbconvert_exporter"] = .string(exporter) }
        return [
            "status": "ok",
            "protocol_version": .string(jupyterProtocolVersion),
            "implementation": .string(interpreter.implementationName),
            "implementation_version": .string(interpreter.implementationVersion),
            "language_info": .object(languageInfo),
            "banner": .string(interpreter.banner),
            "help_links": .array(interpreter.helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
            "debugger": false,
        ]
    }

    /// Shuts the interpreter down, replies (also on IOPub, like ipykernel), and stops the server
    /// (unless it is a restart and `keepsServingOnRestart` is set).
    private func handleShutdown(_ request: Message, reply: Replier) {
        let restart = request.content["restart"]?.boolValue ?? false
        logger.info("shutdown requested", metadata: ["restart": "\(restart)"])
        stdin.cancelPendingInput()
        interpreter.shutdown(restart: restart)
        let content: JSONValue = ["status": "ok", "restart": .bool(restart)]
        reply(content)
        publish("shutdown_reply", content, parent: request)
        if restart && keepsServingOnRestart {
            restartPending.store(true, ordering: .releasing)
            logger.info("restarted in place; serving on")
        } else {
            stop()
        }
    }
}
