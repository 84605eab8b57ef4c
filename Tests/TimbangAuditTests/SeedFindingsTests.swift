import Testing
import TimbangAudit
import TimbangCore

/// audit.md, "Findings already known in the seed reports": each reproduced with its explanation, and the
/// consistent figures reported ok.
@Suite("Audit: seed findings (audit.md)")
struct SeedFindingsTests {
  @Test("Finding 2: Banjarnegara SAKIP 2022 — Evaluasi Internal printed weight 10 with score 17.50; total 69.40 B ok")
  func banjarnegaraSAKIP() throws {
    let result = try AuditFixtures.dataset("audit-banjarnegara-2023.json")
    let weight = try #require(result.figure("SAKIP 2022", "components[4].weight"))
    #expect(weight.status == .mismatch)
    #expect(weight.explanation == "component 4 (Evaluasi Akuntabilitas Kinerja Internal) scores 17.50 but its printed weight is 10 (the sakip-permenpanrb-88-2021 weight is 25)")
    #expect(result.figure("SAKIP 2022", "total")?.status == .ok)
    #expect(result.figure("SAKIP 2022", "predicate")?.status == .ok)
  }

  @Test("Finding 3: Banjarnegara capaian printed 293.5, recomputed 292.50")
  func banjarnegaraCapaian() throws {
    let result = try AuditFixtures.dataset("audit-banjarnegara-2023.json")
    let capaian = try #require(result.figure("Sasaran 2", "capaian"))
    #expect(capaian.status == .mismatch)
    #expect(capaian.explanation?.hasPrefix("printed 293.5, recomputed 292.50") == true)
  }

  @Test("Banjarnegara SPBE 2023 row (4.40, 2.70, 1.18, 4.07 → 3.29 Baik) is consistent")
  func banjarnegaraSPBE() throws {
    let result = try AuditFixtures.dataset("audit-banjarnegara-2023.json")
    #expect(result.claims.first { $0.id == "SPBE" }?.status == .ok)
  }

  @Test("Finding 4: Belitung 2021 — Pengukuran weight 15 with 18.28 = 25 × 73.13%; 79.22 printed 79.23")
  func belitung2021() throws {
    let result = try AuditFixtures.dataset("audit-belitung-2021.json")
    let weight = try #require(result.figure("Pengukuran Kinerja", "components[2].weight"))
    #expect(weight.explanation == "component 2 (Pengukuran Kinerja) scores 18.28 = 25 × 73.13% but its printed weight is 15 (the sakip-permenpanrb-12-2015 weight is 25)")
    #expect(result.figure("Pengukuran Kinerja", "components[2].score")?.status == .ok)
    let final = try #require(result.figure("Nilai akhir (bobot dinilai 90)", "value"))
    #expect(final.explanation == "printed 79.23, recomputed 79.22: last-digit rounding")
  }

  @Test("rescaled SAKIP total: assessed weights 90, sum 71.30 → 79.22; printed 79.23 is last-digit rounding")
  func rescaled() throws {
    let result = try AuditFixtures.audit(
      #"""
      {"claims": [{"id": "s", "kind": "sakip", "instrument": "sakip-permenpanrb-12-2015", "printed": {
        "components": [{"code": "1", "score": 22.00}, {"code": "2", "score": 18.28}, {"code": "3", "score": 11.02},
                       {"code": "4", "score": "-"}, {"code": "5", "score": 20.00}],
        "final": 79.23, "predicate": "BB"}}]}
      """#)
    let final = try #require(result.figure("s", "final"))
    #expect(final.recomputed == "79.22")
    #expect(final.explanation == "71.30 / 90 × 100 = 79.22, printed 79.23: last-digit rounding")
    #expect(result.figure("s", "predicate")?.status == .ok)
  }

  @Test("Finding 5: Kaltim 2020 — % peningkatan 0.1 should be 3.29; tingkat kemajuan 0.90 should be 89.71")
  func kaltim2020() throws {
    let result = try AuditFixtures.dataset("audit-kaltim-2020.json")
    let increase = try #require(result.figure("% peningkatan", "value"))
    #expect(increase.explanation == "(3.14 / 3.04 - 1) * 100 = 3.29, printed 0.1 (looks like the absolute difference 3.14 − 3.04)")
    let progress = try #require(result.figure("Tingkat kemajuan", "value"))
    #expect(progress.recomputed == "89.71")
    #expect(progress.explanation?.contains("looks like the ratio 3.14 / 3.5 without × 100") == true)
    // Efficiency: gap 24.85, ratio 77.84 Efisien, and the SPBE capaian 112.14 are consistent.
    #expect(result.claims.first { $0.id == "Efisiensi" }?.status == .ok)
    #expect(result.figure("Capaian SPBE", "capaian")?.status == .ok)
  }

  @Test("Finding 6: Kaltim 2019 SAKIP components sum to 55.16, printed 55.15 (CC either way); 2018 56.83 CC ok")
  func kaltim2019() throws {
    let result = try AuditFixtures.dataset("audit-kaltim-2019.json")
    let total = try #require(result.figure("SAKIP 2019", "total"))
    #expect(total.status == .mismatch && total.recomputed == "55.16")
    #expect(total.explanation == "printed 55.15, recomputed 55.16: last-digit rounding")
    #expect(result.figure("SAKIP 2019", "predicate")?.status == .ok)
    #expect(result.claims.first { $0.id == "SAKIP 2018" }?.status == .ok)
  }

  @Test("Finding 7: Belitung 2023 efficiency ratio 92.16% labelled Sangat Efisien is Kurang Efisien; 96.40 and 64.03% ok")
  func belitung2023() throws {
    let result = try AuditFixtures.dataset("audit-belitung-2023.json")
    let category = try #require(result.figure("Tabel efisiensi", "category"))
    #expect(category.status == .mismatch && category.recomputed == "Kurang Efisien")
    #expect(result.figure("IKU komposit", "value")?.status == .ok)
    #expect(result.claims.first { $0.id == "Indeks KAMI" }?.status == .ok)
    let truncated = try #require(result.figure("Capaian IKU komposit", "capaian"))
    #expect(truncated.explanation?.contains("truncated, not rounded") == true)
  }

  @Test("SPBE annex: only inconsistent rows, with reasons")
  func spbeAnnex() throws {
    let result = try AuditFixtures.annex("spbe-annex-sample.csv")
    #expect(result.rows == 9)
    #expect(result.inconsistent.map(\.line) == [8, 9, 10])
    #expect(result.inconsistent[1].reason.contains("D3 1.05 cannot come from whole levels"))
    #expect(result.inconsistent[2].reason.contains("rounded basis"))
  }
}
