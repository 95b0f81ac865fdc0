import CellChannel
import Foundation
import Logging

/// Runs notebook cells as one growing Swift program: each cell is compiled to a shared library and
/// loaded into a long-lived executor process, and sees everything earlier cells declared.
///
/// A crash or an interrupt costs only the cell it happened in: the executor keeps a snapshot of the
/// state from before each cell (see `swift-cell-executor`). Not thread-safe except ``interrupt()``,
/// which may be called from any thread while ``execute(_:cellNumber:output:)`` runs.
public final class CellEngine: @unchecked Sendable {
    let configuration: EngineConfiguration
    private let logger: Logger
    private let workFolder: WorkDirectory
    let tools = ToolRunner()
    private let compiler: CellCompiler
    private var executor: ExecutorProcess?
    /// What `%install` added: module folders for the compiler, libraries for the executor.
    var environment = CellEnvironment()
    /// Swift modules next to the prelude's that no library in the executor holds (see `kernelOnlyModules`).
    lazy var kernelOnlyModules: Set<String> = KernelOnlyModules.find(configuration)
    private var declarations = DeclarationTable()
    private var moduleSerial = 0
    /// Cells of declarations waiting for names a later cell declares.
    private var waiting = WaitingCells()
    /// Whether any cell so far mentioned the main actor.
    private var notebookUsesMainActor = false
    /// Names declared by cells that did not compile (or wait for a name no cell has declared yet), with
    /// the cell's number, until a cell declaring them runs: to say why a later cell cannot find them, and
    /// for the exercise checks (``EngineCommand/run(path:cell:didNotCompile:)``).
    private var declaredByFailedCells: [String: Int] = [:]
    /// The cell (`In [n]`) each module of earlier cells was compiled from, for compile errors that name modules.
    private var moduleCells: [String: Int] = [:]
    /// The number of the last cell that ran (`In [n]`), to say where late output came from.
    private var lastCompletedCell = 0
    /// What the front end can do; sent to the executor before each cell and comm message.
    public var frontEnd = FrontEndCapabilities(widgets: false, interactive: false)
    private let traceTimings = ProcessInfo.processInfo.environment["SWIFT_KERNEL_TRACE_TIMINGS"] != nil
    private let interruptLock = NSLock()
    private var interruptRequested = false
    /// The executor while it runs a cell (guarded by `interruptLock`); `nil` while compiling or idle.
    private var runningCell: ExecutorProcess?

    /// Creates an engine; the executor starts with the first cell.
    public init(configuration: EngineConfiguration, logger: Logger = Logger(label: "swift-kernel.engine")) throws {
        self.configuration = configuration
        self.logger = logger
        // Commands go down a pipe whose reader (the executor) may die at any moment; a write must then
        // fail with EPIPE, which the engine reports, rather than kill the kernel with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        workFolder = try WorkDirectory(configured: configuration.workDirectory)
        compiler = CellCompiler(configuration: configuration, workDirectory: workFolder, runner: tools)
    }

    /// The folder with the cells' files: the configured one, or `swift-kernel-<pid>-<random>` in the
    /// temporary directory, which ``shutdown()`` removes (and a later engine, if this process dies first).
    public var workDirectory: URL { workFolder.url }

    deinit { shutdown() }

    /// Starts the executor and compiles a throwaway cell now rather than with the first cell, so the
    /// first cell is fast: the compiler's module cache is filled, and the toolchain is in the page cache.
    public func warmUp() throws {
        _ = try liveExecutor()
        _ = try? compiler.build(source: prologue(mentioning: []) + "_ = 0\n", module: "CellWarmUp", importedModules: Set(configuration.implicitImports))
        workFolder.discard("CellWarmUp")
        _ = preludeValueNames
    }

    /// The top-level functions and variables of the preloaded modules (read once, see ``PreludeNames``).
    private lazy var preludeValueNames: Set<String> = PreludeNames.load(
        configuration: configuration, runner: ToolRunner(), cacheFolder: compiler.moduleCache).values

    /// For each name the cell uses or declares that the learner declared as a function or variable and a
    /// preloaded module also declares: the learner's module, to qualify the references with. A name
    /// whose overloads several cells declare stays unqualified (no one module holds them all); the
    /// scoped imports still make the learner's overloads compete with the library's.
    private func learnersOwn(_ analysis: CellAnalysis, module: String) -> [String: String] {
        var modules: [String: String] = [:]
        for name in analysis.mentionedNames.union(analysis.declaredValues) where preludeValueNames.contains(name) {
            let earlier = declarations.modules(declaringValue: name)
            let declaredHere = analysis.declaredValues.contains(name)
            // The cell's own functions leave earlier overloads visible; its variables replace them.
            let replacesEarlier = declaredHere && !analysis.declarations.contains { $0.name == name && $0.importKind == "func" }
            let owners = declaredHere ? (replacesEarlier ? [module] : earlier + [module]) : earlier
            if owners.count == 1 { modules[name] = owners[0] }
        }
        return modules
    }

    /// Compiles and runs one cell; output reaches `output` while the cell runs.
    ///
    /// - Parameters:
    ///   - cellNumber: the number the notebook shows (`In [4]`), used in messages.
    ///   - cellID: the notebook's id of the cell, if the frontend sent one: running a cell again replaces
    ///     everything its earlier run declared under the same names, whatever their signatures.
    public func execute(_ code: String, cellNumber: Int, cellID: String? = nil, output: CellOutputHandler) -> CellOutcome {
        setInterrupted(false)
        tools.reset()
        let started = Date()
        let prepared: PreparedCell
        switch runMagics(code, output: output) {
        case .success(let value): prepared = value
        case .failure(let failure): return .failure(interrupted ? Self.interruptedFailure : failure)
        }
        var outcome = CellOutcome.success(result: nil)
        for include in prepared.included {
            outcome = run(include.code, cellNumber: cellNumber, cellID: nil, output: output)
            if case .failure = outcome { break }
        }
        if case .success = outcome {
            outcome = run(prepared.code, cellNumber: cellNumber, cellID: cellID, output: output)
        }
        if prepared.timed {
            let seconds = Date().timeIntervalSince(started)
            output.stream(.stdout, "Wall time: \(Self.format(seconds: seconds))\n")
        }
        if case .failure(let failure) = outcome, failure.kind == .interrupted || interrupted {
            outcome = .failure(Self.interruptedFailure)
        }
        return outcome
    }

    /// Stops the running cell within a fraction of a second; state goes back to before that cell.
    public func interrupt() {
        interruptLock.lock()
        interruptRequested = true
        let running = runningCell
        interruptLock.unlock()
        tools.cancel()
        // Only a running cell is killed: an idle executor holds the notebook's state and no snapshot.
        running?.killRunningCell()
    }

    /// Forgets every cell and installed package: the next cell starts in a fresh executor.
    public func restart() {
        environment = CellEnvironment()
        forgetCells()
    }

    /// Forgets every cell; installed packages stay, and the next executor loads them.
    private func forgetCells() {
        executor?.terminate()
        executor = nil
        declarations = DeclarationTable()
        declaredByFailedCells = [:]
        moduleCells = [:]
        notebookUsesMainActor = false
        waiting.removeAll()
        workFolder.removeAllCells()
    }

    /// Stops the executor and removes the cells' files.
    public func shutdown() {
        executor?.terminate()
        executor = nil
        workFolder.removeIfOwned()
    }

    // MARK: - Running a cell

    private func run(_ code: String, cellNumber: Int, cellID: String?, output: CellOutputHandler) -> CellOutcome {
        if code.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return .success(result: nil) }
        let started = Date()
        moduleSerial += 1
        let module = "Cell\(moduleSerial)"
        // Code that uses the main actor gets a script's main-actor top level (see `isolateToMainActor`).
        if code.contains("MainActor") { notebookUsesMainActor = true }
        let analysis = prepare(code, module: module)
        if let failure = unavailableImport(in: analysis) { return .failure(failure) }
        // Cells waiting for a name this cell declares are compiled with it, into its module.
        let released = waiting.released(by: WaitingCells.provided(by: analysis), isDeclared: declarations.declares)
        var parts = released.map { (analysis: prepare($0.code, module: module), cellNumber: $0.cellNumber) }
            + [(analysis: analysis, cellNumber: cellNumber)]
        let library: URL
        do {
            var built = try build(parts, module: module, cellID: cellID)
            if case .failure = built, !released.isEmpty {
                parts = [(analysis, cellNumber)]
                built = try build(parts, module: module, cellID: cellID)
            } else if case .success = built {
                waiting.remove(released)
            }
            // A cell that misses names only waiting cells declare compiles together with them.
            if case .failure(let compilerOutput) = built,
               let missing = WaitingCells.missingNames(of: analysis, report: CompileErrorReport(compilerOutput: compilerOutput.text),
                                                       isDeclared: declarations.declares) {
                let candidate = WaitingCells.Entry(code: code, cellNumber: cellNumber, cellID: cellID, missing: missing, analysis: analysis)
                let group = waiting.released(by: [], candidate: candidate, isDeclared: declarations.declares)
                if !group.isEmpty {
                    let groupParts = group.map { (analysis: prepare($0.code, module: module), cellNumber: $0.cellNumber) }
                        + [(analysis: analysis, cellNumber: cellNumber)]
                    let together = try build(groupParts, module: module, cellID: cellID)
                    if case .success = together {
                        waiting.remove(group)
                        parts = groupParts
                        built = together
                    }
                }
            }
            switch built {
            case .success(let builtLibrary): library = builtLibrary
            case .failure(let compilerOutput):
                return compileFailure(compilerOutput, code: code, analysis: analysis, cellNumber: cellNumber,
                                      cellID: cellID, output: output)
            }
        } catch is CancellationError {
            return .failure(Self.interruptedFailure)
        } catch {
            return .failure(CellFailure(kind: .executorLost, message: "\(error)", traceback: ["\(error)"]))
        }
        if interrupted {
            workFolder.discard(module)
            return .failure(Self.interruptedFailure)
        }

        let process: ExecutorProcess
        do {
            process = try liveExecutor()
            reportBackgroundActivity(of: process, output: output)
            setRunningCell(process)
            try process.send(.frontEnd(frontEnd))
            try process.send(.run(path: library.path, cell: cellNumber, didNotCompile: declaredByFailedCells))
        } catch {
            setRunningCell(nil)
            return lostExecutor(reason: "\(error)")
        }
        let compiled = Date()
        let outcome = CellRun(process: process, output: output).wait()
        setRunningCell(nil)
        if traceTimings {
            FileHandle.standardError.write(Data("[engine] compile+link \(Int(compiled.timeIntervalSince(started) * 1000)) ms, run \(Int(Date().timeIntervalSince(compiled) * 1000)) ms\n".utf8))
        }
        lastCompletedCell = cellNumber
        // A cell that did not run to its end is in no process that lives on, and no later cell imports it
        // (unless a trap kept what it did: see `.died`).
        switch outcome {
        case .completed, .died, .handled: break
        case .loadFailed, .lost: workFolder.discard(module)
        }
        switch outcome {
        case .completed(let result, let reportedError):
            for part in parts {
                declarations.record(module: module, analysis: part.analysis, cellID: cellID)
                for declaration in part.analysis.declarations { declaredByFailedCells[declaration.name] = nil }
            }
            moduleCells[module] = cellNumber
            if let reportedError { return .failure(reportedError) }
            return .success(result: result)
        case .loadFailed(let message):
            return .failure(CellFailure(kind: .crash, message: message, traceback: [red("LoadError") + ": " + message]))
        case .died(let stderr, let recovery, let note):
            if interrupted { return .failure(Self.interruptedFailure) }
            logger.debug("cell crashed", metadata: ["stderr": "\(stderr)"])
            if ProcessInfo.processInfo.environment["SWIFT_KERNEL_DUMP_CRASH"] != nil { FileHandle.standardError.write(Data(stderr.utf8)) }
            if recovery == .partial {
                // The process that carries on is a copy made at the trap: it holds this cell's library.
                for part in parts {
                    declarations.record(module: module, analysis: part.analysis, cellID: cellID)
                    for declaration in part.analysis.declarations { declaredByFailedCells[declaration.name] = nil }
                }
                moduleCells[module] = cellNumber
            } else {
                workFolder.discard(module)
            }
            return .failure(CrashReport(stderr: stderr).failure(keptCellWork: recovery == .partial, note: note))
        case .lost:
            return lostExecutor(reason: "the executor process ended")
        case .handled:
            return .failure(CellFailure(kind: .executorLost, message: "the executor answered a cell as if it were a comm message",
                                        traceback: ["the executor answered a cell as if it were a comm message"]))
        }
    }

    /// A cell's analysis with the engine's rewrites, for compiling into `module`.
    private func prepare(_ code: String, module: String) -> CellAnalysis {
        var analysis = CellAnalysis(source: code)
        analysis.qualify(learnersOwn(analysis, module: module))
        analysis.synthesizeConformances(shapes: declarations.typeShapes, conformances: declarations.extensionConformances(of:))
        if notebookUsesMainActor { analysis.isolateToMainActor() }
        return analysis
    }

    /// Compiles `parts` (cells that waited, then the cell run now) into one library.
    private func build(_ parts: [(analysis: CellAnalysis, cellNumber: Int)], module: String, cellID: String?) throws -> Result<URL, CompilerOutput> {
        let declared = parts.flatMap(\.analysis.declarations)
        let mentioned = parts.reduce(into: Set<String>()) { $0.formUnion($1.analysis.mentionedNames) }
            .subtracting(declared.filter { $0.importKind != "func" }.map(\.name))
        var source = prologue(mentioning: mentioned, declaring: declared, cellID: cellID)
        for part in parts {
            source += "#sourceLocation(file: \"Cell In[\(part.cellNumber)]\", line: 1)\n" + part.analysis.rewrittenSource + "\n"
        }
        let imports = parts.reduce(into: Set<String>()) { $0.formUnion(importedModules($1.analysis)) }
        return try compiler.build(source: source, module: module, importedModules: imports,
                                  extraArguments: environment.compilerArguments)
    }

    /// The error for a cell that did not compile; or, for a cell of declarations that only waits for
    /// names no cell has declared yet, a note, and the cell waits (see ``WaitingCells``).
    private func compileFailure(_ compilerOutput: CompilerOutput, code: String, analysis: CellAnalysis, cellNumber: Int,
                                cellID: String?, output: CellOutputHandler) -> CellOutcome {
        let report = CompileErrorReport(compilerOutput: compilerOutput.text)
        if let missing = WaitingCells.missingNames(of: analysis, report: report, isDeclared: declarations.declares) {
            waiting.hold(WaitingCells.Entry(code: code, cellNumber: cellNumber, cellID: cellID, missing: missing, analysis: analysis))
            for declaration in analysis.declarations { declaredByFailedCells[declaration.name] = cellNumber }
            let names = missing.sorted().map { "`\($0)`" }.joined(separator: ", ")
            output.stream(.stderr, yellow("Note") + ": \(names) is not declared yet. What this cell declares takes effect "
                + "with the cell that declares it (as in a script, where a function may use one declared below it). "
                + "If it is a typo, fix it and run this cell again.\n")
            return .success(result: nil)
        }
        for declaration in analysis.declarations { declaredByFailedCells[declaration.name] = cellNumber }
        let hints = declaredByFailedCells.mapValues {
            "it is declared in In[\($0)], which did not compile: fix that cell and run it again"
        }.merging(waiting.hints()) { _, waitingHint in waitingHint }
        return .failure(report.failure(source: code, columnMap: analysis.originalColumn(line:rewrittenColumn:), missingNameHints: hints,
                                       moduleCells: moduleCells))
    }

    /// The modules a cell imports besides earlier cells: the implicit ones and every `import` so far.
    private func importedModules(_ analysis: CellAnalysis) -> Set<String> {
        let lines = declarations.userImports + analysis.imports
        return Set(configuration.implicitImports + lines.compactMap(Self.importedModule))
    }

    /// The module an import line names: `Foundation` for `import Foundation`, `Cell3` for
    /// `@testable import var Cell3.x`.
    static func importedModule(_ line: String) -> String? {
        line.split(separator: " ").last.map { String($0.split(separator: ".").first ?? $0) }
    }

    /// What completion and inspection need to see a cell as this engine compiles it: imports of the
    /// libraries and of every name earlier cells declared, and the compiler's search paths.
    public func editorContext() -> EditorContext {
        EditorContext(prologue: prologue(mentioning: nil), compilerArguments: compiler.editorArguments,
                      packageArguments: environment.compilerArguments)
    }

    private func prologue(mentioning names: Set<String>?, declaring: [DeclaredName] = [], cellID: String? = nil) -> String {
        (configuration.implicitImports.map { "import \($0)" }
            + declarations.importLines(mentioning: names, declaring: declaring, cellID: cellID))
            .joined(separator: "\n") + "\n"
    }

    /// Shows what the executor did since the last cell ended, before this cell's own output: output of
    /// work the last cell left running, and a crash of that work, which the executor survived by going
    /// back to the state at the end of that cell.
    func reportBackgroundActivity(of process: ExecutorProcess, output: CellOutputHandler) {
        let messages = process.reader.available()
        guard !messages.isEmpty else { return }
        var text: [OutputStreamKind: String] = [:]
        var crashed = false
        for message in messages {
            switch message {
            case .output(let kind, let chunk): text[kind, default: ""] += chunk
            case .event(.resumed(let pid, _, _, _)) where process.adoptLiveProcess(pid): crashed = true
            case .event(.display(let data, let metadataJSON, let id, let update)):
                output.display(data, metadataJSON: metadataJSON, displayID: id, update: update)
            case .event(.comm(let message)):
                output.comm(message)
            case .event, .closed: break
            }
        }
        let origin = lastCompletedCell > 0 ? "In[\(lastCompletedCell)]" : "an earlier cell"
        if crashed {
            let stderr = text[.stderr] ?? ""
            text[.stderr] = nil
            let what = CrashReport.crashSignatures.contains(where: stderr.contains)
                ? "work that \(origin) left running crashed after that cell ended (\(CrashReport(stderr: stderr).message))"
                : "the process that runs the cells stopped after \(origin) ended (it was killed)"
            output.stream(.stderr, yellow("Note") + ": \(what). The notebook's state is as it was at the end of \(origin).\n")
        }
        for kind in [OutputStreamKind.stdout, .stderr] {
            guard let chunk = text[kind], !chunk.isEmpty else { continue }
            output.stream(kind, "[output of \(origin), printed after it ended]\n" + chunk + (chunk.hasSuffix("\n") ? "" : "\n"))
        }
    }

    func liveExecutor() throws -> ExecutorProcess {
        if let executor { return executor }
        let started = try ExecutorProcess(configuration: configuration)
        executor = started
        logger.info("executor started", metadata: ["pid": "\(started.pid)"])
        for library in environment.libraries {
            do { try load(library, into: started) } catch {
                logger.error("installed package not loaded: \(error)", metadata: ["library": "\(library.path)"])
            }
        }
        return started
    }

    func lostExecutor(reason: String) -> CellOutcome {
        logger.error("executor lost: \(reason)")
        forgetCells()
        let message = "The Swift process running the cells stopped (\(reason)). It has been restarted; variables from earlier cells are gone, so run them again."
        return .failure(CellFailure(kind: .executorLost, message: message, traceback: [red("ExecutorLost") + ": " + message]))
    }

    var interrupted: Bool {
        interruptLock.lock(); defer { interruptLock.unlock() }
        return interruptRequested
    }

    func setRunningCell(_ process: ExecutorProcess?) {
        interruptLock.lock(); runningCell = process; interruptLock.unlock()
    }

    func setInterrupted(_ value: Bool) {
        interruptLock.lock(); interruptRequested = value; interruptLock.unlock()
    }

    static let interruptedFailure = CellFailure(
        kind: .interrupted, message: "The cell was interrupted.",
        traceback: [red("Interrupted") + ": the cell was stopped. Variables are as they were before this cell ran."])

    static func format(seconds: Double) -> String {
        seconds < 1 ? String(format: "%.0f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}
