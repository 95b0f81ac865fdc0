#if canImport(Glibc)
import Glibc
#endif
@testable import CellEngine
import Foundation
import XCTest

/// Work folders other local users cannot read or plant links in, whatever the umask.
final class PrivateFolderTests: XCTestCase {
    private func mode(_ path: String) -> mode_t {
        var status = stat()
        XCTAssertEqual(lstat(path, &status), 0, path)
        return status.st_mode & 0o7777
    }

    func testWorkFolderIsPrivateUnderUmask000() throws {
        let old = umask(0)
        defer { umask(old) }
        let folder = try WorkDirectory(configured: nil)
        defer { folder.removeIfOwned() }
        XCTAssertEqual(mode(folder.url.path), 0o700)
        XCTAssertTrue(folder.url.lastPathComponent.hasPrefix("swift-kernel-\(getpid())-"))
    }

    func testPrivateFolderIsCreatedTightenedAndLinksRefused() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("private-folder-test-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let old = umask(0)
        defer { umask(old) }
        let nested = base.appendingPathComponent("a/b")
        try WorkDirectory.makePrivateFolder(nested)
        XCTAssertEqual(mode(nested.path), 0o700)
        XCTAssertEqual(mode(base.appendingPathComponent("a").path), 0o700, "missing parents are made 0700 too")

        chmod(nested.path, 0o777)
        try WorkDirectory.makePrivateFolder(nested)
        XCTAssertEqual(mode(nested.path), 0o700, "a reused folder is made private again")

        let link = base.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: nested)
        XCTAssertThrowsError(try WorkDirectory.makePrivateFolder(link)) { error in
            XCTAssertTrue(String(describing: error).contains("symbolic link"), "\(error)")
        }
    }
}
