import CellChannel
import Foundation

extension CellEngine {
    /// The magics a front end may complete after `%` (`%help` describes them).
    public static var magicNames: [String] { MagicRegistry.handlers.map(\.name) }

    /// Runs the cell's magic lines; they may change the engine's environment (see ``CellEnvironment``).
    func runMagics(_ code: String, output: CellOutputHandler) -> Result<PreparedCell, CellFailure> {
        let context = MagicContext(configuration: configuration, output: output, runner: tools, environment: environment) {
            [unowned self] library in try load(library, into: liveExecutor())
        }
        defer { environment = context.environment }
        return MagicRegistry.prepare(code, context: context).mapError(\.failure)
    }

    /// Loads `library` into the executor and waits until it has, or has failed to.
    func load(_ library: URL, into process: ExecutorProcess) throws {
        try process.send(.load(path: library.path))
        while true {
            guard let message = process.reader.next(timeout: 120) else {
                throw EngineError("the executor did not answer within 120 s")
            }
            switch message {
            case .event(.loaded(_, nil)): return
            case .event(.loaded(_, let error?)): throw EngineError(error)
            case .event(.resumed(let pid, _, _, _)) where process.adoptLiveProcess(pid):
                throw EngineError("loading the library crashed the executor; the notebook's state is as it was")
            case .closed: throw EngineError("the executor ended while loading the library")
            case .output, .event: continue
            }
        }
    }

    /// An error for `import X` of a module the kernel was built with but the executor does not hold.
    func unavailableImport(in analysis: CellAnalysis) -> CellFailure? {
        let installed = environment.installedModules
        for module in analysis.imports.compactMap(Self.importedModule) {
            guard kernelOnlyModules.contains(module), installed[module] == nil else { continue }
            let message = "`import \(module)`: \(module) is a module of the kernel itself, not one the cells can use. "
                + "To use it in this notebook, install its package, e.g. %install '.package(url: \"https://github.com/OWNER/NAME\", from: \"1.0.0\")' \(module)"
            return CellFailure(kind: .compileError, message: message, traceback: [red("ImportError") + ": " + message])
        }
        return nil
    }
}

/// The Swift modules in the prelude's search paths that no library in the executor holds: the kernel's
/// own dependencies (`Logging`, `ArgumentParser`, `SwiftSyntax`…), built next to the prelude's. A cell
/// that imports one compiles, then fails to load with an undefined symbol; the engine says so first.
enum KernelOnlyModules {
    static func find(_ configuration: EngineConfiguration) -> Set<String> {
        var modules: Set<String> = []
        for folder in configuration.moduleSearchPaths {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasSuffix(".swiftmodule") {
                modules.insert(String(name.dropLast(".swiftmodule".count)))
            }
        }
        return modules.subtracting(configuration.preludeModules).subtracting(CellCompiler.modulesInBaseline)
    }
}
