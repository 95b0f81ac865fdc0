import ArgumentParser
import Foundation
import SwiftKernelApp

/// `swift-kernel --connection-file FILE`: the Swift kernel for Jupyter, started by a frontend.
struct SwiftKernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "swift-kernel",
        abstract: "A Jupyter kernel for Swift, with a numpy-style neural-network library preloaded.",
        discussion: "Jupyter starts it through the `swift` kernelspec (`make install`); it is not meant to be run by hand.")

    @Option(help: "The connection file Jupyter writes (ports, transport, signing key).")
    var connectionFile: String

    @Option(help: "The build folder with swift-cell-executor, libNotebookPrelude.so and Modules/ (default: this binary's folder).")
    var buildFolder: String?

    @Option(help: "The log file, kept at exit (default: $XDG_STATE_HOME/swift-kernel/logs/kernel-PID.log, removed at exit). Level from SWIFT_KERNEL_LOG_LEVEL.")
    var logFile: String?

    func run() throws {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let folder = buildFolder.map { URL(fileURLWithPath: $0) } ?? executable.deletingLastPathComponent()
        try KernelLauncher.run(connectionFile: URL(fileURLWithPath: connectionFile), buildFolder: folder,
                               logFile: logFile.map { URL(fileURLWithPath: $0) })
    }
}

// The kernel also runs itself as the process that hosts SourceKit for completion (see SourceKitBridge).
if let bridge = KernelLauncher.sourceKitBridgeLibrary(arguments: CommandLine.arguments) {
    exit(KernelLauncher.runSourceKitBridge(library: bridge))
}
SwiftKernelCommand.main()
