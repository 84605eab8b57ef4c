import TimbangCore

/// The Indeks KAMI result for one electronic system: KSE category, areas, total, readiness status, maturity range and
/// supplements, with the provenance needed by annexes (instrument, version, input file).
public struct KAMIResult: Equatable, Sendable {
  /// The electronic-system category: the A/B/C points total and its band.
  public struct KSE: Equatable, Sendable {
    public var score: Int
    public var category: Band
  }

  public var instrumentId: String
  /// Tool version (`4.2`, `5.0`).
  public var version: String
  /// The answer file, when scored from one.
  public var file: String?
  public var kse: KSE
  public var areas: [KAMIAreaResult]
  /// Σ area scores.
  public var total: Int
  /// Σ area maxima (645, 918).
  public var max: Int
  public var readiness: ReadinessStatus.Outcome
  public var supplements: [KAMISupplementResult]
  /// Notes for the user (a supplement only partly answered, …).
  public var warnings: [Localized]

  /// `total / max × 100`: "tingkat kelengkapan penerapan standar ISO 27001" (413/645 = 64.03 %).
  public var percent: Double { max == 0 ? 0 : Double(total) / Double(max) * 100 }
  public var status: Band { readiness.status }
  /// The lowest area level.
  public var lowestLevel: MaturityLevel? { areas.map(\.level).min() }
  /// The highest area level.
  public var highestLevel: MaturityLevel? { areas.map(\.level).max() }

  /// "lowest s/d highest" of the area levels, as the official dashboard reports it (`II s/d III+`); levels are never
  /// averaged.
  public func maturityRange(_ language: Language = .id) -> String {
    guard let low = lowestLevel, let high = highestLevel else { return "" }
    return "\(low.label) \(language == .id ? "s/d" : "to") \(high.label)"
  }
}
