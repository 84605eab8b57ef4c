import Testing
import TimbangAudit
import TimbangCore

/// audit.md, finding 1: Banjarnegara 2023 SKM.
@Suite("Audit: SKM (Banjarnegara 2023)")
struct SKMAuditTests {
  @Test("U8 rows sum 126 vs printed 130; prose 3.379 vs 3.376; honest 84.104 vs printed 84.388, grade B either way")
  func banjarnegara() throws {
    let result = try AuditFixtures.dataset("audit-banjarnegara-2023.json")
    let u8 = try #require(result.figure("SKM", "sums[U8]"))
    #expect(u8.status == .mismatch && u8.printed == "130" && u8.recomputed == "126")
    #expect(u8.explanation == "U8: the 39 respondent rows sum to 126, the table prints 130")
    let prose = try #require(result.figure("SKM", "proseIndex"))
    #expect(prose.status == .mismatch)
    #expect(prose.explanation == "index matches weight 1/9 (3.379), the table's own column uses 0.111 (3.376)")
    let honest = try #require(result.figure("SKM", "converted (from respondent rows)"))
    #expect(honest.status == .mismatch && honest.propagated && honest.recomputed == "84.104")
    #expect(honest.explanation?.contains("grade B either way") == true)
    // Consistent figures: the printed index, converted value and grade follow from the printed sums.
    for name in ["index", "converted", "grade", "sums[U1]", "nrr[U8]", "weightedNrr[U8]"] {
      #expect(result.figure("SKM", name)?.status == .ok, "\(name)")
    }
  }

  @Test("a figure is compared at its printed precision")
  func precision() throws {
    let ok = try AuditFixtures.audit(
      #"{"claims": [{"id": "a", "kind": "skm", "respondents": 39, "printed": {"sums": [122,120,118,151,117,156,154,130,118], "converted": 84.39}}]}"#)
    #expect(ok.figure("a", "converted")?.status == .ok)
    let off = try AuditFixtures.audit(
      #"{"claims": [{"id": "a", "kind": "skm", "respondents": 39, "printed": {"sums": [122,120,118,151,117,156,154,130,118], "converted": "84.40"}}]}"#)
    #expect(off.figure("a", "converted")?.explanation == "printed 84.40, recomputed 84.39: last-digit rounding")
  }
}

@Suite("Audit: expressions")
struct ExpressionAuditTests {
  @Test(
    "free arithmetic of LKjIP tables",
    arguments: [
      ("(3.14 / 3.04 - 1) * 100", "0.1", "mismatch", "looks like the absolute difference 3.14 − 3.04"),
      ("3.14 / 3.5 * 100", "0.90", "mismatch", "looks like the ratio 3.14 / 3.5 without × 100"),
      ("3.14 / 3.5 × 100", "89.71", "ok", ""),
      ("29.25 / 10 × 100", "292.50", "ok", ""),
      ("(2 * 10 - 8) / 10 * 100", "120", "ok", ""),
    ])
  func expressions(text: String, printed: String, status: String, explanation: String) throws {
    let result = try AuditFixtures.audit(
      #"{"claims": [{"id": "e", "kind": "expression", "expression": "\#(text)", "printed": "\#(printed)"}]}"#)
    let figure = try #require(result.figure("e", "value"))
    #expect(figure.status.rawValue == status)
    #expect(explanation.isEmpty ? figure.explanation == nil : (figure.explanation ?? "").contains(explanation))
  }

  @Test(
    "malformed claims files are located errors",
    arguments: [
      (#"{"claims": {}}"#, "$.claims"), (#"{"claims": [{"id": "x", "kind": "magic", "printed": 1}]}"#, "$.claims[0].kind"),
      (#"{"claims": [{"id": "x", "kind": "expression", "expression": "1 + ", "printed": 1}]}"#, "$.claims[0].expression"),
      (#"{"claims": [{"kind": "skm", "printed": {}}]}"#, "$.claims[0].id"), (#"{"claims": [1,"#, "malformed JSON"),
    ])
  func malformed(json: String, location: String) throws {
    #expect { try AuditFixtures.audit(json) } throws: { error in
      guard let e = error as? TimbangError else { return false }
      return e.exitCode == 65 && e.description.contains(location)
    }
  }
}
