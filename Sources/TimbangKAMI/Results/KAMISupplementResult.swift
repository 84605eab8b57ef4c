import TimbangCore

/// A supplement answered in full, reported as a percentage of its own maximum (never in the total nor in maturity).
public struct KAMISupplementResult: Equatable, Sendable {
  public var code: String
  public var name: Localized
  public var score: Int
  public var max: Int

  /// `score / max × 100`; e.g. Pihak Ketiga 32/81 = 39.51 (printed "40%" in the 4.1 paper).
  public var percent: Double { max == 0 ? 0 : Double(score) / Double(max) * 100 }
}
