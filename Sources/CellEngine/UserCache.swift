import Foundation

/// The kernel's folders in the user's own cache (`$XDG_CACHE_HOME/swift-kernel`, by default
/// `~/.cache/swift-kernel`): kept between kernels, private to the user, never in a shared temporary folder.
enum UserCache {
    /// `name` inside the cache, created private (0700) if missing; `nil` without `HOME` or when it
    /// cannot be made private.
    static func folder(_ name: String) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? environment["HOME"].map { URL(fileURLWithPath: $0).appendingPathComponent(".cache") }
        guard let base else { return nil }
        let kernelFolder = base.appendingPathComponent("swift-kernel")
        let folder = kernelFolder.appendingPathComponent(name)
        guard (try? WorkDirectory.makePrivateFolder(kernelFolder)) != nil,
              (try? WorkDirectory.makePrivateFolder(folder)) != nil
        else { return nil }
        return folder
    }
}
