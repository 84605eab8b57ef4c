import TimbangCore

/// Budget absorption and the two efficiency measures of an indicator (or program).
///
/// ```
/// penyerapan = realisasi anggaran / anggaran × 100
/// gap        = capaian − penyerapan                       (positive = efficient; "efisiensi" in most LKjIPs)
/// rasio      = penyerapan / capaian × 100                 (Kepmendagri 690.900-327/1996)
/// kategori   = band of ROUND(rasio, 2): > 100 Tidak Efisien, 90–100 Kurang Efisien, 80–< 90 Cukup Efisien,
///              60–< 80 Efisien, < 60 Sangat Efisien
/// ```
///
/// Regulation: Kepmendagri 690.900-327/1996 for the ratio and its bands; the gap method is the common LKjIP
/// practice (`shared/spec/sakip.md` §3).
///
/// Rounding: none in the computation; the category is decided on the ratio rounded to the instrument's published
/// precision (2 decimals).
///
/// Edge Cases:
/// - No capaian (a qualitative target, a skipped zero target) → no gap, ratio or category.
/// - Capaian ≤ 0 → no ratio or category (a ratio against zero or negative achievement means nothing); the gap is
///   still given.
///
/// Postconditions: `gap == capaian − absorption` and `ratio == absorption / capaian × 100` when present.
///
/// Example (Prov. Kaltim 2020): capaian 112.14, penyerapan 87.29 → gap 24.85; rasio 77.84 → Efisien.
public struct BudgetEfficiency: Sendable, Equatable {
  public var anggaran: Double
  public var realisasiAnggaran: Double
  /// Penyerapan anggaran, %.
  public var absorption: Double
  public var gap: Double?
  public var ratio: Double?
  public var category: Band?

  /// Computes from the budget and the (possibly capped) capaian.
  public static func compute(
    anggaran: Double, realisasiAnggaran: Double, capaian: Double?, instrument: EfficiencyInstrument
  ) -> BudgetEfficiency {
    let absorption = realisasiAnggaran / anggaran * 100
    return from(
      absorption: absorption, capaian: capaian, anggaran: anggaran, realisasiAnggaran: realisasiAnggaran,
      instrument: instrument)
  }

  /// Computes from an absorption percentage directly (published tables often give only the percentages).
  public static func from(
    absorption: Double, capaian: Double?, anggaran: Double = .nan, realisasiAnggaran: Double = .nan,
    instrument: EfficiencyInstrument
  ) -> BudgetEfficiency {
    var result = BudgetEfficiency(
      anggaran: anggaran, realisasiAnggaran: realisasiAnggaran, absorption: absorption, gap: nil, ratio: nil,
      category: nil)
    guard let capaian else { return result }
    result.gap = capaian - absorption
    guard capaian > 0 else { return result }
    let ratio = absorption / capaian * 100
    result.ratio = ratio
    result.category = instrument.ratioBands.classify(ratio, publishedAt: instrument.publishedPlaces)
    return result
  }
}
