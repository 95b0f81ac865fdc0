import Foundation

/// OpenBLAS settings for the executor, chosen before the prelude (and with it OpenBLAS) is loaded.
///
/// OpenBLAS picks its kernels from the processor's model number, and a release older than the
/// processor does not know it: Debian 12's OpenBLAS 0.3.21 takes a 5th-generation Xeon for a
/// Pentium 4 ("Prescott") and multiplies 1024 × 1024 matrices at 15 GFLOP/s instead of 67. The
/// instruction sets the processor reports are a safer guide, so unless the user has chosen,
/// `OPENBLAS_CORETYPE` names the kernels for the widest vector unit present.
enum BLASEnvironment {
    /// Variables to add to `environment`: none if it already sets `OPENBLAS_CORETYPE`.
    static func additions(to environment: [String: String], cpuFlags: Set<String> = processorFlags()) -> [String: String] {
        guard environment["OPENBLAS_CORETYPE"] == nil, let core = coreType(for: cpuFlags) else { return [:] }
        return ["OPENBLAS_CORETYPE": core]
    }

    /// OpenBLAS's name for the kernels that suit a processor with these `/proc/cpuinfo` flags, or nil
    /// to leave the choice to OpenBLAS (no AVX2, or not x86-64).
    static func coreType(for flags: Set<String>) -> String? {
        if ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains) { return "SkylakeX" }
        if ["avx2", "fma"].allSatisfy(flags.contains) { return "Haswell" }
        return nil
    }

    /// The first `flags` line of `/proc/cpuinfo` (x86), empty where there is none.
    static func processorFlags() -> Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
              let colon = line.firstIndex(of: ":") else { return [] }
        return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
    }
}
