import Foundation
import JupyterProtocol
import XCTest

final class JSONValueTests: XCTestCase {
    func testIntegersStayIntegers() throws {
        let value: JSONValue = ["execution_count": 1, "big": .int(9_007_199_254_740_993), "negative": -5]
        XCTAssertEqual(value.jsonString, #"{"big":9007199254740993,"execution_count":1,"negative":-5}"#)
        let decoded = try JSONValue.parse(value.serialized())
        XCTAssertEqual(decoded, value)
        XCTAssertEqual(decoded["execution_count"], .int(1))
        XCTAssertEqual(try JSONValue.parse(Data("1".utf8)), .int(1))
        // Foundation's encoder agrees: the Codable conformance keeps ints as ints too.
        let viaEncoder = String(decoding: try JSONEncoder().encode(JSONValue.int(1)), as: UTF8.self)
        XCTAssertEqual(viaEncoder, "1")
    }

    func testDoublesAndOtherScalars() throws {
        XCTAssertEqual(JSONValue.number(1.5).jsonString, "1.5")
        XCTAssertEqual(JSONValue.number(2).jsonString, "2.0")
        XCTAssertEqual(try JSONValue.parse(Data("2.0".utf8)), .number(2))
        XCTAssertEqual(try JSONValue.parse(Data("2.5e3".utf8)).doubleValue, 2500)
        XCTAssertEqual(JSONValue.number(.nan).jsonString, "null")
        XCTAssertEqual(JSONValue.number(.infinity).jsonString, "null")
        XCTAssertEqual(try JSONValue.parse(Data("[true,false,null]".utf8)), [true, false, nil])
        XCTAssertEqual(JSONValue.number(3.0).intValue, 3)
        XCTAssertNil(JSONValue.number(3.5).intValue)
    }

    func testStringsEscapeAndKeepUnicode() throws {
        let text = "quote\" back\\ nl\n tab\t bell\u{07} del\u{7F} é ✓ 🐦"
        let json = JSONValue.string(text).jsonString
        XCTAssertEqual(json, #""quote\" back\\ nl\n tab\t bell\u0007 del\u007f é ✓ 🐦""#)
        XCTAssertEqual(try JSONValue.parse(Data(json.utf8)), .string(text))
        let viaFoundation = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        XCTAssertEqual(viaFoundation as? String, text)
    }

    func testNestedRoundTripAndSubscripts() throws {
        var value: JSONValue = ["data": ["text/plain": "42", "list": [1, 2.5, "x", nil]], "flag": false]
        let decoded = try JSONValue.parse(value.serialized())
        XCTAssertEqual(decoded, value)
        XCTAssertEqual(decoded["data"]?["list"]?[1], .number(2.5))
        XCTAssertNil(decoded["data"]?["list"]?[9])
        XCTAssertNil(decoded["missing"])
        XCTAssertEqual(decoded["flag"]?.boolValue, false)
        value["added"] = "yes"
        XCTAssertEqual(value["added"]?.stringValue, "yes")
        XCTAssertEqual(value.objectValue?.count, 3)
        XCTAssertEqual(JSONValue.object([:]).jsonString, "{}")
        XCTAssertEqual(JSONValue.array([]).jsonString, "[]")
    }
}

final class JSONParserTests: XCTestCase {
    func testParsesWhatPythonWrites() throws {
        let text = #" {"a": [1, -2, 3.25, -1e-3, 1E+2], "s": "\u00e9\ud83d\ude00\/\"", "t": true, "n": null} "#
        let value = try JSONValue.parse(Data(text.utf8))
        XCTAssertEqual(value["a"], [1, -2, 3.25, .number(-0.001), .number(100)])
        XCTAssertEqual(value["s"], "é😀/\"")
        XCTAssertTrue(value["t"] == true && value["n"] == .null)
        XCTAssertEqual(try JSONValue.parse(Data("NaN".utf8)).doubleValue?.isNaN, true)
        XCTAssertEqual(try JSONValue.parse(Data("-Infinity".utf8)), .number(-.infinity))
        XCTAssertGreaterThan(try JSONValue.parse(Data("123456789012345678901234567890".utf8)).doubleValue!, 1e29)
    }

    func testRejectsBrokenJSON() {
        for broken in ["", "{", "[1,", #"{"a" 1}"#, #""abc"#, "tru", "{} x", #"{"a":1,}"#, "[1 2]", #""\x""#] {
            XCTAssertThrowsError(try JSONValue.parse(Data(broken.utf8)), "\(broken)")
        }
        let deep = String(repeating: "[", count: 2000) + String(repeating: "]", count: 2000)
        XCTAssertThrowsError(try JSONValue.parse(Data(deep.utf8)))
    }
}
