import Foundation

/// Turns a cell's Swift source into a shared library the executor can load, with the toolchain's own
/// compiler: `swift-frontend` in script mode (top-level statements run in order), then the linker.
///
/// Each cell becomes a module `CellN` whose `.swiftmodule` later cells import. Libraries are linked
/// without the earlier cells: the executor loads every cell with `RTLD_GLOBAL`, so their symbols
/// resolve at load time, and linking stays as fast for cell 500 as for cell 5.
struct CellCompiler {
    let configuration: EngineConfiguration
    let workDirectory: WorkDirectory
    private let runner: ToolRunner
    private let linkCommand: LinkCommand?
    let moduleCache: URL

    /// Libraries a cell links when it imports only modules the executor has loaded already.
    ///
    /// The executor has loaded Swift's runtime, Foundation, Dispatch and the prelude, and every cell, with
    /// `RTLD_GLOBAL`, so a cell's references to them resolve when the cell is loaded. Naming them to the
    /// linker would only make it read their symbol tables, most of a cell's link time. The exception is
    /// `SwiftOnoneSupport`, which unoptimised code uses and the optimised executor does not load.
    static let baselineLibraries = ["-lswiftSwiftOnoneSupport"]
    /// Modules whose libraries the executor has loaded before any cell, besides the implicit imports.
    static let modulesInBaseline: Set<String> = ["Swift", "SwiftShims", "Foundation", "FoundationEssentials",
                                                  "FoundationInternationalization", "Glibc", "Dispatch", "_Concurrency",
                                                  "_StringProcessing", "Synchronization"]

    init(configuration: EngineConfiguration, workDirectory: WorkDirectory, runner: ToolRunner) {
        self.configuration = configuration
        self.workDirectory = workDirectory
        self.runner = runner
        moduleCache = Self.sharedModuleCache() ?? workDirectory.url.appendingPathComponent("module-cache")
        linkCommand = LinkCommand(toolchainBin: configuration.toolchainBin, baseArguments: Self.linkBaseArguments(configuration),
                                  directory: workDirectory.url, runner: runner)
    }

    /// A module cache kept between kernels (`~/.cache/swift-kernel`), so that only the very first
    /// kernel on a machine pays for building the cache of Foundation and the prelude's C modules.
    private static func sharedModuleCache() -> URL? { UserCache.folder("ModuleCache") }

    var modulesDirectory: URL { workDirectory.modules }

    /// Compiles and links `source` as module `module`; returns the library, or the compiler's messages.
    ///
    /// Only the library, the module's `.swiftmodule` and its `.swiftdoc` remain afterwards; after a failure, nothing.
    /// `extraArguments` go to the frontend before the configuration's search paths (see ``CellEnvironment``).
    func build(source: String, module: String, importedModules: Set<String>, extraArguments: [String] = []) throws -> Result<URL, CompilerOutput> {
        let outcome: Result<URL, CompilerOutput>
        do {
            outcome = try compileAndLink(source: source, module: module, importedModules: importedModules,
                                         extraArguments: extraArguments)
        } catch {
            workDirectory.discard(module)
            throw error
        }
        switch outcome {
        case .success(let library): workDirectory.removeIntermediates(of: module, keeping: library)
        case .failure: workDirectory.discard(module)
        }
        return outcome
    }

    private func compileAndLink(source: String, module: String, importedModules: Set<String>,
                                extraArguments: [String]) throws -> Result<URL, CompilerOutput> {
        let cellDirectory = workDirectory.cellFolder(module)
        try FileManager.default.createDirectory(at: cellDirectory, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: modulesDirectory, withIntermediateDirectories: true)
        let sourceFile = cellDirectory.appendingPathComponent("main.swift")
        let object = cellDirectory.appendingPathComponent("\(module).o")
        let library = cellDirectory.appendingPathComponent("lib\(module).so")
        try source.write(to: sourceFile, atomically: false, encoding: .utf8)

        let compile = try runner.run(bin("swift-frontend"), arguments: frontendArguments(
            source: sourceFile, module: module, object: object, extraArguments: extraArguments), in: cellDirectory)
        guard compile.status == 0 else { return .failure(CompilerOutput(text: compile.output)) }

        var libraries = Self.baselineLibraries
        if !importedModules.isSubset(of: Self.modulesInBaseline.union(configuration.implicitImports)) {
            let autolink = cellDirectory.appendingPathComponent("\(module).autolink")
            let extract = try runner.run(bin("swift-autolink-extract"),
                                         arguments: [object.path, "-o", autolink.path], in: cellDirectory)
            guard extract.status == 0 else { return .failure(CompilerOutput(text: extract.output)) }
            libraries = ["@\(autolink.path)"]
        }

        let link: ToolRunner.Completion
        if let linkCommand {
            let command = linkCommand.arguments(object: object, library: library, extra: libraries)
            link = try runner.run(command.linker, arguments: command.arguments, in: cellDirectory)
        } else {
            link = try runner.run(bin("clang"), arguments: Self.linkBaseArguments(configuration)
                + [object.path] + libraries + ["-o", library.path], in: cellDirectory)
        }
        guard link.status == 0 else { return .failure(CompilerOutput(text: link.output)) }
        if ProcessInfo.processInfo.environment["SWIFT_KERNEL_TRACE_TIMINGS"] != nil {
            FileHandle.standardError.write(Data("[compiler] frontend \(compile.milliseconds) ms, link \(link.milliseconds) ms\n".utf8))
        }
        return .success(library)
    }

    private func bin(_ tool: String) -> URL { configuration.toolchainBin.appendingPathComponent(tool) }

    private func frontendArguments(source: URL, module: String, object: URL, extraArguments: [String]) -> [String] {
        var arguments = [
            "-frontend", "-c", source.path,
            "-target", "x86_64-unknown-linux-gnu", "-disable-objc-interop",
            "-module-name", module, "-enable-testing", "-swift-version", "5", "-Onone", "-g",
            "-diagnostic-style=llvm", "-no-color-diagnostics", "-Xcc", "-fno-color-diagnostics",
            "-module-cache-path", moduleCache.path,
            // Checks the cached C modules against their headers once per kernel, not for every cell.
            "-validate-clang-modules-once", "-clang-build-session-file", workDirectory.sessionStamp.path,
            "-I", modulesDirectory.path,
            "-emit-module-path", modulesDirectory.appendingPathComponent("\(module).swiftmodule").path,
            // Doc comments of the cell's declarations, which inspection (Shift-Tab) shows in later cells.
            "-emit-module-doc-path", modulesDirectory.appendingPathComponent("\(module).swiftdoc").path,
            "-o", object.path,
        ] + extraArguments
        for path in configuration.moduleSearchPaths { arguments += ["-I", path.path] }
        for map in configuration.clangModuleMaps { arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"] }
        return arguments
    }

    /// The `clang` arguments for linking a cell, before its object and libraries.
    private static func linkBaseArguments(_ configuration: EngineConfiguration) -> [String] {
        let runtimeLibraries = configuration.toolchainBin.deletingLastPathComponent().appendingPathComponent("lib/swift/linux")
        // Two segments a library (code and constants; data), not four: the executor maps every cell, and
        // each mapping makes the fork before the next cell slower.
        return [
            "-shared", "-fuse-ld=lld", "-Xlinker", "--build-id",
            "-Xlinker", "--no-rosegment", "-Xlinker", "-z", "-Xlinker", "norelro",
            runtimeLibraries.appendingPathComponent("x86_64/swiftrt.o").path,
            "-L", runtimeLibraries.path,
            "-Xlinker", "-rpath", "-Xlinker", runtimeLibraries.path,
        ]
    }
}

/// What the compiler or linker printed when it failed.
struct CompilerOutput: Error {
    var text: String
}
