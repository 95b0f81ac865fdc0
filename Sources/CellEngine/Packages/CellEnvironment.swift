import Foundation

/// What `%install` adds for every later cell: module folders and C module maps for the compiler and
/// SourceKit, libraries for the executor to load, and flags for later package builds.
///
/// The engine owns it; magics change it (see ``MagicHandler``); the compiler, the editor context and every
/// executor the engine starts read it.
struct CellEnvironment: Sendable {
    /// Packages installed so far, in order.
    private(set) var packages: [InstalledPackage] = []
    /// Extra `swift build` arguments for later installs (`%install-swiftpm-flags`).
    var swiftPMFlags: [String] = []

    /// The modules the installed packages provide, with the `%install` that brought each.
    var installedModules: [String: InstalledPackage] {
        var modules: [String: InstalledPackage] = [:]
        for package in packages { for module in package.modules { modules[module] = package } }
        return modules
    }

    /// Libraries every executor must load before it runs a cell.
    var libraries: [URL] { packages.map(\.library) }

    /// Frontend (and SourceKit) arguments: the packages' module folders first, so that a package's module
    /// wins over a module of the same name the kernel was built with; then their C module maps.
    var compilerArguments: [String] {
        var arguments: [String] = []
        for folder in Set(packages.map(\.modulesFolder)).sorted(by: { $0.path < $1.path }) { arguments += ["-I", folder.path] }
        for map in packages.flatMap(\.clangModuleMaps) { arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"] }
        for folder in packages.flatMap(\.clangIncludeFolders) { arguments += ["-Xcc", "-I\(folder.path)"] }
        return arguments
    }

    mutating func add(_ package: InstalledPackage) {
        if !packages.contains(package) { packages.append(package) }
    }
}
