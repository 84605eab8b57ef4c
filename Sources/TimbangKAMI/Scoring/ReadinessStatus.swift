import TimbangCore

/// The readiness status (Hasil Evaluasi Akhir) from the total of the scored areas and the KSE category.
///
/// ```
/// status = belowAreaMinimum (Tidak Layak)            if some area has score < minimum
///        = band of total in the KSE category's table  otherwise
/// ```
/// Regulation: BSSN Indeks KAMI (4.x: Tinggi 0–272 Tidak Layak, 273–455 Pemenuhan Kerangka Kerja Dasar, 456–583
/// Cukup Baik, 584–645 Baik; the other tables are instrument data).
///
/// Rounding: the total is banded at the precision it is published (whole points).
///
/// Edge Cases: several areas below their minimum are all named; an area without a minimum (PDP) never forces.
///
/// Postconditions: `status` is a band of the KSE category's table.
///
/// Example: 4.x, KSE Tinggi, total 413 → Pemenuhan Kerangka Kerja Dasar; KSE Rendah → Cukup Baik.
public enum ReadinessStatus {
  /// One area's score and minimum, as the status needs them.
  public struct AreaScore: Equatable, Sendable {
    public var code: String
    public var name: Localized
    public var score: Double
    public var minimum: Double?

    public init(code: String, name: Localized, score: Double, minimum: Double?) {
      self.code = code
      self.name = name
      self.score = score
      self.minimum = minimum
    }
  }

  public struct Outcome: Equatable, Sendable {
    public var status: Band
    /// The band the total alone falls in (differs from `status` when an area minimum forced Tidak Layak).
    public var totalBand: Band
    /// Why: the area(s) below their minimum, or the total's range.
    public var reason: Localized
    /// Codes of the areas below their minimum, in form order.
    public var areasBelowMinimum: [String]
  }

  /// Classifies `total` for the KSE category with band code `category`.
  ///
  /// - Throws: ``TimbangError/internalError(_:)`` only if the instrument's validation was bypassed.
  public static func classify(
    total: Double, category: String, areas: [AreaScore], readiness: KAMIInstrument.Readiness
  ) throws -> Outcome {
    guard let bands = readiness.bands(category: category),
      let band = bands.classify(total, publishedAt: 0),
      let forced = bands.bands.first(where: { $0.code == readiness.belowAreaMinimum })
    else { throw TimbangError.internalError("no readiness band for total \(total) in KSE category \(category)") }
    let below = areas.filter { area in area.minimum.map { area.score < $0 } ?? false }
    if !below.isEmpty {
      let id = below.map {
        "\($0.name.id) (\($0.code)) \(number($0.score)) di bawah batas minimum \(number($0.minimum ?? 0))"
      }
      let en = below.map {
        "\($0.name.en) (\($0.code)) scored \(number($0.score)), below its minimum \(number($0.minimum ?? 0))"
      }
      return Outcome(
        status: forced, totalBand: band,
        reason: Localized(
          id: "Skor area " + id.joined(separator: "; ") + ": status \(forced.label) berapa pun totalnya",
          en: "Area " + en.joined(separator: "; ") + ": status is \(forced.label(.en)) whatever the total"),
        areasBelowMinimum: below.map(\.code))
    }
    let range = rangeText(band)
    return Outcome(
      status: band, totalBand: band,
      reason: Localized(
        id: "Total \(number(total)) berada pada rentang \(band.label) (\(range)) untuk kategori SE \(category)",
        en: "Total \(number(total)) lies in the \(band.label(.en)) range (\(range)) for KSE category \(category)"),
      areasBelowMinimum: [])
  }

  /// `273–455`: a band's whole-point range (totals are whole points, so an open upper end `456` prints as `455`).
  public static func rangeText(_ band: Band) -> String {
    let lower = band.lower.map { band.lowerInclusive ? $0 : $0 + 1 } ?? 0
    guard let upper = band.upper else { return "≥ \(number(lower))" }
    return "\(number(lower))–\(number(band.upperInclusive ? upper : upper - 1))"
  }

  static func number(_ x: Double) -> String { NumberText.short(x, .plain) }
}
