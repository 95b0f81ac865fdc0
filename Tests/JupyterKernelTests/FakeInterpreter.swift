import Foundation
import JupyterKernel
import JupyterProtocol
import Synchronization

/// A scripted language for server tests: each line of a cell is a command.
///
/// `print TEXT`, `display`, `clear`, `sleep SECONDS`, `input PROMPT` (prints the answer), `fail`,
/// `result TEXT` (the cell's execute_result). Records what ran, and interrupts.
final class FakeInterpreter: KernelInterpreter {
    let executed = Mutex<[String]>([])
    let interrupts = Atomic<Int>(0)
    let shutdowns = Mutex<[Bool]>([])
    /// Comms to the `fake.echo` target: open ones (id → target), and every comm request received.
    let comms = Mutex<[String: String]>([:])
    let commRequests = Mutex<[CommRequest]>([])

    var languageInfo: LanguageInfo {
        LanguageInfo(name: "fake", version: "1.0", mimetype: "text/x-fake", fileExtension: ".fake",
                     pygmentsLexer: "text", codemirrorMode: nil, nbconvertExporter: "script")
    }
    var implementationName: String { "fake-kernel" }
    var implementationVersion: String { "0.0.1" }
    var banner: String { "Fake banner" }
    var helpLinks: [HelpLink] { [HelpLink(text: "Docs", url: "https://example.com")] }

    func execute(code: String, executionCount: Int, silent: Bool, context: ExecutionContext) -> ExecutionOutcome {
        executed.withLock { $0.append(code) }
        var result: [String: JSONValue]? = nil
        for line in code.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            let argument = parts.count > 1 ? parts[1] : ""
            switch parts[0] {
            case "print": context.stream(.stdout, argument + "\n")
            case "warn": context.stream(.stderr, argument + "\n")
            case "display":
                context.display(data: ["text/plain": "shown"], metadata: [:], displayID: "d1", update: false)
                context.display(data: ["text/plain": "updated"], metadata: [:], displayID: "d1", update: true)
            case "clear": context.clearOutput(wait: true)
            case "sleep": Thread.sleep(forTimeInterval: Double(argument) ?? 0)
            case "input":
                do {
                    let answer = try context.readInput(prompt: argument, password: false)
                    context.stream(.stdout, "got \(answer)\n")
                } catch {
                    return .failure(ename: "InputError", evalue: "\(error)", traceback: ["\(error)"])
                }
            case "fail": return .failure(ename: "FakeError", evalue: "it failed", traceback: ["line 1", "line 2"])
            case "result": result = ["text/plain": .string(argument)]
            default: break
            }
        }
        return .success(result: result)
    }

    func complete(code: String, cursorPosition: Int) -> CompletionResult {
        CompletionResult(matches: ["print", "prefix"], cursorStart: 0, cursorEnd: cursorPosition)
    }

    /// `fake.echo`: a `comm_msg` is sent back with its data and metadata; other targets are closed.
    func handleComm(_ request: CommRequest, context: ExecutionContext) {
        commRequests.withLock { $0.append(request) }
        switch request.kind {
        case .open where request.targetName == "fake.echo":
            comms.withLock { $0[request.commID] = "fake.echo" }
        case .open:
            context.comm(CommPublication(msgType: "comm_close", commID: request.commID))
        case .message where comms.withLock({ $0[request.commID] != nil }):
            context.stream(.stdout, "echoing\n")
            context.comm(CommPublication(msgType: "comm_msg", commID: request.commID, data: request.data,
                                         metadata: request.metadata))
        case .message:
            break
        case .close:
            _ = comms.withLock { $0.removeValue(forKey: request.commID) }
        }
    }

    func openComms(targetName: String?) -> [String: String] {
        comms.withLock { $0.filter { targetName == nil || $0.value == targetName } }
    }

    func interrupt() { interrupts.add(1, ordering: .relaxed) }

    func shutdown(restart: Bool) { shutdowns.withLock { $0.append(restart) } }
}
