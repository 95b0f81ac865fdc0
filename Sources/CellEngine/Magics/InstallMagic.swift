import Foundation

/// `%install '<.package(…)>' PRODUCT…`: builds a Swift package's products and makes them importable
/// from the next cell on, in any cell, with no restart and no loss of state.
///
/// The products are built once per user and toolchain (see ``PackageInstaller``); the executor loads the
/// library at once, and every later compilation and completion request sees the package's modules.
struct InstallMagic: MagicHandler {
    let name = "install"
    let usage = "%install '<.package(…)>' PRODUCT…"
    let summary = "build a Swift package's products and import them from the next cell on (cached per user)"

    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws {
        let started = Date()
        let request = try PackageRequest(arguments: line.arguments,
                                         workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let preloaded = context.configuration.preludeModules
        if let clash = request.products.first(where: preloaded.contains) {
            throw MagicError("%install: \(clash) is the name of a module every cell already imports (\(preloaded.sorted().joined(separator: ", "))); a package's module cannot replace it.")
        }
        guard let cacheFolder = UserCache.folder("packages") else {
            throw MagicError("%install: no cache folder for packages; set XDG_CACHE_HOME or HOME to a folder of your own.")
        }
        let installer = PackageInstaller(toolchainBin: context.configuration.toolchainBin, cacheFolder: cacheFolder,
                                         runner: context.runner)
        let output = context.output
        let package = try installer.install(request, flags: context.environment.swiftPMFlags) { output.stream(.stdout, $0) }
        if context.environment.packages.contains(package) {
            output.stream(.stdout, "\(request.identity) is installed already in this kernel.\n")
            return
        }
        try checkModuleNames(of: package, request: request, context: context)
        do { try context.loadLibrary(package.library) } catch {
            throw MagicError("%install: \(request.identity) was built, but the executor could not load it: \(error)")
        }
        context.environment.add(package)
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let imports = package.modules.filter { module in request.products.contains(module) }
        let shown = (imports.isEmpty ? package.modules : imports).map { "import \($0)" }.joined(separator: ", ")
        output.stream(.stdout, "Installed \(request.identity) in \(seconds) s. From the next cell on: \(shown).\n")
    }

    /// A package may not bring a module the prelude has, nor one an earlier `%install` brought as a
    /// product; modules both packages only depend on are shared (the first one loaded is used).
    private func checkModuleNames(of package: InstalledPackage, request: PackageRequest, context: MagicContext) throws {
        let preloaded = context.configuration.preludeModules
        if let clash = package.modules.first(where: preloaded.contains) {
            throw MagicError("%install: \(request.identity) has a module named \(clash), like the one every cell imports already; it cannot be loaded next to it.")
        }
        let earlier = context.environment.installedModules
        for module in package.modules {
            guard let other = earlier[module] else { continue }
            if request.products.contains(module) || other.products.contains(module) {
                throw MagicError("%install: the module \(module) is loaded already, from `%install \(other.title)`. One kernel holds one version of a module: restart the kernel and install what you need once.")
            }
        }
    }
}
