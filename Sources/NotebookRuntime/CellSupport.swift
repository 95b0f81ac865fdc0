import CellChannel
import Foundation

// Entry points that the cell engine writes into cells. Learners do not call them.

/// Records the value of a cell's last expression as the cell's result (`Out[n]`).
public func _recordCellResult<T>(_ value: T) {
    KernelChannel.shared.send(.result(data: mimeBundle(of: value).data))
}

/// A last expression of type `Void` (a call like `print(x)`) has no result to show.
public func _recordCellResult(_ value: Void) {}

/// Runs top-level `await` code of a cell to completion and returns its value.
///
/// The engine wraps each top-level statement that awaits in this call, so that the cell's `main`
/// returns normally (a script whose top level awaits would otherwise end the process when done). The
/// code is isolated to the main actor, as a script's top-level code is once it awaits: a `Task { }` it
/// starts runs on the main actor too.
/// The code runs on the cooperative pool; meanwhile the main thread runs `@MainActor` work and blocks
/// sent to `DispatchQueue.main`, which would otherwise wait for it forever.
public func _runCellAsync<T>(_ body: @escaping @MainActor () async throws -> T) throws -> T {
    let outcome = AsyncOutcome<T>()
    nonisolated(unsafe) let work = body
    Task.detached {
        do { outcome.finish(.success(try await work())) } catch { outcome.finish(.failure(error)) }
    }
    return try outcome.wait().get()
}

/// Marks the running cell as failed with a Jupyter error, once it has run to its end.
///
/// A cell that calls this still keeps what it declared, but the notebook shows the error under it,
/// `stop_on_error` aborts the cells queued behind it, and nbgrader and nbclient count it as failed.
/// Checks of graded exercises use it after printing their report. The last report of a cell wins.
///
/// - Parameters:
///   - name: the error's name (Jupyter's `ename`), such as `"ExerciseFailed"`.
///   - message: one line saying what went wrong (Jupyter's `evalue`).
///   - traceback: the lines shown under the cell; ANSI colours are allowed. Defaults to `name: message`.
public func reportCellError(name: String, message: String, traceback: [String]? = nil) {
    KernelChannel.shared.send(.reportedError(name: name, message: message, traceback: traceback ?? ["\(name): \(message)"]))
}

/// What the engine sends with each cell, for checks that want to know whether a name's cell compiled.
enum NotebookCompileState {
    nonisolated(unsafe) static var didNotCompile: [String: Int] = [:]
}

/// For the executor: what cells that did not compile declare, as JSON `{"name": cellNumber}`.
@_cdecl("swift_kernel_set_did_not_compile")
public func _setDidNotCompile(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
    let data = Data(UnsafeBufferPointer(start: bytes, count: count))
    NotebookCompileState.didNotCompile = (try? JSONDecoder().decode([String: Int].self, from: data)) ?? [:]
}

/// The number `n` of the cell (`In [n]`) that declares `name` and did not compile, when no cell declaring
/// `name` has run since: then what `name` means in the notebook is an earlier version, or the library's.
/// The exercise checks use it to say that the learner's cell did not compile rather than "not written yet".
public func _cellThatDidNotCompile(declaring name: String) -> Int? {
    NotebookCompileState.didNotCompile[name]
}

/// Tells the kernel what to add to the cell's error if the cell crashes from now on (a failed
/// `precondition`, a shape error in the library), or, with `nil`, to add nothing. The exercise checks give
/// their hint this way while they run the learner's function.
public func _setCrashNote(_ note: String?) {
    KernelChannel.shared.send(.crashNote(note))
}

/// Marks the point in a cell after which every top-level variable it declares is initialised.
///
/// The engine writes a call before the first statement that follows the cell's last variable: if a
/// statement after it traps (a failed `precondition`, an index out of range), what the cell did so far
/// can be kept, since no variable a later cell could read is left uninitialised.
public func _cellSafePoint() { CellProgress.safePointReached = true }

enum CellProgress {
    nonisolated(unsafe) static var safePointReached = false
}

/// For the executor: whether the running cell passed its safe point; clears the mark.
@_cdecl("swift_kernel_take_safe_point")
public func _takeSafePoint() -> Bool {
    defer { CellProgress.safePointReached = false }
    return CellProgress.safePointReached
}
