import TimbangCore

/// Choices for computing capaian kinerja (`timbang sakip capaian` flags).
public struct CapaianPolicy: Sendable, Equatable {
  /// Lower-is-better formula: `standard` = (2·target − realisasi) / target × 100 (PermenPANRB 6/2022, published
  /// LKjIPs); `ratio` = target / realisasi × 100.
  public enum LowerFormula: String, Sendable, CaseIterable { case standard, ratio }
  /// What a zero target (or a zero realisasi under `ratio`) means: `error` (default) stops with a located message;
  /// `met` gives 100 when the realisasi meets the target and 0 otherwise; `skip` gives no capaian and a warning.
  public enum ZeroTarget: String, Sendable, CaseIterable { case error, met, skip }

  /// Category scale name (default: the scales file's `defaultScale`, `lkjip-5`).
  public var scale: String?
  /// Upper limit of capaian (`--cap 120`); `nil` = no cap.
  public var cap: Double?
  public var lowerFormula: LowerFormula
  public var zeroTarget: ZeroTarget
  public var language: Language

  public init(
    scale: String? = nil, cap: Double? = nil, lowerFormula: LowerFormula = .standard, zeroTarget: ZeroTarget = .error,
    language: Language = .id
  ) {
    self.scale = scale
    self.cap = cap
    self.lowerFormula = lowerFormula
    self.zeroTarget = zeroTarget
    self.language = language
  }
}

/// Whether a higher or a lower realisasi is better.
public enum Polarity: String, Sendable, CaseIterable {
  case naik
  case turun

  /// `naik`/`positif`/`maksimal` → naik; `turun`/`negatif`/`minimal` → turun; case-insensitive.
  public init?(text: String) {
    switch HeaderName.normalize(text) {
    case "naik", "positif", "maksimal", "maximize", "higher", "higherisbetter", "+": self = .naik
    case "turun", "negatif", "minimal", "minimize", "lower", "lowerisbetter", "-": self = .turun
    default: return nil
    }
  }
}
