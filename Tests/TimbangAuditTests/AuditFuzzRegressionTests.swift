import Testing
import TimbangAudit
import TimbangCore

/// Inputs found by `scripts/fuzz.sh` (target FuzzAuditClaims); each once ended in a crash or an internal error.
@Suite("Audit: fuzz regressions")
struct AuditFuzzRegressionTests {
  /// crash-607a235e: a KAMI claim printing total 824 against a maximum of 645 reached the readiness bands, which end
  /// at the maximum, and stopped with "internal error: no readiness band for total 824.0" (exit 70).
  @Test(
    "crash-607a235e: a KAMI status claimed for a total above the maximum is a mismatch, not an internal error"
  )
  func kamiTotalAboveMaximum() throws {
    let result = try AuditFixtures.audit(
      #"""
      {"claims": [{"id": "Indeks KAMI", "kind": "kami", "version": "4.2",
        "printed": {"total": 824, "max": 645, "category": "Tinggi", "status": "Pemenuhan Kerangka Kerja Dasar"}}]}
      """#)
    #expect(result.figure("Indeks KAMI", "total")?.status == .mismatch)
    let status = try #require(result.figure("Indeks KAMI", "status"))
    #expect(status.status == .mismatch)
    #expect(status.recomputed == "–")
    #expect(status.explanation == "a total of 824 is outside 0–645, so no status follows")
  }

  @Test("a negative KAMI total with areas is a mismatch too")
  func kamiNegativeTotal() throws {
    let result = try AuditFixtures.audit(
      #"""
      {"claims": [{"id": "K", "kind": "kami", "version": "4.2",
        "printed": {"total": -3, "category": "Tinggi", "status": "Tidak Layak"}}]}
      """#)
    #expect(result.figure("K", "status")?.status == .mismatch)
  }
}

@Suite("Audit: malformed printed figures")
struct AuditPrintedFigureTests {
  /// A printed figure that is not a number was once skipped, so the claim read "0/0 figures consistent" (exit 0).
  @Test(
    "a printed figure that is not a number is an error at its JSON path",
    arguments: [
      (
        #"{"id": "S", "kind": "skm", "respondents": "skm-banjarnegara-2023.csv", "printed": {"index": "tiga"}}"#,
        "$.claims[0].printed.index"
      ),
      (
        #"{"id": "K", "kind": "kami", "printed": {"areas": [{"code": "TK", "score": "x"}]}}"#,
        "$.claims[0].printed.areas[0].score"
      ),
      (
        #"{"id": "C", "kind": "capaian", "printed": {"target": 10, "realisasi": 5, "capaian": []}}"#,
        "$.claims[0].printed.capaian"
      ),
    ])
  func notANumber(claim: String, path: String) throws {
    #expect {
      try AuditFixtures.audit(#"{"claims": ["# + claim + "]}")
    } throws: { error in
      guard case .badInput(let location, let message)? = error as? TimbangError else {
        return false
      }
      return location.jsonPath == path
        && message == Localized(id: "seharusnya angka tercetak", en: "expected a printed number")
    }
  }
}
