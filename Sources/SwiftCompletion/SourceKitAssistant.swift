import Foundation
import JupyterProtocol
import Logging

/// Completion and help from the toolchain's SourceKit, run in a bridge process of its own.
///
/// Each request is one Swift file: the engine's prologue (imports of the libraries and of every name
/// earlier cells declared) followed by the cell, compiled with the engine's own search paths, so
/// SourceKit sees what a cell would see. SourceKit keeps the imported modules loaded between requests,
/// which makes a member completion take tens of milliseconds once it is warm.
public final class SourceKitAssistant: CodeAssistant, @unchecked Sendable {
    /// The module name of the completion file (a cell's own name is not known before it runs).
    static let moduleName = "CellCompletion"

    private let connection: SourceKitConnection
    private let directory: URL
    private let file: URL
    private let arguments: [String]
    private let timeout: TimeInterval
    private let resultLimit: Int
    private let logger: Logger
    private let sessionLock = NSLock()
    private var session = 0
    private var importedModules: Set<String> = []
    private var moduleGeneration = 0
    private var packageArguments: [String] = []
    /// Modules whose declarations' documentation is read whole (``ModuleDocumentation``) for the overloads
    /// of a name: the preloaded libraries; earlier cells' modules (`Cell4`) are always read.
    private let documentedModules: Set<String>
    private let documentation = ModuleDocumentation()

    /// Creates an assistant; nothing starts before the first request or ``warmUp(prologue:)``.
    ///
    /// - Parameters:
    ///   - bridge: the executable and arguments that run ``SourceKitBridge/serve(library:)``.
    ///   - compilerArguments: `swiftc` arguments without module name and source file (search paths,
    ///     module cache, C module maps), as the cell engine compiles cells.
    ///   - directory: a folder of its own for the completion file; removed by ``shutdown()``.
    ///   - timeout: the longest a request may take; after that the answer is empty.
    ///   - documentedModules: the preloaded libraries, whose functions' overloads help shows with each one's
    ///     documentation (read once per module, see ``ModuleDocumentation``).
    public init(bridge: (executable: URL, arguments: [String]), compilerArguments: [String], directory: URL,
                timeout: TimeInterval = 2, resultLimit: Int = 200, documentedModules: Set<String> = [],
                logger: Logger = Logger(label: "swift-kernel.completion")) {
        connection = SourceKitConnection(executable: bridge.executable, arguments: bridge.arguments, logger: logger)
        self.directory = directory
        file = directory.appendingPathComponent("main.swift")
        arguments = ["-module-name", Self.moduleName] + compilerArguments
        self.timeout = timeout
        self.resultLimit = resultLimit
        self.documentedModules = documentedModules
        self.logger = logger
    }

    deinit { connection.stop() }

    public func usePackageArguments(_ arguments: [String]) {
        sessionLock.lock(); defer { sessionLock.unlock() }
        packageArguments = arguments
    }

    /// Loads what `prologue` imports into SourceKit, unless the last request already did; at kernel start
    /// and after each cell, off the shell thread.
    public func warmUp(prologue: String) {
        if isWarm(for: prologue) { return }
        let started = Date()
        // A global completion loads the standard library, Foundation and the prelude's modules.
        let result = completions(cell: "_ = 0\nx", cursor: 7, prologue: prologue, timeout: 120)
        // The libraries' documentation, for help on overloaded functions.
        for module in documentedModules.sorted() { _ = moduleDocumentation(module, prologue: prologue, timeout: 30) }
        logger.info("completion warmed up", metadata: [
            "ms": "\(Int(Date().timeIntervalSince(started) * 1000))", "ok": "\(result != nil)"])
    }

    /// Completions for the word before `cursor`, or `nil` on a failure or after the time limit.
    public func complete(cell: String, cursor: Int, prologue: String) -> Completions? {
        completions(cell: cell, cursor: cursor, prologue: prologue, timeout: timeout)
    }

    /// Declaration and doc comment of the name at `cursor` (or of the call around it), or `nil`.
    ///
    /// A name with several declarations in scope (an overloaded function such as `sum`, `log` or `dot`)
    /// gets every one, each with its documentation: the one the call resolves to first, if the call is
    /// complete enough to resolve. SourceKit resolves no overloaded name in an unfinished call (`dot(`),
    /// so the declarations come from a completion of the name at the same place, and their documentation
    /// from the modules' documentation (``ModuleDocumentation``).
    public func help(cell: String, cursor: Int, prologue: String) -> SymbolHelp? {
        let started = Date()
        let text = CellText(cell: cell, prologue: prologue)
        guard let name = text.nameForHelp(at: cursor) else { return nil }
        let source = text.source
        guard write(source) else { return nil }
        let offset = text.offset(ofScalar: name.lowerBound)
        let compilerArguments = arguments(for: prologue)
        var primary: SymbolHelp?
        var primaryUSR: String?
        var relatedCount = 0
        switch connection.send(SourceKitRequest.cursorInfo(file: file.path, text: source, offset: offset, arguments: compilerArguments),
                               timeout: timeout) {
        case .success(let info):
            primary = SymbolInfo.help(from: info, ownModule: Self.moduleName, ownFile: file.path)
            primaryUSR = info["key.usr"]?.stringValue
            relatedCount = info["key.related_decls"]?.arrayValue?.count ?? 0
        case .failure(let failure):
            logger.debug("cursor info failed: \(failure)")
        }
        // One declaration, resolved: nothing more to find.
        if let primary, relatedCount == 0 { return primary }
        let remaining = max(0.2, timeout - Date().timeIntervalSince(started))
        let overloads = declarations(named: text.text(name), source: source, offset: offset, prologue: prologue,
                                     arguments: compilerArguments, timeout: remaining)
            .filter { $0.usr != primaryUSR }.map(\.help)
        guard var first = primary ?? overloads.first else { return nil }
        first.overloads = primary == nil ? Array(overloads.dropFirst()) : overloads
        return first
    }

    /// The functions named `name` that a completion at `offset` offers (so, those in scope there), with
    /// their documentation: the notebook's and the libraries' first, in SourceKit's order.
    private func declarations(named name: String, source: String, offset: Int, prologue: String, arguments: [String],
                              timeout: TimeInterval) -> [(usr: String, help: SymbolHelp)] {
        let session = nextSessionName()
        let open = SourceKitRequest.openCompletion(session: session, file: file.path, text: source, offset: offset,
                                                   filterText: name, limit: resultLimit, arguments: arguments)
        guard case .success(let value) = connection.send(open, timeout: timeout) else { return [] }
        _ = connection.send(SourceKitRequest.closeCompletion(session: session, file: file.path, offset: offset), timeout: 0.5)
        // A function with default arguments is offered once per way to call it (`sum(_:axis:)` and
        // `sum(_:axis:keepdims:)`), each time with its USR: the one with every argument stands for it.
        var order: [String] = []
        var fullest: [String: JSONValue] = [:]
        for result in value["key.results"]?.arrayValue ?? [] {
            guard let kind = result["key.kind"]?.stringValue, kind.contains(".decl.function."),
                  let fullName = result["key.name"]?.stringValue, fullName.split(separator: "(").first.map(String.init) == name,
                  let usr = result["key.associated_usrs"]?.stringValue?.split(separator: " ").first.map(String.init)
            else { continue }
            func argumentCount(_ value: JSONValue?) -> Int { (value?["key.name"]?.stringValue ?? "").filter { $0 == ":" }.count }
            if fullest[usr] == nil { order.append(usr) }
            if fullest[usr] == nil || argumentCount(result) > argumentCount(fullest[usr]) { fullest[usr] = result }
        }
        var found: [(usr: String, help: SymbolHelp, rank: Int, disfavored: Bool)] = []
        for usr in order {
            guard let result = fullest[usr] else { continue }
            let module = result["key.modulename"]?.stringValue
            let documented = module.flatMap { moduleDocumentation($0, prologue: prologue, timeout: timeout)?[usr] }
            var help = documented?.help ?? OverloadText.help(fromCompletion: result)
            if help.module == Self.moduleName { help.module = nil }
            // The notebook's own first, then the libraries', then the rest.
            let rank = module.map { $0 == Self.moduleName || isCellModule($0) ? 0 : documentedModules.contains($0) ? 1 : 2 } ?? 0
            found.append((usr, help, rank, documented?.disfavored ?? false))
        }
        return found.enumerated().sorted { a, b in
            (a.element.rank, a.element.disfavored ? 1 : 0, a.offset) < (b.element.rank, b.element.disfavored ? 1 : 0, b.offset)
        }.map { ($0.element.usr, $0.element.help) }
    }

    /// The documentation of `module`'s declarations by USR, for the libraries and earlier cells' modules.
    private func moduleDocumentation(_ module: String, prologue: String, timeout: TimeInterval) -> [String: ModuleDocumentation.Entry]? {
        guard documentedModules.contains(module) || isCellModule(module) else { return nil }
        return documentation.entries(of: module) {
            let request = SourceKitRequest.docInfo(module: module, arguments: self.arguments(for: prologue, withFile: false))
            switch self.connection.send(request, timeout: timeout) {
            case .success(let info): return ModuleDocumentation.entries(fromDocInfo: info, module: module)
            case .failure(let failure):
                self.logger.debug("doc info of \(module) failed: \(failure)")
                return nil
            }
        }
    }

    private func isCellModule(_ module: String) -> Bool {
        module.hasPrefix("Cell") && Int(module.dropFirst(4)) != nil
    }

    /// Stops the bridge process and removes the completion file.
    public func shutdown() {
        connection.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The bridge's process id while it runs (for tests that kill it).
    var bridgeProcessID: Int32? { connection.processID }

    private func completions(cell: String, cursor: Int, prologue: String, timeout: TimeInterval) -> Completions? {
        let text = CellText(cell: cell, prologue: prologue)
        let word = text.wordBefore(cursor)
        let source = text.source
        guard write(source) else { return nil }
        let offset = text.offset(ofScalar: word.lowerBound)
        let name = nextSessionName()
        let open = SourceKitRequest.openCompletion(session: name, file: file.path, text: source, offset: offset,
                                                   filterText: text.text(word), limit: resultLimit, arguments: arguments(for: prologue))
        let answer = connection.send(open, timeout: timeout)
        guard case .success(let value) = answer else {
            if case .failure(let failure) = answer { logger.debug("completion failed: \(failure)") }
            return nil
        }
        _ = connection.send(SourceKitRequest.closeCompletion(session: name, file: file.path, offset: offset), timeout: 0.5)
        let (matches, erase) = CompletionResults.matches(from: value["key.results"]?.arrayValue ?? [], prefix: text.text(word),
                                                         libraryModules: documentedModules)
        // Results that erase bytes before the word (only ASCII punctuation, like the `.` of `x?.`)
        // widen the replaced range by as many code points.
        let start = max(0, word.lowerBound - erase)
        return Completions(matches: matches, replacedRange: start..<word.upperBound)
    }

    /// The compiler arguments for a file with `prologue`.
    ///
    /// SourceKit keeps its compiler context between requests, and with it the listing of the module
    /// folders it read. A cell module created since would stay invisible, so whenever the prologue imports
    /// a module the context has not seen, a changed (meaningless) `-D` flag makes SourceKit start afresh.
    private func arguments(for prologue: String, withFile: Bool = true) -> [String] {
        let modules = Self.modules(in: prologue)
        sessionLock.lock()
        if !modules.isSubset(of: importedModules) {
            importedModules = modules
            moduleGeneration += 1
        }
        let generation = moduleGeneration
        let packages = packageArguments
        sessionLock.unlock()
        // Package folders first, as the engine's compilations have them (a changed list is a new context).
        return arguments.prefix(2) + packages + arguments.dropFirst(2) + ["-D", "SWIFT_KERNEL_MODULES_\(generation)"]
            + (withFile ? [file.path] : [])
    }

    /// Whether the last request already saw every module `prologue` imports.
    private func isWarm(for prologue: String) -> Bool {
        sessionLock.lock(); defer { sessionLock.unlock() }
        return moduleGeneration > 0 && Self.modules(in: prologue).isSubset(of: importedModules)
    }

    /// The cells' modules named by the import lines of a prologue (`@testable import var Cell3.x` names
    /// `Cell3`). Other modules live in folders that do not change while the kernel runs.
    static func modules(in prologue: String) -> Set<String> {
        Set(prologue.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("@testable import "), let last = line.split(separator: " ").last else { return nil }
            return String(last.split(separator: ".").first ?? last)
        })
    }

    private func nextSessionName() -> String {
        sessionLock.lock(); defer { sessionLock.unlock() }
        session += 1
        return "jupyter-\(session)"
    }

    /// SourceKit reads the file from disk for cursor info, so it always holds the latest text.
    private func write(_ source: String) -> Bool {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try source.write(to: file, atomically: false, encoding: .utf8)
            return true
        } catch {
            logger.warning("cannot write the completion file: \(error)")
            return false
        }
    }
}
