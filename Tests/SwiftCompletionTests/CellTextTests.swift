import XCTest
@testable import SwiftCompletion

/// Cursor arithmetic between Jupyter (code points in the cell) and SourceKit (UTF-8 in the whole file).
final class CellTextTests: XCTestCase {
    func testOffsetsCountUTF8AfterThePrologue() {
        let text = CellText(cell: "let é = 1\né.", prologue: "import A\n")
        XCTAssertEqual(text.source, "import A\nlet é = 1\né.")
        XCTAssertEqual(text.offset(ofScalar: 0), 9)
        // `é` is two bytes in UTF-8 but one code point.
        XCTAssertEqual(text.offset(ofScalar: 5), 9 + 4 + 2)
        XCTAssertEqual(text.offset(ofScalar: 100), text.source.utf8.count, "cursor past the end is clamped")
    }

    func testWordBeforeTheCursor() {
        let text = CellText(cell: "costs.app", prologue: "")
        XCTAssertEqual(text.wordBefore(9), 6..<9)
        XCTAssertEqual(text.text(text.wordBefore(9)), "app")
        XCTAssertEqual(text.wordBefore(6), 6..<6, "right after a dot the word is empty")
        XCTAssertEqual(text.wordBefore(3), 0..<3)
    }

    func testNameForHelpUnderCursorOrEnclosingCall() {
        let text = CellText(cell: "let a = relu(sigmoid(x), 2", prologue: "")
        XCTAssertEqual(text.nameForHelp(at: 10).map(text.text), "relu", "inside the name")
        XCTAssertEqual(text.nameForHelp(at: 12).map(text.text), "relu", "just after the name")
        XCTAssertEqual(text.nameForHelp(at: 25).map(text.text), "relu", "in the arguments, after a closed call")
        XCTAssertEqual(text.nameForHelp(at: 20).map(text.text), "sigmoid")
        XCTAssertEqual(text.nameForHelp(at: 21).map(text.text), "x")
        XCTAssertNil(CellText(cell: "1 + 2", prologue: "").nameForHelp(at: 1), "no name, no call")
    }
}
