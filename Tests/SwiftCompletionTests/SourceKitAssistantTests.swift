#if canImport(Glibc)
import Glibc
#endif
import CellEngine
import Foundation
import XCTest
@testable import SwiftCompletion

/// The assistant against the toolchain's real SourceKit, through the bridge process (the `swift-kernel`
/// executable built next to this test bundle). The prologue stands in for earlier cells.
final class SourceKitAssistantTests: XCTestCase {
    private static let prologue = """
        /// Adds one to `x`.
        func addOne(_ x: Int) -> Int { x + 1 }
        func scale(_ x: Double, by factor: Double) -> Double { x * factor }
        let costs: [Double] = [0.7, 0.5]
        /// Twice a number.
        func twice(_ x: Int) -> Int { 2 * x }
        /// A text said twice.
        func twice(_ text: String, separator: String = " ") -> String { text + separator + text }

        """
    private var assistant: SourceKitAssistant!

    override func setUpWithError() throws {
        let library = SourceKitBridge.library(toolchainBin: EngineConfiguration.locateToolchain())
        guard FileManager.default.fileExists(atPath: library.path) else {
            throw XCTSkip("the toolchain has no SourceKit (\(library.path) is missing)")
        }
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let kernel = folder.appendingPathComponent("swift-kernel")
        guard FileManager.default.isExecutableFile(atPath: kernel.path) else {
            return XCTFail("\(kernel.path) is missing: build it first (`swift build --product swift-kernel`)")
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("completion-test-\(UUID().uuidString)")
        // A generous limit: the first request of a test loads the standard library.
        assistant = SourceKitAssistant(bridge: (kernel, [SourceKitBridge.argument, library.path]), compilerArguments: [],
                                       directory: directory, timeout: 60)
    }

    override func tearDown() {
        assistant?.shutdown()
    }

    func testMembersOfAnEarlierArray() throws {
        let result = try XCTUnwrap(assistant.complete(cell: "costs.app", cursor: 9, prologue: Self.prologue))
        XCTAssertEqual(result.replacedRange, 6..<9)
        let append = try XCTUnwrap(result.matches.first { $0.text == "append(" }, "\(result.matches.map(\.text))")
        XCTAssertEqual(append.kind, "method")
        XCTAssertFalse(result.matches.contains { $0.text == "count" }, "the word `app` filters the members")
    }

    func testNamesInScopeWithTheirTypes() throws {
        let cell = "let y = addO"
        let result = try XCTUnwrap(assistant.complete(cell: cell, cursor: 12, prologue: Self.prologue))
        XCTAssertEqual(result.replacedRange, 8..<12)
        XCTAssertEqual(result.matches.first, CompletionMatch(text: "addOne(", kind: "function", signature: "addOne(x: Int) -> Int"))
    }

    func testArgumentLabels() throws {
        let cell = "scale(2, "
        let result = try XCTUnwrap(assistant.complete(cell: cell, cursor: 9, prologue: Self.prologue))
        XCTAssertTrue(result.matches.contains { $0.text == "by: " }, "\(result.matches.map(\.text))")
        XCTAssertEqual(result.replacedRange, 9..<9)
    }

    func testCursorCountsCodePoints() throws {
        let cell = "let é = [1]\né.cou"
        let result = try XCTUnwrap(assistant.complete(cell: cell, cursor: 17, prologue: ""))
        XCTAssertEqual(result.replacedRange, 14..<17)
        XCTAssertTrue(result.matches.contains { $0.text == "count" }, "\(result.matches.map(\.text))")
    }

    func testHelpShowsSignatureAndDocComment() throws {
        let help = try XCTUnwrap(assistant.help(cell: "let z = addOne(3)", cursor: 15, prologue: Self.prologue))
        XCTAssertEqual(help.declaration, "func addOne(_ x: Int) -> Int")
        XCTAssertEqual(help.documentation, "Adds one to `x`.")
        XCTAssertNil(assistant.help(cell: "   ", cursor: 1, prologue: Self.prologue))
    }

    /// An overloaded name in an unfinished call, which SourceKit alone does not resolve: every overload, with
    /// its documentation.
    func testHelpOnAnOverloadedFunctionShowsEveryOverload() throws {
        let help = try XCTUnwrap(assistant.help(cell: "let t = twice(", cursor: 14, prologue: Self.prologue))
        let entries = [help] + help.overloads
        XCTAssertEqual(Set(entries.map(\.declaration)),
                       ["func twice(_ x: Int) -> Int", "func twice(_ text: String, separator: String) -> String"], "\(entries)")
        XCTAssertEqual(Set(entries.compactMap(\.documentation)), ["Twice a number.", "A text said twice."])
        // A call that resolves shows the overload it calls first.
        let resolved = try XCTUnwrap(assistant.help(cell: "let t = twice(\"a\")", cursor: 10, prologue: Self.prologue))
        XCTAssertEqual(resolved.declaration, "func twice(_ text: String, separator: String = \" \") -> String")
        XCTAssertEqual(resolved.overloads.map(\.declaration), ["func twice(_ x: Int) -> Int"])
    }

    func testBridgeIsRestartedAfterItDies() throws {
        XCTAssertNotNil(assistant.complete(cell: "costs.", cursor: 6, prologue: Self.prologue))
        let pid = try XCTUnwrap(assistant.bridgeProcessID)
        kill(pid, SIGKILL)
        // The next request notices the dead bridge, or starts a new one; one of the next two answers.
        var answer = assistant.complete(cell: "costs.", cursor: 6, prologue: Self.prologue)
        if answer == nil { answer = assistant.complete(cell: "costs.", cursor: 6, prologue: Self.prologue) }
        XCTAssertTrue(answer?.matches.contains { $0.text == "count" } ?? false)
        XCTAssertNotEqual(assistant.bridgeProcessID, pid)
    }

    func testTimeoutGivesNoAnswerQuickly() throws {
        let library = SourceKitBridge.library(toolchainBin: EngineConfiguration.locateToolchain())
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let hasty = SourceKitAssistant(bridge: (folder.appendingPathComponent("swift-kernel"), [SourceKitBridge.argument, library.path]),
                                       compilerArguments: [], directory: FileManager.default.temporaryDirectory
                                           .appendingPathComponent("completion-test-\(UUID().uuidString)"), timeout: 0.05)
        defer { hasty.shutdown() }
        let started = Date()
        XCTAssertNil(hasty.complete(cell: "costs.", cursor: 6, prologue: Self.prologue), "a cold SourceKit cannot answer in 50 ms")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5)
    }

    func testMissingBridgeGivesNoAnswer() {
        let broken = SourceKitAssistant(bridge: (URL(fileURLWithPath: "/nonexistent/bridge"), []), compilerArguments: [],
                                        directory: FileManager.default.temporaryDirectory.appendingPathComponent("completion-test-\(UUID().uuidString)"))
        defer { broken.shutdown() }
        XCTAssertNil(broken.complete(cell: "x.", cursor: 2, prologue: ""))
    }
}
