import Foundation

/// A package `%install` built: what cells compile against and what the executor loads.
///
/// Written next to the build in the cache (`installed.json`), so that another kernel that asks for the
/// same thing uses it without running SwiftPM at all.
struct InstalledPackage: Codable, Equatable, Sendable {
    /// The cache key: dependency, products, toolchain and flags.
    var key: String
    /// The `%install` line's dependency and products, for messages.
    var dependency: String
    var products: [String]
    /// The shared library with the products' code (and their dependencies').
    var library: URL
    /// The folder with the products' `.swiftmodule`s.
    var modulesFolder: URL
    /// The Swift modules in `modulesFolder` that cells may import.
    var modules: [String]
    /// Module maps and header folders of the package's C targets, which its Swift modules import.
    var clangModuleMaps: [URL]
    var clangIncludeFolders: [URL]

    /// How messages name it: `swift-collections (DequeModule, OrderedCollections)`.
    var title: String { "\(dependency) \(products.joined(separator: " "))" }
}
