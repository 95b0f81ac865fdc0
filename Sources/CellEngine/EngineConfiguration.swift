import Foundation

/// Where the engine finds the compiler, the executor and the library every cell imports.
public struct EngineConfiguration: Sendable {
    /// The toolchain's `bin` folder, with `swift-frontend`, `swift-autolink-extract` and `clang`.
    public var toolchainBin: URL
    /// The `swift-cell-executor` binary.
    public var executor: URL
    /// The shared library with the modules every cell imports (`libNotebookPrelude.so`).
    public var preludeLibrary: URL
    /// Folders with the `.swiftmodule`s of the prelude's modules.
    public var moduleSearchPaths: [URL]
    /// Module maps of C libraries the prelude's modules were built against (BLAS, zlib).
    public var clangModuleMaps: [URL]
    /// Modules imported into every cell without the learner writing anything.
    public var implicitImports: [String]
    /// Where the engine keeps each cell's files; a fresh temporary folder when `nil`.
    public var workDirectory: URL?

    /// The Swift modules the prelude library holds: the implicit imports and the module they share
    /// with the executor. Other modules next to them (the kernel's own: `Logging`, `ArgumentParser`…)
    /// compile but are not loaded, so a cell may not import them; a `%install` may not replace these.
    public var preludeModules: Set<String> { Set(implicitImports + ["CellChannel"]) }

    /// Creates a configuration from explicit locations.
    public init(toolchainBin: URL, executor: URL, preludeLibrary: URL, moduleSearchPaths: [URL],
                clangModuleMaps: [URL] = [], implicitImports: [String] = ["NotebookRuntime"],
                workDirectory: URL? = nil) {
        self.toolchainBin = toolchainBin
        self.executor = executor
        self.preludeLibrary = preludeLibrary
        self.moduleSearchPaths = moduleSearchPaths
        self.clangModuleMaps = clangModuleMaps
        self.implicitImports = implicitImports
        self.workDirectory = workDirectory
    }

    /// The folder of an installed kernel (`make install PREFIX=…`) that holds the C module maps, one
    /// folder per module with its headers.
    public static let installedModuleMaps = "ModuleMaps"

    /// The layout of a SwiftPM build folder (`.build/release`, say), or of an installed kernel: executor,
    /// prelude and `Modules/` side by side, and the toolchain on `PATH` or in `SWIFT_TOOLCHAIN_BIN`. The C
    /// module maps come from `ModuleMaps/<name>/module.modulemap` in `folder` when it has that folder (an
    /// installed kernel, which must not depend on the clone it was built in: a cell's compilation needs
    /// every C module the prelude's modules import, or it fails with "missing required modules"), else
    /// from the package's `Sources/`.
    public static func buildFolder(_ folder: URL, packageRoot: URL?,
                                   implicitImports: [String] = ["NotebookRuntime", "NeuralNet", "Plots", "Grading"]) -> EngineConfiguration {
        let root = packageRoot ?? folder.deletingLastPathComponent().deletingLastPathComponent()
        let cModules = installedModuleMaps(in: folder) ?? ["CBLAS", "CZlib"].map {
            root.appendingPathComponent("Sources/\($0)/module.modulemap")
        }.filter { FileManager.default.fileExists(atPath: $0.path) }
        return EngineConfiguration(
            toolchainBin: locateToolchain(),
            executor: folder.appendingPathComponent("swift-cell-executor"),
            preludeLibrary: folder.appendingPathComponent("libNotebookPrelude.so"),
            moduleSearchPaths: [folder.appendingPathComponent("Modules"), folder],
            clangModuleMaps: cModules,
            implicitImports: implicitImports)
    }

    /// Every `ModuleMaps/*/module.modulemap` in `folder`, by name; `nil` when `folder` has no `ModuleMaps`.
    static func installedModuleMaps(in folder: URL) -> [URL]? {
        let maps = folder.appendingPathComponent(installedModuleMaps)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: maps.path) else { return nil }
        return names.sorted().map { maps.appendingPathComponent($0).appendingPathComponent("module.modulemap") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// `SWIFT_TOOLCHAIN_BIN`, else the folder of `swift-frontend` on `PATH`, else `/opt/swift/usr/bin`.
    public static func locateToolchain() -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let bin = environment["SWIFT_TOOLCHAIN_BIN"] { return URL(fileURLWithPath: bin) }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swift-frontend")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.resolvingSymlinksInPath().deletingLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "/opt/swift/usr/bin")
    }
}
