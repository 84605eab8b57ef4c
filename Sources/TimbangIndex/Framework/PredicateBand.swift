import TimbangCore

/// One predicate band of an index (`≥ 3.5` Sangat Baik), with exact bounds and, for Pemdi, the level it stands for.
///
/// Wraps the core ``Band`` (so the table validates with ``BandTable/validate(domain:file:path:)``) and keeps the
/// bounds as ``Rational`` so an unrounded index is compared exactly: 3.4985 is below 3.5 however it was computed.
///
/// Edge Cases: open bounds (`nil`) accept everything on that side.
///
/// Postconditions: ``contains(_:)`` agrees with `band.contains` for every value exactly representable in both.
///
/// Example: the SPBE band Baik is `[2.6, 3.5)`; it contains 3.4985 but not 3.5.
public struct PredicateBand: Sendable, Equatable {
  public var band: Band
  public var lower: Rational?
  public var upper: Rational?
  /// Pemdi: the level the band stands for (`1` for Kurang) and its name (`Merintis`).
  public var level: Int?
  public var levelName: Localized?

  public var code: String { band.code }
  /// The canonical Indonesian label (`Sangat Baik`), also used in JSON whatever the language.
  public var label: String { band.label }
  public var localized: Localized { Localized(id: band.label, en: band.labelEn ?? band.label) }

  /// The label with the level name when there is one (`Kurang (Merintis)`).
  public func fullLabel(_ language: Language) -> String {
    let base = localized.text(language)
    guard let levelName else { return base }
    return "\(base) (\(levelName.text(language)))"
  }

  /// Whether the exact value `x` lies in the band.
  public func contains(_ x: Rational) -> Bool {
    if let lower, band.lowerInclusive ? x < lower : x <= lower { return false }
    if let upper, band.upperInclusive ? x > upper : x >= upper { return false }
    return true
  }
}

extension Array where Element == PredicateBand {
  /// The band containing the exact value `x`.
  public func band(containing x: Rational) -> PredicateBand? { first { $0.contains(x) } }

  /// The band a label, code or English label names (case-, accent- and space-insensitive).
  public func band(named text: String) -> PredicateBand? {
    let key = HeaderName.normalize(text)
    return first {
      HeaderName.normalize($0.band.label) == key || HeaderName.normalize($0.code) == key
        || $0.band.labelEn.map(HeaderName.normalize) == key
        || $0.levelName.map { HeaderName.normalize($0.id) == key || HeaderName.normalize($0.en) == key } == true
    }
  }
}
