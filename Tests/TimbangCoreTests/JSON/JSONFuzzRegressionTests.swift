import Testing

@testable import TimbangCore

/// Inputs found by `scripts/fuzz.sh` (target FuzzJSON); each once crashed the parser.
@Suite("JSON parser: fuzz regressions")
struct JSONFuzzRegressionTests {
  /// crash-256afe2c: `\ud83d` followed by `\u00ed` — the pair arithmetic `low - 0xDC00` overflowed (a trap).
  @Test("crash-256afe2c: a high surrogate followed by an escape that is not a low surrogate")
  func unpairedHighSurrogate() throws {
    let value = try JSONParser.parse(#"{"s": "a\ud83d\u00edb"}"#, fileName: "c.json")
    #expect(value["s"]?.stringValue == "a\u{FFFD}íb")
  }

  @Test(
    "surrogates: pairs combine, lone halves become U+FFFD",
    arguments: [
      (#""\ud83d\ude00""#, "😀"), (#""\ud83d""#, "\u{FFFD}"), (#""\ude00""#, "\u{FFFD}"),
      (#""\ud83d\ud83d\ude00""#, "\u{FFFD}😀"), (#""\ud83dx""#, "\u{FFFD}x"),
    ])
  func surrogates(text: String, expected: String) throws {
    #expect(try JSONParser.parse(text).stringValue == expected)
  }

  @Test(
    "a \\u escape takes exactly four hex digits, without a sign",
    arguments: [#""\u+041""#, #""\u-041""#, #""\u00g1""#])
  func strictHex(text: String) {
    #expect { try JSONParser.parse(text, fileName: "c.json") } throws: {
      "\($0)".contains("bad \\u escape")
    }
  }

  @Test("a key given twice in one object is an error at its line")
  func duplicateKey() {
    #expect {
      try JSONParser.parse("{\"a\": 1,\n \"b\": {\"c\": 2, \"c\": 3}}", fileName: "c.json")
    } throws: { "\($0)" == #"c.json:2: malformed JSON: duplicate key "c""# }
    #expect(throws: Never.self) { try JSONParser.parse(#"[{"a": 1}, {"a": 2}]"#) }
  }
}
