/// `%install-swiftpm-flags`: extra arguments for `swift build` in the `%install`s after it.
struct InstallSwiftPMFlagsMagic: MagicHandler {
    let name = "install-swiftpm-flags"
    let usage = "%install-swiftpm-flags FLAG…"
    let summary = "extra flags for building the packages of later %install lines (e.g. -Xcc -I/usr/include/foo)"

    func apply(_ line: MagicLine, to cell: inout PreparedCell, context: MagicContext) throws {
        let flags = try ShellWords.split(line.arguments)
        guard !flags.isEmpty else {
            throw MagicError("\(usage): give at least one flag, for example %install-swiftpm-flags -Xcc -I/usr/include/foo")
        }
        if let bad = flags.first(where: { $0.hasPrefix("--package-path") || $0.hasPrefix("--scratch-path") || $0 == "--product" }) {
            throw MagicError("%install-swiftpm-flags: \(bad) is set by the kernel itself; leave it out.")
        }
        context.environment.swiftPMFlags += flags
        context.output.stream(.stdout, "Later %install lines build with: \(context.environment.swiftPMFlags.joined(separator: " "))\n")
    }
}
