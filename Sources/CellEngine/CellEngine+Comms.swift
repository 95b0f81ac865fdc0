import CellChannel
import Foundation

/// Comm messages from the front end, delivered to the executor between cells.
///
/// The kernel handles requests one at a time on its shell thread, so a comm message (a slider moved,
/// a button clicked) never meets a running cell here: it waits for the cell, as in ipykernel. The
/// executor runs its handler like a cell (main thread, the notebook's state, a snapshot afterwards), so
/// a crash in a widget's callback costs only what the callback did.
extension CellEngine {
    /// Hands a comm message from the front end to its handler in the executor; what the handler shows
    /// and sends (widget updates, output captured by an `Output` widget, or plain output) reaches
    /// `output` as it happens. Fails when the handler crashed (the state from before it is kept) or the
    /// executor was lost.
    public func deliverComm(_ message: CommMessage, output: CellOutputHandler) -> CellOutcome {
        switch command(.comm(message), output: output) {
        case .success: return .success(result: nil)
        case .failure(let failure): return .failure(failure)
        }
    }

    /// The comms open in the executor (comm id → target name), of `target` or of every target: the
    /// answer to `comm_info_request`. Empty when no executor runs.
    public func openComms(target: String?, output: CellOutputHandler) -> [String: String] {
        guard case .success(let comms) = command(.commInfo(target: target), output: output) else { return [:] }
        return comms ?? [:]
    }

    /// Sends a command that runs no cell and follows the executor until it is handled.
    private func command(_ command: EngineCommand, output: CellOutputHandler) -> Result<[String: String]?, CellFailure> {
        setInterrupted(false)
        let process: ExecutorProcess
        do {
            process = try liveExecutor()
            reportBackgroundActivity(of: process, output: output)
            setRunningCell(process)
            try process.send(.frontEnd(frontEnd))
            try process.send(command)
        } catch {
            setRunningCell(nil)
            return .failure(failure(of: lostExecutor(reason: "\(error)")))
        }
        let ending = CellRun(process: process, output: output).wait()
        setRunningCell(nil)
        switch ending {
        case .handled(let comms):
            return .success(comms)
        case .completed:
            return .success(nil)
        case .died(let stderr, _, let note):
            if interrupted { return .failure(Self.interruptedFailure) }
            return .failure(CrashReport(stderr: stderr).failure(note: note, inCallback: true))
        case .loadFailed(let message):
            return .failure(CellFailure(kind: .crash, message: message, traceback: [message]))
        case .lost:
            return .failure(failure(of: lostExecutor(reason: "the executor process ended")))
        }
    }

    private func failure(of outcome: CellOutcome) -> CellFailure {
        if case .failure(let failure) = outcome { return failure }
        return CellFailure(kind: .executorLost, message: "the executor was lost", traceback: [])
    }
}
