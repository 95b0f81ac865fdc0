import CellEngine
import Foundation
import Logging
import SwiftCompletion

/// Completion for the kernel: SourceKit in a bridge process that is this very executable.
extension KernelLauncher {
    /// The SourceKit library to serve when the kernel was started as the bridge
    /// (`swift-kernel --sourcekit-bridge LIBRARY`), else `nil`.
    public static func sourceKitBridgeLibrary(arguments: [String]) -> String? {
        guard arguments.count == 3, arguments[1] == SourceKitBridge.argument else { return nil }
        return arguments[2]
    }

    /// Serves SourceKit requests on stdin and stdout until stdin closes; returns the exit status.
    public static func runSourceKitBridge(library: String) -> Int32 {
        ParentWatch.watchBridgeParent()
        return SourceKitBridge.serve(library: library)
    }

    /// A SourceKit assistant with the engine's compiler arguments, or `nil` when the toolchain has no
    /// SourceKit (completion and inspection then answer with nothing).
    static func codeAssistant(engine: CellEngine, toolchainBin: URL) -> CodeAssistant? {
        let library = SourceKitBridge.library(toolchainBin: toolchainBin)
        guard FileManager.default.fileExists(atPath: library.path) else { return nil }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        // Inside the engine's folder, so it goes with it at shutdown and with a dead kernel's leftovers.
        let directory = engine.workDirectory.appendingPathComponent("completion")
        let context = engine.editorContext()
        // Before any cell has run, the prologue imports just the preloaded libraries.
        let libraries = context.prologue.split(separator: "\n").compactMap { line -> String? in
            line.hasPrefix("import ") ? String(line.dropFirst("import ".count)) : nil
        }
        return SourceKitAssistant(bridge: (executable, [SourceKitBridge.argument, library.path]),
                                  compilerArguments: context.compilerArguments, directory: directory,
                                  documentedModules: Set(libraries), logger: Logger(label: "swift-kernel.completion"))
    }
}
