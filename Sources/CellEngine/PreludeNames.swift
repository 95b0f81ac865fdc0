import Foundation

/// The functions and variables the preloaded modules declare at the top level, by name.
///
/// A learner's own function wins over the library's of the same name, as it would in a script without
/// the library: the engine qualifies a cell's references to such names with the learner's module (see
/// ``QualifiedReferences``), since Swift would otherwise weigh both as overloads and might pick the
/// library's. The names come from the modules' symbol graphs (`swift-symbolgraph-extract`), read once
/// per build of the prelude and kept in the module cache.
struct PreludeNames {
    let values: Set<String>

    init(values: Set<String>) { self.values = values }

    /// The names of `configuration`'s implicit imports; empty when they cannot be read.
    static func load(configuration: EngineConfiguration, runner: ToolRunner, cacheFolder: URL) -> PreludeNames {
        let attributes = try? FileManager.default.attributesOfItem(atPath: configuration.preludeLibrary.path)
        let stamp = [configuration.preludeLibrary.path, "\(attributes?[.size] ?? 0)",
                     "\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"]
            + configuration.implicitImports
        let cache = cacheFolder.appendingPathComponent("prelude-names-\(stableHash(stamp.joined(separator: "|"))).txt")
        if let cached = try? String(contentsOf: cache, encoding: .utf8) {
            return PreludeNames(values: Set(cached.split(separator: "\n").map(String.init)))
        }
        let output = cacheFolder.appendingPathComponent("symbol-graphs-\(getpid())")
        defer { try? FileManager.default.removeItem(at: output) }
        var names: Set<String> = []
        for module in configuration.implicitImports {
            try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            var arguments = ["-module-name", module, "-target", "x86_64-unknown-linux-gnu", "-output-dir", output.path,
                             "-minimum-access-level", "public"]
            for path in configuration.moduleSearchPaths { arguments += ["-I", path.path] }
            for map in configuration.clangModuleMaps { arguments += ["-Xcc", "-fmodule-map-file=\(map.path)"] }
            guard let run = try? runner.run(configuration.toolchainBin.appendingPathComponent("swift-symbolgraph-extract"),
                                            arguments: arguments, in: cacheFolder), run.status == 0,
                  let data = try? Data(contentsOf: output.appendingPathComponent("\(module).symbols.json"))
            else { return PreludeNames(values: []) }
            names.formUnion(topLevelValues(inSymbolGraph: data))
        }
        try? names.sorted().joined(separator: "\n").write(to: cache, atomically: true, encoding: .utf8)
        returnFreedMemory()
        return PreludeNames(values: names)
    }

    /// Gives the heap freed after parsing back to the system (`malloc_trim(0)`). The symbol graphs are a
    /// few MB of JSON whose objects take some 50 MB while they are read; glibc keeps freed memory in the
    /// process, so without this a kernel that read them (a learner's first after an install: the cache
    /// above is per user) stays that much larger for its whole life. Looked up by name because Glibc's
    /// module does not import `<malloc.h>`.
    private static func returnFreedMemory() {
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }  // RTLD_DEFAULT
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
    }

    /// Top-level functions and variables of a symbol graph, by base name.
    static func topLevelValues(inSymbolGraph data: Data) -> Set<String> {
        guard let graph = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let symbols = graph["symbols"] as? [[String: Any]] else { return [] }
        var names: Set<String> = []
        for symbol in symbols {
            guard let kind = (symbol["kind"] as? [String: Any])?["identifier"] as? String,
                  kind == "swift.func" || kind == "swift.var",
                  let path = symbol["pathComponents"] as? [String], path.count == 1,
                  let base = path[0].split(separator: "(").first else { continue }
            names.insert(String(base))
        }
        return names
    }

    /// FNV-1a: the same on every run, unlike `Hasher`.
    private static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
