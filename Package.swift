// swift-tools-version: 6.0
import PackageDescription
import Foundation

/// Modules, one per part of the product:
/// - transport and wire format (`JupyterProtocol`), message handling (`JupyterKernel`),
/// - the cell engine (`CellEngine`) and the process that runs cells (`swift-cell-executor`),
/// - what every cell imports (`NotebookRuntime`, `NeuralNet`, `Plots`, `Grading`), shipped as one shared library,
/// - completion and inspection from SourceKit (`SwiftCompletion`),
/// - the wiring of kernel and engine (`SwiftKernelApp`) behind a thin executable (`swift-kernel`).

/// swift-syntax as the toolchain ships it (`usr/lib/swift/host`: library-evolution interfaces and shared
/// libraries, the same release the compiler is built from). Building the package's own copy costs ten
/// minutes of a 2-core machine in release mode and again in debug; this one costs seconds.
let toolchainSwiftSyntax: String = {
    if let explicit = ProcessInfo.processInfo.environment["SWIFT_KERNEL_SWIFT_SYNTAX_DIR"] { return explicit }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
        let swift = URL(fileURLWithPath: String(directory)).appendingPathComponent("swift")
        guard FileManager.default.isExecutableFile(atPath: swift.path) else { continue }
        let host = swift.resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("lib/swift/host")
        if FileManager.default.fileExists(atPath: host.appendingPathComponent("SwiftParser.swiftmodule").path) {
            return host.path
        }
    }
    return "/opt/swift/usr/lib/swift/host"
}()
/// Also needed by every module that imports one built with swift-syntax (it loads its dependencies).
let syntaxSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-I", toolchainSwiftSyntax])]
let syntaxLinkerSettings: [LinkerSetting] = [
    .unsafeFlags(["-L", toolchainSwiftSyntax, "-Xlinker", "-rpath", "-Xlinker", toolchainSwiftSyntax]),
    .linkedLibrary("SwiftParser"), .linkedLibrary("SwiftSyntax"),
]
/// CVectorMath and CMatrixKernels build their own AVX-512, AVX2 and baseline loops (chosen at load
/// time). Only their explicit fma calls may fuse, so that CVectorMath's AVX-512 and AVX2 loops round
/// alike; fma() never sets errno, which clang must be told before it vectorises it; AVX-512 loops use
/// the full 512-bit registers.
let vectorMathSettings: [CSetting] = [
    .unsafeFlags(["-O3", "-ffp-contract=off", "-fno-math-errno", "-mprefer-vector-width=512"]),
]
/// NeuralNet's loops compiled for the vector units of the machine that builds them (`make install`
/// builds the kernel where it runs): AVX2 or AVX-512 instead of the x86-64 baseline's SSE2, about
/// twice the elementwise speed. `SWIFT_KERNEL_TARGET_CPU` names another CPU, or `generic` for a
/// build that runs on any x86-64. Swift does not fuse multiplies and adds, so results are the same.
let hostVectorSettings: [SwiftSetting] = {
    #if arch(x86_64)
    let cpu = ProcessInfo.processInfo.environment["SWIFT_KERNEL_TARGET_CPU"] ?? "native"
    return cpu == "generic" ? [] : [.unsafeFlags(["-target-cpu", cpu])]
    #else
    return []
    #endif
}()
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")

/// Each target with the part of the product it belongs to.
let parts: [(part: String, target: Target)] = [
    // Kernel: transport, wire format, message handling.
    ("protocol", .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])])),
    ("protocol", .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])])),
    ("protocol", .target(name: "JupyterProtocol", dependencies: ["CZeroMQ", "COpenSSL", logging])),
    ("protocol", .target(name: "JupyterKernel", dependencies: ["JupyterProtocol", logging],
                              swiftSettings: syntaxSwiftSettings, linkerSettings: syntaxLinkerSettings)),
    ("protocol", .testTarget(name: "JupyterProtocolTests", dependencies: ["JupyterProtocol"],
                             resources: [.copy("Fixtures")])),
    ("protocol", .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel", "JupyterProtocol"],
                             swiftSettings: syntaxSwiftSettings)),

    // The typed messages between the engine, the executor and the code of a cell, on a socket of their own.
    ("shared", .target(name: "CellChannel")),

    // Cell engine: compiles cells and drives the executor process. No Jupyter code.
    ("engine", .target(name: "CellEngine", dependencies: ["CellChannel", logging],
                           swiftSettings: syntaxSwiftSettings, linkerSettings: syntaxLinkerSettings)),
    ("engine", .target(name: "CExecutorSupport", linkerSettings: [.linkedLibrary("swift_Concurrency")])),
    ("engine", .executableTarget(name: "swift-cell-executor", dependencies: ["CExecutorSupport", "CellChannel"],
                                 swiftSettings: [.swiftLanguageMode(.v5)])),
    ("engine", .testTarget(name: "CellEngineTests", dependencies: ["CellEngine"], swiftSettings: syntaxSwiftSettings)),
    ("engine", .executableTarget(name: "engine-bench", dependencies: ["CellEngine"], swiftSettings: syntaxSwiftSettings)),
    // Cuts a Swift file into one cell per top-level item (Tests/kernel/test_differential.py).
    ("engine", .executableTarget(name: "cell-splitter", swiftSettings: syntaxSwiftSettings, linkerSettings: syntaxLinkerSettings)),

    // What every cell sees.
    ("library", .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])])),
    ("library", .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])])),
    ("library", .target(name: "NotebookRuntime", dependencies: ["CellChannel"], swiftSettings: [.swiftLanguageMode(.v5)])),
    // exp, log, tanh, sigmoid loops compiled for each x86-64 vector level, picked at load time.
    ("library", .target(name: "CVectorMath", cSettings: vectorMathSettings)),
    // Matrix products with a thin side (a few rows against a long matrix), built like CVectorMath.
    ("library", .target(name: "CMatrixKernels", cSettings: vectorMathSettings)),
    ("library", .target(name: "NeuralNet", dependencies: ["CBLAS", "CZlib", "CVectorMath", "CMatrixKernels", "NotebookRuntime"],
                        swiftSettings: hostVectorSettings)),
    // Text of figures drawn as PNG: glyphs from FreeType, behind a C header that names no FreeType type.
    ("library", .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])])),
    ("library", .target(name: "CGlyphRaster", dependencies: ["CFreeType"])),
    ("library", .target(name: "Plots", dependencies: ["NeuralNet", "NotebookRuntime", "CZlib", "CGlyphRaster"])),
    ("library", .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Plots"])),
    ("library", .executableTarget(name: "course-bench", dependencies: ["NeuralNet"])),
    // Checks of the course notebooks' graded exercises.
    ("library", .target(name: "Grading", dependencies: ["NeuralNet", "NotebookRuntime"])),
    ("library", .testTarget(name: "GradingTests", dependencies: ["Grading", "NeuralNet"])),

    // Completion and inspection from the toolchain's SourceKit, hosted in a bridge process.
    ("app", .target(name: "CSourceKitBridge")),
    ("app", .target(name: "SwiftCompletion", dependencies: ["CSourceKitBridge", "JupyterProtocol", logging])),
    ("app", .testTarget(name: "SwiftCompletionTests", dependencies: ["SwiftCompletion", "CellEngine"],
                    swiftSettings: syntaxSwiftSettings)),

    // Wiring and the executable.
    ("app", .target(name: "SwiftKernelApp", dependencies: ["JupyterKernel", "JupyterProtocol", "CellChannel", "CellEngine", "SwiftCompletion", logging],
                    swiftSettings: syntaxSwiftSettings)),
    ("app", .executableTarget(name: "swift-kernel", dependencies: [
        "SwiftKernelApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ], swiftSettings: syntaxSwiftSettings)),
]

let allProducts: [(parts: Set<String>, product: Product)] = [
    (["app", "protocol", "engine"], .executable(name: "swift-kernel", targets: ["swift-kernel"])),
    (["engine"], .executable(name: "swift-cell-executor", targets: ["swift-cell-executor"])),
    // Everything a cell imports without asking, in one shared library the executor loads once.
    (["library"], .library(name: "NotebookPrelude", type: .dynamic, targets: ["NotebookRuntime", "NeuralNet", "Plots", "Grading"])),
]

/// `SWIFT_KERNEL_PARTS=library,engine swift test` builds and tests only those parts while one of them is
/// being worked on; unset, the package is whole.
let selected: Set<String>? = ProcessInfo.processInfo.environment["SWIFT_KERNEL_PARTS"]
    .map { Set($0.split(separator: ",").map(String.init)) }

let package = Package(
    name: "SwiftKernel",
    products: allProducts.filter { selected == nil || $0.parts.isSubset(of: selected!) }.map(\.product),
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: parts.filter { selected == nil || $0.part == "shared" || selected!.contains($0.part) }.map(\.target)
)
