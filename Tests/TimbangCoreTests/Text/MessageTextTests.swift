import Testing

@testable import TimbangCore

@Suite("Message text")
struct MessageTextTests {
  @Test("ordinary messages are unchanged")
  func unchanged() {
    let text =
      #"responses.csv:41:U3: answer "5" is outside 1–4 (Persyaratan, Prosedur, Waktu; é, �)"#
    #expect(MessageText.clean(text) == text)
  }

  @Test(
    "control characters and bidirectional overrides are escaped",
    arguments: [
      ("a\nb", #"a\nb"#), ("a\r\nb", #"a\r\nb"#), ("a\tb", #"a\tb"#),
      ("\u{1B}[31mred", #"\u{1B}[31mred"#),
      ("\u{0}", #"\u{0}"#), ("\u{7F}", #"\u{7F}"#), ("\u{9B}", #"\u{9B}"#),
      ("x\u{202E}y", #"x\u{202E}y"#),
    ])
  func escaped(raw: String, expected: String) {
    #expect(MessageText.clean(raw) == expected)
  }

  @Test("a huge quoted value is shortened, keeping both ends and its length")
  func longRun() {
    let value = "A" + String(repeating: "x", count: 200_000) + "Z"
    let cleaned = MessageText.clean(#"t.csv:2:U1: answer ""# + value + #"" is not an answer"#)
    #expect(cleaned.count < 300)
    #expect(cleaned.hasPrefix(#"t.csv:2:U1: answer "Axxx"#))
    #expect(cleaned.contains(#"xxZ" [200004 characters] is not an answer"#))
  }

  @Test("a long message of short words is cut in the middle")
  func longMessage() {
    let cleaned = MessageText.clean("start " + String(repeating: "ab ", count: 5000) + "end")
    #expect(cleaned.count <= MessageText.maximumLength)
    #expect(cleaned.hasPrefix("start ab"))
    #expect(cleaned.hasSuffix("ab end"))
  }

  @Test("errors render through it: one printable line whatever the cell held")
  func errorDescription() {
    let error = TimbangError.badInput(
      SourceLocation(file: "t.csv", line: 2, column: "U1"),
      Localized(id: "jawaban \"a\nb\u{1B}\" salah", en: "answer \"a\nb\u{1B}\" is bad"))
    #expect(error.description == #"t.csv:2:U1: answer "a\nb\u{1B}" is bad"#)
    #expect(error.rawDescription == "t.csv:2:U1: answer \"a\nb\u{1B}\" is bad")
    #expect(error.message(in: .id) == #"t.csv:2:U1: jawaban "a\nb\u{1B}" salah"#)
    #expect(error.rawMessage(in: .id) == "t.csv:2:U1: jawaban \"a\nb\u{1B}\" salah")
  }
}
