@testable import CellEngine
import Foundation
import XCTest

/// Reading magic lines and `%install`'s arguments: what is a magic, what is Swift, and what is an error.
final class MagicTests: XCTestCase {
    func testOnlyLinesBeforeTheFirstSwiftAreMagics() {
        let (magics, code) = MagicLine.split("\n%time\n  %%install 'x' Y\nlet a = 5 % 3\n%help")
        XCTAssertEqual(magics.map(\.name), ["time", "install"])
        XCTAssertEqual(magics[1].arguments, "'x' Y")
        XCTAssertEqual(magics[1].line, 2)
        XCTAssertEqual(code, "\n     \n                 \nlet a = 5 % 3\n%help", "same lines and columns; later % lines are Swift")
    }

    func testPercentSignsThatAreNotMagics() {
        XCTAssertTrue(MagicLine.split("%1 + 2").magics.isEmpty)
        XCTAssertTrue(MagicLine.split("%%%time").magics.isEmpty)
        XCTAssertTrue(MagicLine.split("let x = 1\n%time").magics.isEmpty)
    }

    func testArgumentsColumnPointsAfterTheName() {
        let magic = MagicLine.split("  %time   print(1)").magics[0]
        XCTAssertEqual(magic.arguments, "print(1)")
        XCTAssertEqual(magic.argumentsColumn, 10)
    }

    func testShellWords() throws {
        XCTAssertEqual(try ShellWords.split(#"'.package(url: "u", from: "1.0")' A  B"#), [#".package(url: "u", from: "1.0")"#, "A", "B"])
        XCTAssertEqual(try ShellWords.split(#""a b" c\ d ''"#), ["a b", "c d", ""])
        XCTAssertThrowsError(try ShellWords.split("'open"))
    }

    func testInstallRequestReadsSwiftJupyterSyntax() throws {
        let request = try PackageRequest(
            arguments: #"'.package(url: "https://github.com/apple/swift-collections.git", from: "1.1.0")' DequeModule OrderedCollections"#,
            workingDirectory: URL(fileURLWithPath: "/notebooks"))
        XCTAssertEqual(request.identity, "swift-collections")
        XCTAssertEqual(request.products, ["DequeModule", "OrderedCollections"])
    }

    func testRelativePathsAndCwdAreMadeAbsolute() throws {
        let folder = URL(fileURLWithPath: "/home/ada/notebooks")
        let relative = try PackageRequest(arguments: #"'.package(path: "../Tools")' Tools"#, workingDirectory: folder)
        XCTAssertEqual(relative.dependency, #".package(path: "/home/ada/Tools")"#)
        XCTAssertEqual(relative.identity, "tools")
        let cwd = try PackageRequest(arguments: #"'.package(path: "$cwd/Lib")' Lib"#, workingDirectory: folder)
        XCTAssertEqual(cwd.dependency, #".package(path: "/home/ada/notebooks/Lib")"#)
    }

    func testMalformedInstallLinesSayWhatToWrite() {
        let folder = URL(fileURLWithPath: "/tmp")
        for (arguments, expected) in [
            ("", "needs a package"),
            ("'package(url: \"u\")' A", "not a SwiftPM dependency"),
            ("'.package(url: \"u\"' A", "not a SwiftPM dependency"),
            ("'.package(from: \"1.0.0\")' A", "no url:"),
            ("'.package(url: \"https://github.com/a/b\", from: \"1.0.0\")'", "name the products"),
            ("'.package(url: \"https://github.com/a/b\", from: \"1.0.0\")' a-b", "not a product name"),
        ] {
            XCTAssertThrowsError(try PackageRequest(arguments: arguments, workingDirectory: folder), arguments) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(arguments): \(error)")
            }
        }
    }

    func testCacheKeyChangesWithWhatChangesTheBuild() throws {
        let request = try PackageRequest(arguments: #"'.package(path: "/p")' P"#, workingDirectory: URL(fileURLWithPath: "/"))
        let key = PackageInstaller.key(request, flags: [], toolchain: "Swift 6.3.1")
        XCTAssertEqual(key.count, 16)
        XCTAssertEqual(key, PackageInstaller.key(request, flags: [], toolchain: "Swift 6.3.1"))
        XCTAssertNotEqual(key, PackageInstaller.key(request, flags: ["-Xswiftc", "-DX"], toolchain: "Swift 6.3.1"))
        XCTAssertNotEqual(key, PackageInstaller.key(request, flags: [], toolchain: "Swift 6.4"))
    }

    func testSwiftPMErrorsAreTrimmedToTheErrors() throws {
        let request = try PackageRequest(arguments: #"'.package(path: "/p")' P"#, workingDirectory: URL(fileURLWithPath: "/"))
        let output = "[1/9] Compiling A a.swift\n/p/a.swift:1:1: error: cannot find 'x' in scope\n/p/a.swift:1:1: note: did you mean 'y'?\n[2/9] Compiling B\n/p/a.swift:1:1: error: cannot find 'x' in scope\n"
        let message = PackageInstaller.failureMessage(output, request: request)
        XCTAssertEqual(message.components(separatedBy: "cannot find 'x'").count, 2, "each error once")
        XCTAssertTrue(message.contains("note: did you mean"))
        XCTAssertFalse(message.contains("Compiling"))
    }

    func testEveryMagicIsListedByHelp() {
        for name in CellEngine.magicNames { XCTAssertTrue(HelpMagic.text.contains("%" + name), name) }
    }
}
