import Foundation
import JupyterProtocol

/// `execute_request`: counter, IOPub side effects, reply, and aborting the queue after an error.
/// Runs on the shell thread only (it owns `executionCount` and the shell socket).
extension KernelServer {
    /// The fields of an `execute_request` with the protocol's defaults.
    struct ExecuteOptions {
        var code: String
        var silent: Bool
        var storeHistory: Bool
        var allowStdin: Bool
        var stopOnError: Bool

        init(_ content: JSONValue) {
            code = content["code"]?.stringValue ?? ""
            silent = content["silent"]?.boolValue ?? false
            // silent forces store_history off.
            storeHistory = !silent && (content["store_history"]?.boolValue ?? true)
            allowStdin = content["allow_stdin"]?.boolValue ?? true
            stopOnError = content["stop_on_error"]?.boolValue ?? true
        }
    }

    func handleExecute(_ request: Message, reply: Replier) {
        let options = ExecuteOptions(request.content)
        if abortingExecutions {
            logger.info("aborting queued execute_request after an error", metadata: ["msg_id": "\(request.header.msgID)"])
            // No execution_count, as ipykernel: the cell never ran, and a front end shows any count it gets
            // (JupyterLab put `[2]` on a cell an interrupt had aborted).
            reply(["status": "aborted"])
            return
        }
        if options.storeHistory { executionCount += 1 }
        let count = executionCount
        if !options.silent {
            publish("execute_input", ["code": .string(options.code), "execution_count": .int(count)], parent: request)
        }

        let context = RequestContext(request: request, silent: options.silent, allowStdin: options.allowStdin,
                                     iopub: iopub, stdin: stdin, session: session)
        // Whitespace-only code has nothing to run; the silent empty request is how frontends read the count.
        let outcome: ExecutionOutcome = options.code.allSatisfy(\.isWhitespace)
            ? .success(result: nil)
            : interpreter.execute(code: options.code, executionCount: count, silent: options.silent,
                                  context: context)

        switch outcome {
        case .success(let result):
            if let result, !options.silent {
                publish("execute_result", ["execution_count": .int(count), "data": .object(result), "metadata": [:]],
                        parent: request)
            }
            if options.storeHistory {
                history.record(line: count, input: options.code, output: result?["text/plain"]?.stringValue)
            }
            // user_expressions are not evaluated (the interpreter has no expression API yet): always {}.
            reply(["status": "ok", "execution_count": .int(count), "user_expressions": [:], "payload": []])
        case .failure(let ename, let evalue, let traceback):
            let error: JSONValue = ["ename": .string(ename), "evalue": .string(evalue),
                                    "traceback": .array(traceback.map(JSONValue.string))]
            if !options.silent { publish("error", error, parent: request) }
            if options.storeHistory { history.record(line: count, input: options.code, output: nil) }
            var content = error
            content["status"] = "error"
            content["execution_count"] = .int(count)
            content["user_expressions"] = [:]
            content["payload"] = []
            if options.stopOnError {
                // Only what is queued *before* the reply goes out is aborted: a client that waits for
                // this reply and then sends its next cell must never see that cell aborted.
                queuedBeforeFailure = takeQueuedFrames(from: reply.socket)
                abortPending = true  // answered after this request's idle, see `serve`
            }
            reply(content)
        }
    }

    /// After a failed cell, answers the `execute_request`s already waiting on shell with `aborted`
    /// ("Run All" queues every cell at once and relies on this). Other requests waiting there are handled
    /// normally. Does not block: only what is queued now (plus `abortTimeout`) is drained.
    func abortQueuedExecutions(socket: ZMQSocket) {
        abortingExecutions = true
        defer { abortingExecutions = false }
        let queued = queuedBeforeFailure
        queuedBeforeFailure = []
        for frames in queued { process(frames, channel: .shell, socket: socket) }
        guard abortTimeout > 0 else { return }
        let deadline = Date().addingTimeInterval(abortTimeout)
        while true {
            let frames: InboundMessage?
            do throws(ZMQError) {
                let wait = max(0, deadline.timeIntervalSinceNow)
                frames = wait > 0 ? try socket.receive(timeout: wait, byteLimit: limits.hardCapBytes)
                    : try socket.receive(dontWait: true, byteLimit: limits.hardCapBytes)
            } catch {
                logger.error("shell: \(error)")
                return
            }
            guard let frames else { return }
            process(frames, channel: .shell, socket: socket)
        }
    }

    /// Every request waiting on `socket` now, without blocking.
    private func takeQueuedFrames(from socket: ZMQSocket) -> [InboundMessage] {
        var queued: [InboundMessage] = []
        while true {
            do throws(ZMQError) {
                guard let frames = try socket.receive(dontWait: true, byteLimit: limits.hardCapBytes)
                else { return queued }
                queued.append(frames)
            } catch {
                logger.error("shell: \(error)")
                return queued
            }
        }
    }
}
