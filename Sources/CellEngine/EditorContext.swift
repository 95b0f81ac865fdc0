import Foundation

/// What an editor service (completion, inspection) needs to see a cell as the engine compiles it.
public struct EditorContext: Sendable, Equatable {
    /// Swift lines to put before the cell's text: the implicit imports, the learner's imports, and a
    /// scoped `@testable import` of the newest declaration of every name earlier cells declared.
    public var prologue: String
    /// `swiftc` arguments without module name and source files: the same target, language mode, module
    /// cache, search paths (prelude and cell modules) and C module maps as a cell's compilation.
    public var compilerArguments: [String]
    /// Arguments for the packages `%install` added (module folders, C module maps), which go before
    /// `compilerArguments`; they change when a cell installs a package.
    public var packageArguments: [String]

    /// Creates a context.
    public init(prologue: String, compilerArguments: [String], packageArguments: [String] = []) {
        self.prologue = prologue
        self.compilerArguments = compilerArguments
        self.packageArguments = packageArguments
    }
}

extension CellCompiler {
    /// The semantic part of the frontend arguments, in driver form, for SourceKit.
    var editorArguments: [String] {
        var arguments = ["-target", "x86_64-unknown-linux-gnu", "-enable-testing", "-swift-version", "5", "-Onone",
                         "-module-cache-path", moduleCache.path, "-I", modulesDirectory.path]
        for path in configuration.moduleSearchPaths { arguments += ["-I", path.path] }
        for map in configuration.clangModuleMaps { arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"] }
        return arguments
    }
}
