import Testing

@testable import TimbangCore

@Suite("JSON")
struct JSONTests {
  @Test("number literals keep their printed precision")
  func literals() throws {
    let value = try JSONParser.parse(#"{"total": 69.40, "list": [1, 2.50], "s": "a\"b\u00e9"}"#)
    guard case .number(let x, let literal)? = value["total"] else { throw TimbangError.internalError("not a number") }
    #expect(x == 69.4 && literal == "69.40")
    #expect(value["s"]?.stringValue == "a\"bé")
    #expect(JSONWriter.string(value, pretty: false) == #"{"total":69.40,"list":[1,2.50],"s":"a\"bé"}"#)
  }

  @Test("malformed JSON is located", arguments: ["{", "{\"a\" 1}", "[1,]", "{\"a\":1}x", "\"\\q\"", "01x", ""])
  func malformed(text: String) {
    #expect { try JSONParser.parse(text, fileName: "c.json") } throws: { "\($0)".hasPrefix("c.json:1: malformed JSON") }
  }

  @Test("writer: full precision, integers without fraction, null for absent")
  func writer() {
    let value = JSONValue.object([("a", .number(84.38846153846154)), ("b", .int(39)), ("c", .number(nil as Double?))])
    #expect(JSONWriter.string(value, pretty: false) == #"{"a":84.38846153846154,"b":39,"c":null}"#)
  }

  @Test(
    "integral numbers are written as numberText writes them (digits straight into the output)",
    arguments: [0, -0.0, 7, -5, 100_000, 999_999_999_999_999, -999_999_999_999_999, 1e15, -1e15, 2.5e20, 0.5])
  func integers(x: Double) {
    #expect(JSONWriter.string(.number(x), pretty: false) == JSONWriter.numberText(x))
    #expect(JSONWriter.string(.array([.number(x), .int(-12)]), pretty: false) == "[\(JSONWriter.numberText(x)),-12]")
  }

  @Test(
    "integers keep all their digits (a literal past 10^15)", arguments: [Int.max, Int.min + 1, 1_000_000_000_000_001])
  func bigIntegers(x: Int) {
    #expect(JSONWriter.string(.int(x), pretty: false) == String(x))
  }

  @Test("strings: plain ones copied as they are; control characters, quotes and backslashes escaped; read back intact")
  func strings() throws {
    let all = String(decoding: Array(UInt8(0)..<0x80), as: UTF8.self) + "é – 日本"
    for s in [all, "plain key", "", "a\"b", "back\\slash", "tab\there", "\u{1F}", "Sistem, Mekanisme, dan Prosedur"] {
      let text = JSONWriter.string(.string(s), pretty: false)
      #expect(try JSONParser.parse(text).stringValue == s)
      #expect(!text.utf8.contains { $0 < 0x20 })
    }
    #expect(JSONWriter.string(.string("a\"b\\c\nd\u{01}"), pretty: false) == #""a\"b\\c\nd\u0001""#)
    #expect(JSONWriter.string(.object([("k\"", .string("v"))]), pretty: false) == #"{"k\"":"v"}"#)
  }
}
