// swift-tools-version: 6.0
import PackageDescription
import Foundation

/// Modules, one per part of the product:
/// - transport and wire format (`JupyterProtocol`), message handling (`JupyterKernel`),
/// - the cell engine (`CellEngine`) and the process that runs cells (`swift-cell-executor`),
/// - what every cell imports (`NotebookRuntime`, `NeuralNet`, `Plots`), shipped as one shared library,
/// - the wiring of kernel and engine (`SwiftKernelApp`) behind a thin executable (`swift-kernel`).

let syntax: [Target.Dependency] = [
    .product(name: "SwiftParser", package: "swift-syntax"),
    .product(name: "SwiftSyntax", package: "swift-syntax"),
]
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")

/// Each target with the part of the product it belongs to.
let parts: [(part: String, target: Target)] = [
    // Kernel: transport, wire format, message handling.
    ("protocol", .systemLibrary(name: "CZeroMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])])),
    ("protocol", .systemLibrary(name: "COpenSSL", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])])),
    ("protocol", .target(name: "JupyterProtocol", dependencies: ["CZeroMQ", "COpenSSL", logging])),
    ("protocol", .target(name: "JupyterKernel", dependencies: ["JupyterProtocol", logging] + syntax)),
    ("protocol", .testTarget(name: "JupyterProtocolTests", dependencies: ["JupyterProtocol"],
                             resources: [.copy("Fixtures")])),
    ("protocol", .testTarget(name: "JupyterKernelTests", dependencies: ["JupyterKernel", "JupyterProtocol"])),

    // Cell engine: compiles cells and drives the executor process. No Jupyter code.
    ("engine", .target(name: "CellEngine", dependencies: [logging] + syntax)),
    ("engine", .target(name: "CExecutorSupport", linkerSettings: [.linkedLibrary("swift_Concurrency")])),
    ("engine", .executableTarget(name: "swift-cell-executor", dependencies: ["CExecutorSupport"],
                                 swiftSettings: [.swiftLanguageMode(.v5)])),
    ("engine", .testTarget(name: "CellEngineTests", dependencies: ["CellEngine"])),
    ("engine", .executableTarget(name: "engine-bench", dependencies: ["CellEngine"])),

    // What every cell sees.
    ("library", .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])])),
    ("library", .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])])),
    ("library", .target(name: "NotebookRuntime", swiftSettings: [.swiftLanguageMode(.v5)])),
    ("library", .target(name: "NeuralNet", dependencies: ["CBLAS", "CZlib", "NotebookRuntime"])),
    ("library", .target(name: "Plots", dependencies: ["NeuralNet", "NotebookRuntime", "CZlib"])),
    ("library", .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Plots"])),

    // Wiring and the executable.
    ("app", .target(name: "SwiftKernelApp", dependencies: ["JupyterKernel", "JupyterProtocol", "CellEngine", logging])),
    ("app", .executableTarget(name: "swift-kernel", dependencies: [
        "SwiftKernelApp", .product(name: "ArgumentParser", package: "swift-argument-parser"),
    ])),
]

let allProducts: [(parts: Set<String>, product: Product)] = [
    (["app", "protocol", "engine"], .executable(name: "swift-kernel", targets: ["swift-kernel"])),
    (["engine"], .executable(name: "swift-cell-executor", targets: ["swift-cell-executor"])),
    // Everything a cell imports without asking, in one shared library the executor loads once.
    (["library"], .library(name: "NotebookPrelude", type: .dynamic, targets: ["NotebookRuntime", "NeuralNet", "Plots"])),
]

/// `SWIFT_KERNEL_PARTS=library,engine swift test` builds and tests only those parts while one of them is
/// being worked on; unset, the package is whole.
let selected: Set<String>? = ProcessInfo.processInfo.environment["SWIFT_KERNEL_PARTS"]
    .map { Set($0.split(separator: ",").map(String.init)) }

let package = Package(
    name: "SwiftKernel",
    products: allProducts.filter { selected == nil || $0.parts.isSubset(of: selected!) }.map(\.product),
    dependencies: [
        .package(url: "https://github.com/swiftlang/swift-syntax.git", from: "603.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: parts.filter { selected == nil || selected!.contains($0.part) }.map(\.target)
)
