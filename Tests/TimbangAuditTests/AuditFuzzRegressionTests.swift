import Testing
import TimbangAudit
import TimbangCore

/// Inputs found by `scripts/fuzz.sh` (target FuzzAuditClaims); each once ended in a crash or an internal error.
@Suite("Audit: fuzz regressions")
struct AuditFuzzRegressionTests {
  /// crash-607a235e: a KAMI claim printing total 824 against a maximum of 645 reached the readiness bands, which end
  /// at the maximum, and stopped with "internal error: no readiness band for total 824.0" (exit 70).
  @Test("crash-607a235e: a KAMI status claimed for a total above the maximum is a mismatch, not an internal error")
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
