import XCTest
@testable import CellEngine

/// The OpenBLAS kernels the executor is started with.
final class BLASEnvironmentTests: XCTestCase {
    private let avx512: Set<String> = ["sse2", "avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"]

    func testWidestVectorUnitChoosesTheKernels() {
        XCTAssertEqual(BLASEnvironment.coreType(for: avx512), "SkylakeX")
        XCTAssertEqual(BLASEnvironment.coreType(for: ["sse2", "avx", "avx2", "fma"]), "Haswell")
        // AVX-512 without all of SkylakeX's subsets (Xeon Phi) gets the AVX2 kernels.
        XCTAssertEqual(BLASEnvironment.coreType(for: ["avx2", "fma", "avx512f", "avx512cd"]), "Haswell")
        XCTAssertNil(BLASEnvironment.coreType(for: ["sse2", "avx"]))
        XCTAssertNil(BLASEnvironment.coreType(for: []))
    }

    func testTheUsersChoiceIsKept() {
        XCTAssertEqual(BLASEnvironment.additions(to: [:], cpuFlags: avx512), ["OPENBLAS_CORETYPE": "SkylakeX"])
        XCTAssertEqual(BLASEnvironment.additions(to: ["OPENBLAS_CORETYPE": "Zen"], cpuFlags: avx512), [:])
        XCTAssertEqual(BLASEnvironment.additions(to: [:], cpuFlags: ["sse2"]), [:])
    }

    func testReadsThisMachinesFlags() throws {
        #if arch(x86_64) && os(Linux)
        XCTAssertTrue(BLASEnvironment.processorFlags().contains("sse2"), "x86-64 always has SSE2")
        #else
        throw XCTSkip("x86-64 Linux only")
        #endif
    }
}
