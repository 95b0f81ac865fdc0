import CellEngine
import Foundation
import XCTest

/// The cells' files: one folder per engine, only what later cells need kept, all gone at shutdown.
final class WorkDirectoryTests: XCTestCase {
    /// Every file under `folder`, relative to it, sorted.
    private func files(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            found.append(String(url.path.dropFirst(folder.path.count + 1)))
        }
        return found.sorted()
    }

    func testOnlyLibrariesAndModulesStayAndShutdownRemovesTheFolder() throws {
        let engine = try EngineHarness.makeEngine()
        let folder = engine.workDirectory
        XCTAssertTrue(folder.lastPathComponent.hasPrefix("swift-kernel-\(getpid())-"), folder.path)

        var cell = 0
        func run(_ code: String) -> CellOutcome { cell += 1; return engine.run(code, cell).0 }
        XCTAssertTrue(run("let a = 1 + 1").succeeded)
        XCTAssertTrue(run("import Foundation\nlet b = a + 1").succeeded)   // links through the autolink list
        XCTAssertEqual(run("let c = missing + 1").failure?.kind, .compileError)
        XCTAssertEqual(run("let d: [Int] = []\nd[0]").failure?.kind, .crash)
        XCTAssertTrue(run("func twice(_ x: Int) -> Int { 2 * x }").succeeded)
        XCTAssertEqual(run("twice(b)").resultText, "6")

        XCTAssertEqual(run("let e = [1][3]").failure?.kind, .crash)

        // Cells 1, 2, 5 and 6 ran, and 4 trapped after its variable (its work is kept); 3 did not compile
        // and 7 trapped in its variable's initialiser, so nothing of theirs is left.
        let expected = ([1, 2, 4, 5, 6].flatMap { ["Cell\($0)/libCell\($0).so", "modules/Cell\($0).swiftdoc", "modules/Cell\($0).swiftmodule"] }
            + ["session-stamp"]).sorted()
        XCTAssertEqual(files(in: folder), expected)

        engine.shutdown()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path), "\(folder.path) is still there")
    }

    func testFilesDoNotAccumulateOverManyCells() throws {
        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        for cell in 1...30 {
            XCTAssertTrue(engine.run("let a = \(cell) + 1", cell).0.succeeded)
        }
        let remaining = files(in: engine.workDirectory).filter { $0 != "session-stamp" }
        // Three files per cell, no sources, objects or link leftovers, whatever their number.
        XCTAssertEqual(remaining.count, 90)
        XCTAssertEqual(remaining.filter { !$0.hasSuffix(".so") && !$0.hasSuffix(".swiftmodule") && !$0.hasSuffix(".swiftdoc") }, [])

        // A restart forgets every cell, so their files go too.
        engine.restart()
        XCTAssertEqual(files(in: engine.workDirectory), ["session-stamp"])
        XCTAssertEqual(engine.run("a", 31).0.failure?.kind, .compileError)
    }

    func testFoldersOfDeadKernelsAreRemovedAtStart() throws {
        // A child that exits at once leaves a process id that no process has, until the id is reused.
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        let temporary = FileManager.default.temporaryDirectory
        let stale = temporary.appendingPathComponent("swift-kernel-\(child.processIdentifier)-deadbeef")
        let live = temporary.appendingPathComponent("swift-kernel-\(getpid())-0a1b2c3d")
        for folder in [stale, live] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("Cell1"), withIntermediateDirectories: true)
        }
        defer { try? FileManager.default.removeItem(at: live) }

        let engine = try EngineHarness.makeEngine()
        defer { engine.shutdown() }
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path), "the dead kernel's folder is still there")
        XCTAssertTrue(FileManager.default.fileExists(atPath: live.path), "a live kernel's folder was removed")
    }
}
