import Foundation

/// Follows one cell in the executor: forwards its output as it arrives and waits for its end.
struct CellRun {
    enum Ending {
        /// The cell ran to its end; `reportedError` is an error the cell reported about itself.
        case completed(result: [String: String]?, reportedError: CellFailure?)
        case loadFailed(String)
        /// The process running the cell died; the snapshot took over. `stderr` is what the cell wrote there.
        case died(stderr: String)
        case lost
    }

    let process: ExecutorProcess
    let output: CellOutputHandler

    func wait() -> Ending {
        var result: [String: String]?
        var reportedError: CellFailure?
        var stderrText = ""
        var crashing = false
        var ending: Ending?
        var stderrEnded = false
        while ending == nil || !stderrEnded {
            // Once the cell has ended, its output's markers follow at once; don't wait long for them.
            let timeout = ending == nil ? 3600.0 : 2.0
            guard let message = process.reader.next(timeout: timeout) else {
                if ending != nil { break } else { continue }
            }
            switch message {
            case .output(let kind, let text):
                guard kind == .stderr else { output.stream(kind, text); continue }
                stderrText += text
                // Once the runtime starts reporting a crash, the report becomes the error, not output.
                if !crashing && CrashReport.crashSignatures.contains(where: stderrText.contains) {
                    crashing = true
                }
                if !crashing { output.stream(.stderr, text) }
            case .endOfCell:
                stderrEnded = true
            case .event(let event):
                switch event["event"] as? String {
                case "display":
                    output.display(event["data"] as? [String: String] ?? [:],
                                   metadataJSON: event["metadata_json"] as? String,
                                   displayID: event["id"] as? String, update: event["update"] as? Bool ?? false)
                case "clear":
                    output.clearOutput(wait: event["wait"] as? Bool ?? false)
                case "result":
                    result = event["data"] as? [String: String]
                case "error":
                    reportedError = CellFailure(kind: .reported, message: event["evalue"] as? String ?? "",
                                                traceback: event["traceback"] as? [String] ?? [],
                                                reportedName: event["ename"] as? String)
                case "input":
                    answerInput(event)
                case "done":
                    if event["status"] as? String == "ok" {
                        ending = .completed(result: result, reportedError: reportedError)
                    } else {
                        ending = .loadFailed(event["message"] as? String ?? "the cell could not be loaded")
                    }
                case "resumed":
                    if let pid = event["pid"] as? Int { process.adoptLiveProcess(pid_t(pid)) }
                    ending = .died(stderr: stderrText)
                default:
                    break
                }
            case .closed:
                return .lost
            }
        }
        return ending ?? .lost
    }

    private func answerInput(_ event: [String: Any]) {
        let prompt = event["prompt"] as? String ?? ""
        let password = event["password"] as? Bool ?? false
        switch output.readInput(prompt: prompt, password: password) {
        case .success(let line): try? process.send(["op": "input_reply", "value": line])
        case .failure(let reason): try? process.send(["op": "input_reply", "error": reason.message])
        }
    }
}
