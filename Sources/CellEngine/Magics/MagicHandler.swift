import Foundation

/// A `%` command: what `%help` says about it, and what it does before the cell's Swift runs.
///
/// Each magic lives in a file of its own; ``MagicRegistry`` lists them. A handler may change the cell
/// (``PreparedCell``) or the engine's ``CellEnvironment``, which every later compilation, editor request
/// and executor reads.
protocol MagicHandler: Sendable {
    /// The name after `%`: `install`, `time`.
    var name: String { get }
    /// How to write it, for `%help` and for errors: `%install '<.package(…)>' PRODUCT…`.
    var usage: String { get }
    /// One line on what it does.
    var summary: String { get }
    /// Does what the magic line asks; throws a ``MagicError`` that says what was wrong and what to write.
    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws
}

/// A cell once its magics have run: the Swift left to compile, and what the magics asked for around it.
struct PreparedCell {
    /// The cell's Swift, magic lines blanked (or, for `%time stmt`, the statement in its place).
    var code: String
    /// Whether to print the time the cell took (`%time`, `%%time`).
    var timed = false
    /// Files `%include` read: each runs as a cell of its own before this one.
    var included: [(name: String, code: String)] = []
}

/// What a magic may use and change: the engine's environment, the cell's output and the executor.
final class MagicContext {
    let configuration: EngineConfiguration
    let output: CellOutputHandler
    let runner: ToolRunner
    /// What installed packages add to compilations, editor requests and the executor.
    var environment: CellEnvironment
    /// Loads a library into the executor now (and into every executor started later).
    let loadLibrary: (URL) throws -> Void

    init(configuration: EngineConfiguration, output: CellOutputHandler, runner: ToolRunner,
         environment: CellEnvironment, loadLibrary: @escaping (URL) throws -> Void) {
        self.configuration = configuration
        self.output = output
        self.runner = runner
        self.environment = environment
        self.loadLibrary = loadLibrary
    }
}

/// A magic line that cannot run as written: says what was wrong and what to do.
struct MagicError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }

    var failure: CellFailure {
        CellFailure(kind: .magic, message: description, traceback: [red("MagicError") + ": " + description])
    }
}

/// Every magic the kernel knows, in the order `%help` lists them.
enum MagicRegistry {
    static let handlers: [MagicHandler] = [
        TimeMagic(), InstallMagic(), InstallSwiftPMFlagsMagic(), IncludeMagic(), HelpMagic(),
    ]

    static func handler(named name: String) -> MagicHandler? { handlers.first { $0.name == name } }

    /// Runs the magic lines of `cell` in order; the first that fails stops the cell.
    static func prepare(_ cell: String, context: MagicContext) -> Result<PreparedCell, MagicError> {
        let (magics, code) = MagicLine.split(cell)
        var prepared = PreparedCell(code: code)
        for magic in magics {
            guard let handler = handler(named: magic.name) else {
                let known = handlers.map { "%" + $0.name }.joined(separator: ", ")
                return .failure(MagicError("Unknown magic %\(magic.name) (line \(magic.line + 1)). Known magics: \(known); %help says what each does."))
            }
            do { try handler.apply(magic, to: &prepared, context: context) } catch let error as MagicError {
                return .failure(error)
            } catch {
                return .failure(MagicError("%\(magic.name): \(error)"))
            }
        }
        return .success(prepared)
    }
}
