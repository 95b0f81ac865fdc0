import CellEngine
import Foundation
import JupyterKernel
import JupyterProtocol
import Logging
import SwiftCompletion

/// Starts the whole kernel: logging, the cell engine, and the Jupyter server over the connection file.
public enum KernelLauncher {
    /// Runs the kernel until a frontend shuts it down.
    ///
    /// - Parameters:
    ///   - connectionFile: the JSON file Jupyter writes with the ports and the signing key.
    ///   - buildFolder: where `swift-cell-executor`, `libNotebookPrelude.so` and `Modules/` are.
    ///   - logFile: where to log, kept at exit; `nil`: a private per-user folder, the log removed at exit
    ///     (`KernelLogFile`). The level comes from `SWIFT_KERNEL_LOG_LEVEL` (default `info`).
    /// - Throws: `ChannelLimitsError` for a limit variable that cannot be read, before anything starts.
    public static func run(connectionFile: URL, buildFolder: URL, logFile: URL?) throws {
        let limits = try ChannelLimits.fromEnvironment()
        let log = startLogging(explicit: logFile)
        let logger = Logger(label: "swift-kernel")
        logger.info("starting", metadata: ["connection": "\(connectionFile.path)", "pid": "\(getpid())"])
        defer { log?.removeUnlessKept() }

        let connection = try JSONDecoder().decode(ConnectionInfo.self, from: Data(contentsOf: connectionFile))
        let packageRoot = buildFolder.resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var configuration = EngineConfiguration.buildFolder(buildFolder, packageRoot: packageRoot)
        if !FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("Package.swift").path) {
            configuration = EngineConfiguration.buildFolder(buildFolder, packageRoot: nil)
        }
        let engine = try CellEngine(configuration: configuration, logger: Logger(label: "swift-kernel.engine"))
        let assistant = codeAssistant(engine: engine, toolchainBin: configuration.toolchainBin)
        let interpreter = SwiftInterpreter(engine: engine, toolchainVersion: toolchainVersion(configuration.toolchainBin),
                                           logger: logger, assistant: assistant)
        let server = try KernelServer(connection: connection, interpreter: interpreter, logger: logger, limits: limits)
        let terminate: @Sendable (String) -> Void = { reason in
            logger.warning("stopping: \(reason)")
            server.stop()
            // A cell still running holds the shell thread; the executor (and its snapshots) and the
            // SourceKit bridge end by themselves once this process is gone (see `ParentWatch`).
            DispatchQueue.global().asyncAfter(deadline: .now() + 3) {
                logger.warning("not stopped within 3 s; exiting")
                _exit(1)
            }
        }
        ParentWatch.installTerminationHandler(terminate)
        if let parent = ParentWatch.start(parentGone: terminate) {
            logger.info("exits with its parent", metadata: ["parent": "\(parent)"])
        }
        try server.run()
        engine.shutdown()
        assistant?.shutdown()
        logger.info("stopped")
    }

    /// Sends every logger to the kernel's log file, at the level of `SWIFT_KERNEL_LOG_LEVEL`. Without a
    /// usable file the kernel runs without a log and says why on stderr, which Jupyter shows in its console.
    static func startLogging(explicit: URL?) -> KernelLogFile? {
        let environment = ProcessInfo.processInfo.environment
        let level = environment["SWIFT_KERNEL_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        let log: KernelLogFile
        do {
            log = try explicit.map(KernelLogFile.open(explicit:)) ?? KernelLogFile.create()
        } catch {
            FileHandle.standardError.write(Data("swift-kernel: running without a log: \(error)\n".utf8))
            LoggingSystem.bootstrap(SwiftLogNoOpLogHandler.init)
            return nil
        }
        let handler = FileLogHandler(label: "swift-kernel", descriptor: log.descriptor, level: level)
        LoggingSystem.bootstrap { _ in handler }
        if let reason = log.fallbackReason {
            Logger(label: "swift-kernel").warning("log in \(log.path), not the usual folder: \(reason)")
        }
        return log
    }

    /// The toolchain's version, e.g. `6.3.1`, read from the `swift-frontend` path's neighbour files
    /// cheaply, else from `swift-frontend -version`.
    static func toolchainVersion(_ bin: URL) -> String {
        let process = Process()
        process.executableURL = bin.appendingPathComponent("swift-frontend")
        process.arguments = ["-version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return "unknown" }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let range = text.range(of: #"Swift version ([0-9.]+)"#, options: .regularExpression) else { return "unknown" }
        return String(text[range].dropFirst("Swift version ".count))
    }
}
