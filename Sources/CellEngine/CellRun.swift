import CellChannel
import Foundation

/// Follows one cell in the executor: forwards its output as it arrives and waits for its end.
struct CellRun {
    enum Ending {
        /// The cell ran to its end; `reportedError` is an error the cell reported about itself.
        case completed(result: [String: String]?, reportedError: CellFailure?)
        /// A command that runs no cell was handled; `comms` is the answer to a `commInfo` command.
        case handled(comms: [String: String]?)
        case loadFailed(String)
        /// The process running the cell died and another took over, holding `recovery`'s state.
        /// `stderr` is what the cell wrote there (the runtime's crash report among it); `note` is what the
        /// cell asked to add to the error of a crash (``ExecutorEvent/crashNote(_:)``).
        case died(stderr: String, recovery: ExecutorEvent.Recovery, note: String?)
        case lost
    }

    let process: ExecutorProcess
    let output: CellOutputHandler

    func wait() -> Ending {
        var result: [String: String]?
        var reportedError: CellFailure?
        var stderrText = ""
        var crashing = false
        var crashNote: String?
        var comms: [String: String]?
        while true {
            guard let message = process.reader.next(timeout: 3600) else { continue }
            switch message {
            case .output(.stdout, let text):
                output.stream(.stdout, text)
            case .output(.stderr, let text):
                stderrText += text
                // Once the runtime starts reporting a crash, the report becomes the error, not output.
                if !crashing && CrashReport.crashSignatures.contains(where: stderrText.contains) {
                    crashing = true
                }
                if !crashing { output.stream(.stderr, text) }
            case .event(let event):
                switch event {
                case .display(let data, let metadataJSON, let id, let update):
                    output.display(data, metadataJSON: metadataJSON, displayID: id, update: update)
                case .clearOutput(let wait):
                    output.clearOutput(wait: wait)
                case .result(let data):
                    result = data
                case .reportedError(let name, let message, let traceback):
                    reportedError = CellFailure(kind: .reported, message: message, traceback: traceback, reportedName: name)
                case .crashNote(let note):
                    crashNote = note
                case .inputRequest(let prompt, let password):
                    answerInput(prompt: prompt, password: password)
                case .comm(let message):
                    output.comm(message)
                case .commInfo(let open):
                    comms = open
                case .handled:
                    return .handled(comms: comms)
                case .done(_, nil):
                    return .completed(result: result, reportedError: reportedError)
                case .done(_, let loadError?):
                    return .loadFailed(loadError)
                case .resumed(let pid, _, let recovery, _):
                    // Only a process of the executor's own group may take over; anything else is ignored.
                    guard process.adoptLiveProcess(pid) else { continue }
                    return .died(stderr: stderrText, recovery: recovery, note: crashNote)
                case .ready, .output, .loaded:
                    continue  // the reader hands output on as `.output` messages
                }
            case .closed:
                return .lost
            }
        }
    }

    private func answerInput(prompt: String, password: Bool) {
        switch output.readInput(prompt: prompt, password: password) {
        case .success(let line): try? process.send(.inputReply(line: line, error: nil))
        case .failure(let reason): try? process.send(.inputReply(line: nil, error: reason.message))
        }
    }
}
