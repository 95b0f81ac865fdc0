import JupyterKernel
import XCTest

/// `is_complete` samples: what a console sees when the user presses Enter.
final class IsCompleteTests: XCTestCase {
    func testComplete() {
        let samples = [
            "1", #"print("hi")"#, "func f() {}", "let a = [1, 2]", "", "   \n",
            "struct S {\n    var x: Int\n}\nlet s = S(x: 1)", "let s = \"\"\"\n  text {\n  \"\"\"",
            "// just a comment", "x.map { $0 * 2 }", #"let t = "\(1 + 2)""#,
        ]
        for code in samples {
            XCTAssertEqual(SwiftCompletenessChecker.check(code), .complete, code)
        }
    }

    func testIncomplete() {
        let samples: [(String, String)] = [
            ("func f() {", "    "),
            ("let a = [1,", "    "),
            ("struct S {\n  var x: Int", "    "),
            ("struct S {\n  func f() {\n", "        "),
            ("print(\"a\",", "    "),
            ("if x { // open\n", "    "),
            ("let s = \"\"\"\nfirst line", ""),
            ("foo(\"\"\"\n  a {", "    "),
            ("let x =", ""),
            ("#if DEBUG\nprint(1)", ""),
        ]
        for (code, indent) in samples {
            XCTAssertEqual(SwiftCompletenessChecker.check(code), .incomplete(indent: indent), code)
        }
    }

    func testInvalid() {
        for code in ["let x = 1 }", ")", "let = 5\nprint(1)", #"print("abc"#, "func f() {\n let = }\n"] {
            XCTAssertEqual(SwiftCompletenessChecker.check(code), .invalid, code)
        }
    }

    func testReplyContent() {
        XCTAssertEqual(IsCompleteResult.incomplete(indent: "  ").replyContent, ["status": "incomplete", "indent": "  "])
        XCTAssertEqual(IsCompleteResult.complete.replyContent, ["status": "complete"])
        // An indent on another status is not sent: the spec has it only with `incomplete`.
        XCTAssertEqual(IsCompleteResult(status: "invalid", indent: "x").replyContent, ["status": "invalid"])
        XCTAssertEqual(IsCompleteResult.unknown.status, "unknown")
    }
}
