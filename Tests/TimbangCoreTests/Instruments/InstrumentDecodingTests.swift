import Testing

@testable import TimbangCore

@Suite("Instrument decoding")
struct InstrumentDecodingTests {
  let header =
    #"{"schemaVersion": 1, "id": "x", "kind": "skm", "title": "t", "source": "s", "version": "1", "provenance": "p""#

  @Test("a syntax error is located at $ with its line in the message")
  func syntax() {
    #expect {
      try InstrumentDecoding.decode(
        InstrumentHeader.self, from: Array((header + ",\n\"extra\": }").utf8), file: "x.json")
    } throws: {
      "\($0)" == "x.json: $: invalid instrument: malformed JSON on line 2: unexpected character"
    }
  }

  @Test("a key given twice is refused, not decoded from one of its values")
  func duplicateKey() {
    #expect {
      try InstrumentDecoding.decode(
        InstrumentHeader.self, from: Array((header + #", "id": "y"}"#).utf8), file: "x.json")
    } throws: {
      "\($0)" == #"x.json: $: invalid instrument: malformed JSON on line 1: duplicate key "id""#
    }
  }

  @Test("a valid header still decodes, and a wrong type names its path")
  func valid() throws {
    #expect(
      try InstrumentDecoding.decode(
        InstrumentHeader.self, from: Array((header + "}").utf8), file: "x.json"
      ).id == "x")
    #expect {
      try InstrumentDecoding.decode(
        InstrumentHeader.self,
        from: Array(
          (header.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": \"1\"")
            + "}").utf8),
        file: "x.json")
    } throws: { "\($0)" == "x.json: $.schemaVersion: invalid instrument: expected a number" }
  }
}
