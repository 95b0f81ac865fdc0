// Measures the engine's time from request to result for a trivial cell (`make bench`).
import CellEngine
import Foundation

final class Discard: CellOutputHandler {
    func stream(_ kind: OutputStreamKind, _ text: String) {}
    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable> { .failure(InputUnavailable(message: "")) }
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

let arguments = CommandLine.arguments
let folder = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : ".build/release")
let runs = arguments.count > 2 ? Int(arguments[2])! : 200
let imports = ProcessInfo.processInfo.environment["SWIFT_KERNEL_IMPLICIT_IMPORTS"]?.split(separator: ",").map(String.init)
    ?? ["NotebookRuntime", "NeuralNet", "Plots"]
var configuration = EngineConfiguration.buildFolder(folder, packageRoot: URL(fileURLWithPath: "."), implicitImports: imports)
configuration.workDirectory = ProcessInfo.processInfo.environment["SWIFT_KERNEL_BENCH_WORKDIR"].map { URL(fileURLWithPath: $0) }
let engine = try CellEngine(configuration: configuration)
try engine.warmUp()
let output = Discard()
var timings: [Double] = []
var cell = 0
@MainActor func runCell() -> Double {
    cell += 1
    let start = Date()
    if case .failure(let failure) = engine.execute("let a = 1 + 1", cellNumber: cell, output: output) {
        fatalError("cell \(cell) failed: \(failure.message)")
    }
    return Date().timeIntervalSince(start) * 1000
}
_ = runCell()
for _ in 0..<runs { timings.append(runCell()) }
let early = Array(timings.prefix(10))
while cell < 495 { _ = runCell() }
let late = (0..<10).map { _ in runCell() }
print(String(format: "trivial cell (let a = 1 + 1), %d runs: p50 %.0f ms, p95 %.0f ms", runs, percentile(timings, 0.5), percentile(timings, 0.95)))
print(String(format: "cells 2-11: median %.0f ms; cells %d-%d: median %.0f ms (%+.0f%%)", percentile(early, 0.5), cell - 9, cell,
             percentile(late, 0.5), (percentile(late, 0.5) / percentile(early, 0.5) - 1) * 100))
engine.shutdown()
