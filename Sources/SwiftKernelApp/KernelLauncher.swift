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
    ///   - logFile: where to log; the level comes from `SWIFT_KERNEL_LOG_LEVEL` (default `info`).
    public static func run(connectionFile: URL, buildFolder: URL, logFile: URL) throws {
        let environment = ProcessInfo.processInfo.environment
        let level = environment["SWIFT_KERNEL_LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .info
        let handler = try? FileLogHandler(label: "swift-kernel", file: logFile, level: level)
        LoggingSystem.bootstrap { label in
            if var handler { handler.logLevel = level; return handler }
            return SwiftLogNoOpLogHandler(label)
        }
        let logger = Logger(label: "swift-kernel")
        logger.info("starting", metadata: ["connection": "\(connectionFile.path)", "pid": "\(getpid())"])

        let connection = try JSONDecoder().decode(ConnectionInfo.self, from: Data(contentsOf: connectionFile))
        let packageRoot = buildFolder.resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var configuration = EngineConfiguration.buildFolder(buildFolder, packageRoot: packageRoot)
        if !FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent("Package.swift").path) {
            configuration = EngineConfiguration.buildFolder(buildFolder, packageRoot: nil)
        }
        let engine = try CellEngine(configuration: configuration, logger: Logger(label: "swift-kernel.engine"))
        let interpreter = SwiftInterpreter(engine: engine, toolchainVersion: toolchainVersion(configuration.toolchainBin),
                                           logger: logger, assistant: codeAssistant(engine: engine, toolchainBin: configuration.toolchainBin))
        let server = try KernelServer(connection: connection, interpreter: interpreter, logger: logger)
        try server.run()
        engine.shutdown()
        logger.info("stopped")
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
