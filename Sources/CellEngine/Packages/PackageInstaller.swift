#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Builds what a `%install` asks for with SwiftPM, as one shared library, in the user's cache.
///
/// Each request gets a folder keyed by its dependency, products, flags and the toolchain's version
/// (`~/.cache/swift-kernel/packages/<key>`), with a generated package whose one dynamic library product
/// depends on the requested products. A finished build leaves `installed.json` there; another kernel
/// that asks for the same thing reads it and runs no SwiftPM at all. A lock file per key keeps two
/// kernels from building into the same folder at once.
///
/// SwiftPM runs without a terminal to ask for passwords on, and its fetch step is stopped when it
/// prints nothing for ``fetchSilenceLimit`` seconds: an unreachable host or a server that asks for
/// credentials becomes an error in the cell instead of a notebook that never answers again.
struct PackageInstaller {
    let toolchainBin: URL
    let cacheFolder: URL
    let runner: ToolRunner
    /// Seconds SwiftPM may go without printing while it fetches (`SWIFT_KERNEL_FETCH_TIMEOUT`, 120 by default).
    var fetchSilenceLimit = Self.defaultFetchSilenceLimit(ProcessInfo.processInfo.environment)

    static let stampName = "installed.json"

    /// Installs `request`, reporting SwiftPM's progress line by line through `progress`.
    func install(_ request: PackageRequest, flags: [String], progress: @escaping (String) -> Void) throws -> InstalledPackage {
        let key = Self.key(request, flags: flags, toolchain: toolchainVersion())
        let folder = cacheFolder.appendingPathComponent(key)
        let lock = try FolderLock(cacheFolder.appendingPathComponent("\(key).lock"))
        defer { lock.release() }
        try lock.acquire(whileWaiting: { progress("Another kernel is installing the same package; waiting for it…\n") },
                         cancelled: { runner.isCancelled })
        if let cached = Self.readStamp(in: folder) {
            progress("Using \(request.identity) as built before (\(folder.path)).\n")
            return cached
        }
        let target = "NotebookInstall_\(key)"
        try writePackage(request, target: target, in: folder)
        progress("Building \(request.identity) (\(request.products.joined(separator: ", "))) with SwiftPM; the first time takes a while…\n")
        let swift = toolchainBin.appendingPathComponent("swift")
        let environment = Self.swiftPMEnvironment(ProcessInfo.processInfo.environment)
        func resolve(_ flags: [String]) throws -> ToolRunner.Completion {
            do {
                return try runner.run(swift, arguments: ["package", "resolve", "--package-path", folder.path] + flags,
                                      in: folder, environment: environment, silenceLimit: fetchSilenceLimit, onOutput: progress)
            } catch let silent as ToolRunner.Silent {
                throw MagicError(Self.stalledMessage(silent, request: request))
            }
        }
        var fetch = try resolve(flags)
        // A few of `swift build`'s flags (--static-swift-stdlib) are not `swift package`'s: fetch without them.
        if fetch.status != 0 && !flags.isEmpty && fetch.output.contains("Unknown option") { fetch = try resolve([]) }
        guard fetch.status == 0 else { throw MagicError(Self.failureMessage(fetch.output, request: request)) }
        let arguments = ["build", "--package-path", folder.path, "--product", target, "-c", "debug"] + flags
        let build = try runner.run(swift, arguments: arguments, in: folder, environment: environment, onOutput: progress)
        guard build.status == 0 else { throw MagicError(Self.failureMessage(build.output, request: request)) }
        let package = try collect(request, key: key, target: target, in: folder)
        try JSONEncoder().encode(package).write(to: folder.appendingPathComponent(Self.stampName), options: .atomic)
        return package
    }

    /// The kernel's environment for SwiftPM and the git it runs: no password prompts (no one can answer
    /// them), and a transfer that stalls for a minute fails; settings the user made are kept.
    static func swiftPMEnvironment(_ base: [String: String]) -> [String: String] {
        var environment = base
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_ASKPASS"] = nil
        environment["SSH_ASKPASS"] = nil
        environment["GIT_HTTP_LOW_SPEED_LIMIT"] = environment["GIT_HTTP_LOW_SPEED_LIMIT"] ?? "1000"
        environment["GIT_HTTP_LOW_SPEED_TIME"] = environment["GIT_HTTP_LOW_SPEED_TIME"] ?? "60"
        if environment["GIT_SSH_COMMAND"] == nil && environment["GIT_SSH"] == nil {
            environment["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=30"
        }
        return environment
    }

    /// `SWIFT_KERNEL_FETCH_TIMEOUT` when it is a positive number of seconds, else 120.
    static func defaultFetchSilenceLimit(_ environment: [String: String]) -> Double {
        guard let text = environment["SWIFT_KERNEL_FETCH_TIMEOUT"], let seconds = Double(text), seconds > 0 else { return 120 }
        return seconds
    }

    /// The toolchain's `swift-frontend --version` line (a new toolchain needs new builds).
    private func toolchainVersion() -> String {
        let result = try? runner.run(toolchainBin.appendingPathComponent("swift-frontend"), arguments: ["--version"],
                                     in: cacheFolder)
        return result?.output.split(separator: "\n").first.map(String.init) ?? toolchainBin.path
    }

    /// A key of 16 hex digits (FNV-1a, 64 bits) for everything that changes what the build produces.
    static func key(_ request: PackageRequest, flags: [String], toolchain: String) -> String {
        let text = ([request.dependency] + request.products + ["--"] + flags + ["--", toolchain]).joined(separator: "\n")
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16).leftPadded(to: 16)
    }

    private func writePackage(_ request: PackageRequest, target: String, in folder: URL) throws {
        let sources = folder.appendingPathComponent("Sources/\(target)")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let products = request.products.map { ".product(name: \"\($0)\", package: \"\(request.identity)\")" }
        let manifest = """
        // swift-tools-version:5.9
        // Generated by the Swift kernel for a %install line; see installed.json for the result.
        import PackageDescription

        let package = Package(
            name: "\(target)",
            products: [.library(name: "\(target)", type: .dynamic, targets: ["\(target)"])],
            dependencies: [\(request.dependency)],
            targets: [.target(name: "\(target)", dependencies: [\(products.joined(separator: ", "))])]
        )

        """
        try manifest.write(to: folder.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        // No code of its own: the library exists to link the products' code (a product's name need not
        // be a module's, so nothing is imported here).
        try "// The products of a %install line, linked into one library.\n"
            .write(to: sources.appendingPathComponent("Exports.swift"), atomically: true, encoding: .utf8)
    }

    /// The built library, the modules next to it and the C module maps the modules need.
    private func collect(_ request: PackageRequest, key: String, target: String, in folder: URL) throws -> InstalledPackage {
        let binFolder = folder.appendingPathComponent(".build/debug").resolvingSymlinksInPath()
        let library = binFolder.appendingPathComponent("lib\(target).so")
        guard FileManager.default.fileExists(atPath: library.path) else {
            throw MagicError("%install: SwiftPM finished but \(library.path) is missing.")
        }
        let modulesFolder = [binFolder.appendingPathComponent("Modules"), binFolder]
            .first { Self.files(in: $0, ending: ".swiftmodule").isEmpty == false } ?? binFolder
        let modules = Self.files(in: modulesFolder, ending: ".swiftmodule").map { String($0.dropLast(".swiftmodule".count)) }
            .filter { $0 != target }.sorted()
        // C targets: SwiftPM's generated module maps, and the maps and headers of targets with an include/ folder.
        var maps = Self.files(in: binFolder, ending: ".build").map { binFolder.appendingPathComponent("\($0)/module.modulemap") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        var includes: [URL] = []
        let checkouts = folder.appendingPathComponent(".build/checkouts")
        for checkout in Self.files(in: checkouts, ending: "") {
            let sources = checkouts.appendingPathComponent("\(checkout)/Sources")
            for target in Self.files(in: sources, ending: "") {
                let include = sources.appendingPathComponent("\(target)/include")
                guard FileManager.default.fileExists(atPath: include.path) else { continue }
                includes.append(include)
                let map = include.appendingPathComponent("module.modulemap")
                if FileManager.default.fileExists(atPath: map.path) { maps.append(map) }
            }
        }
        return InstalledPackage(key: key, dependency: request.dependency, products: request.products, library: library,
                                modulesFolder: modulesFolder, modules: modules, clangModuleMaps: maps, clangIncludeFolders: includes)
    }

    private static func readStamp(in folder: URL) -> InstalledPackage? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(stampName).path),
              let package = try? JSONDecoder().decode(InstalledPackage.self, from: data),
              FileManager.default.fileExists(atPath: package.library.path)
        else { return nil }
        return package
    }

    private static func files(in folder: URL, ending suffix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// What a learner reads when SwiftPM's fetch went silent: which package, how long, SwiftPM's last lines.
    static func stalledMessage(_ silent: ToolRunner.Silent, request: PackageRequest) -> String {
        let last = silent.output.split(separator: "\n").suffix(5).joined(separator: "\n")
        return "%install of \(request.identity) stopped: SwiftPM printed nothing for \(Int(silent.seconds)) s while fetching it"
            + (last.isEmpty ? "." : "; its last lines:\n\(last)\n")
            + "\nThe host may be unreachable, or it may ask for a password (git runs here without one). Check the URL and the network;"
            + " to wait longer, start the kernel with SWIFT_KERNEL_FETCH_TIMEOUT=<seconds>. The notebook's state is unchanged."
    }

    /// SwiftPM's errors, without its progress lines: each `error:` line once, with the notes under it.
    static func failureMessage(_ output: String, request: PackageRequest) -> String {
        let lines = output.split(separator: "\n").map(String.init)
        var kept: [String] = []
        for (index, line) in lines.enumerated() where line.contains("error:") {
            // The notes under an error, and git's own reason under a failed clone.
            let block = [line] + lines[(index + 1)...].prefix(4).filter { $0.contains("note:") || $0.contains("fatal:") }
            for entry in block where !kept.contains(entry) { kept.append(entry) }
        }
        if kept.isEmpty { kept = Array(lines.suffix(15)) }
        return "%install of \(request.identity) (\(request.products.joined(separator: ", "))) failed; SwiftPM says:\n"
            + kept.prefix(20).joined(separator: "\n")
            + "\nCheck the URL, the version and the product names (as the package's Package.swift lists them). The notebook's state is unchanged."
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}
