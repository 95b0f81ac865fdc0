// Measures the engine's time from request to result for a trivial cell, how it changes as cells
// accumulate, and the disk the cells' files take (`make bench` runs it through scripts/bench_engine.py).
//
//     engine-bench <buildFolder> [runs] [cells]
//
// `runs` trivial cells (default 200) give p50 and p95; then cells continue up to `cells` (default 1000).
// The medians of cells 1-10 ("cell 5") and 496-505 ("cell 500") compare early and late cells. The last
// line is the same figures as JSON, for scripts.
import CellEngine
import Foundation

final class Discard: CellOutputHandler {
    func stream(_ kind: OutputStreamKind, _ text: String) {}
    func display(_ data: [String: String], metadataJSON: String?, displayID: String?, update: Bool) {}
    func clearOutput(wait: Bool) {}
    func readInput(prompt: String, password: Bool) -> Result<String, InputUnavailable> { .failure(InputUnavailable(message: "")) }
}

/// The value below which a fraction `p` of `values` lie (nearest rank).
func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[max(0, min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1))]
}

/// Bytes that the files under `folder` occupy on disk (allocated blocks), and how many files there are.
func diskUse(of folder: URL) -> (bytes: Int, files: Int) {
    var bytes = 0, files = 0
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let relative = enumerator?.nextObject() as? String {
        var info = stat()
        guard lstat(folder.appendingPathComponent(relative).path, &info) == 0,
              info.st_mode & S_IFMT == S_IFREG else { continue }
        bytes += Int(info.st_blocks) * 512
        files += 1
    }
    return (bytes, files)
}

let arguments = CommandLine.arguments
let folder = URL(fileURLWithPath: arguments.count > 1 ? arguments[1] : ".build/release")
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 200 : 200
let totalCells = max(runs + 1, 505, arguments.count > 3 ? Int(arguments[3]) ?? 1000 : 1000)
let imports = ProcessInfo.processInfo.environment["SWIFT_KERNEL_IMPLICIT_IMPORTS"]?.split(separator: ",").map(String.init)
var configuration = EngineConfiguration.buildFolder(folder, packageRoot: URL(fileURLWithPath: "."))
if let imports { configuration.implicitImports = imports }
configuration.workDirectory = ProcessInfo.processInfo.environment["SWIFT_KERNEL_BENCH_WORKDIR"].map { URL(fileURLWithPath: $0) }
let engine = try CellEngine(configuration: configuration)
try engine.warmUp()
let output = Discard()
var timings: [Double] = []   // timings[n - 1] is cell n
@MainActor func runCell() {
    let cell = timings.count + 1
    let start = Date()
    if case .failure(let failure) = engine.execute("let a = 1 + 1", cellNumber: cell, output: output) {
        fatalError("cell \(cell) failed: \(failure.message)")
    }
    timings.append(Date().timeIntervalSince(start) * 1000)
}

while timings.count < totalCells { runCell() }
let disk = diskUse(of: engine.workDirectory)
let measured = Array(timings[1...runs])   // cell 1 is the first after the warm-up; it is left out
let early = percentile(Array(timings[0..<10]), 0.5)
let late = percentile(Array(timings[495..<505]), 0.5)
let last = percentile(Array(timings[(totalCells - 10)..<totalCells]), 0.5)
engine.shutdown()
let removed = !FileManager.default.fileExists(atPath: engine.workDirectory.path)

print(String(format: "trivial cell (let a = 1 + 1), cells 2-%d: p50 %.0f ms, p95 %.0f ms", runs + 1,
             percentile(measured, 0.5), percentile(measured, 0.95)))
print(String(format: "median of cells 1-10 (cell 5): %.0f ms; cells 496-505 (cell 500): %.0f ms (%+.0f%%); cells %d-%d: %.0f ms",
             early, late, (late / early - 1) * 100, totalCells - 9, totalCells, last))
print(String(format: "after %d cells: %d files, %.1f MB on disk (%.1f KB a cell); folder removed at shutdown: %@",
             totalCells, disk.files, Double(disk.bytes) / 1_048_576, Double(disk.bytes) / 1024 / Double(totalCells),
             removed ? "yes" : "no"))
let summary: [String: Any] = [
    "runs": runs, "p50_ms": percentile(measured, 0.5), "p95_ms": percentile(measured, 0.95),
    "cell5_ms": early, "cell500_ms": late, "last_cells_ms": last, "cells": totalCells,
    "disk_bytes": disk.bytes, "disk_files": disk.files, "work_dir_removed": removed,
]
print(String(decoding: try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]), as: UTF8.self))
