import TimbangCore

/// A satisfaction-survey instrument (PermenPANRB 14/2017, KepMenPAN 25/2004, or a regional variant), loaded from JSON.
///
/// Everything the regulation fixes is data here: elements and their header aliases, answer labels and their scores,
/// the printed weights, the conversion factor and the bands.
public struct SKMInstrument: Codable, Equatable, Sendable {
  public var schemaVersion: Int
  public var id: String
  public var kind: String
  public var title: String
  public var source: String
  public var version: String
  public var provenance: String
  /// Answer scale; 1–4 in both regulations.
  public var scale: Scale
  /// IKM → IKM unit pelayanan factor (25).
  public var conversionFactor: Double
  /// Decimals at which the converted value is published and banded (2).
  public var publishedPlaces: Int
  /// Converted values below this get a warning (the lowest band's nominal floor, 25.00).
  public var lowWarningBelow: Double?
  public var elements: [Element]
  /// Labels accepted for every element, by score (`genericAnswers[0]` scores `scale.min`).
  public var genericAnswers: [[String]]
  public var weights: Weights
  public var bands: BandTable
  /// Respondent-profile columns the instrument recognises.
  public var profiles: [Profile]

  public struct Scale: Codable, Equatable, Sendable {
    public var min: Int
    public var max: Int
    public var count: Int { max - min + 1 }
  }

  public struct Element: Codable, Equatable, Sendable {
    public var code: String
    public var name: String
    /// Header names that identify this element (besides `code` and `name`).
    public var aliases: [String]
    /// The questionnaire's answer labels, by score.
    public var answers: [String]
  }

  public struct Weights: Codable, Equatable, Sendable {
    /// The weight printed on the regulation's processing form, per element (kept exactly as printed).
    public var printed: [Double]
    /// A regional variant's own weights; must sum to 1 within 1e-9.
    public var custom: [Double]?
  }

  public struct Profile: Codable, Equatable, Sendable {
    public var key: String
    public var label: String
    public var labelEn: String?
    public var aliases: [String]
    /// For numeric age columns: the bands values are grouped into.
    public var ageBands: [AgeBand]?
  }

  public struct AgeBand: Codable, Equatable, Sendable {
    public var label: String
    public var lower: Double?
    public var upper: Double?
  }

  /// Decodes and validates an instrument file.
  public static func load(_ file: InstrumentLibrary.File) throws -> SKMInstrument {
    let instrument = try InstrumentDecoding.decode(SKMInstrument.self, from: file.bytes, file: file.path)
    try instrument.validate(file: file.path)
    return instrument
  }

  /// Checks codes and aliases are unique, answers fit the scale, weights are complete, bands tile the range.
  public func validate(file: String) throws {
    let v = InstrumentValidator(file: file)
    guard scale.min < scale.max else {
      throw v.fail("$.scale", Localized(id: "min harus lebih kecil dari max", en: "min must be below max"))
    }
    guard !elements.isEmpty else { throw v.fail("$.elements", Localized(id: "tidak ada unsur", en: "no elements")) }
    try v.unique(elements.map(\.code), path: "$.elements", what: Localized(id: "kode unsur", en: "element code"))
    var owner: [String: String] = [:]
    for (i, element) in elements.enumerated() {
      guard element.answers.count == scale.count else {
        throw v.fail(
          "$.elements[\(i)].answers",
          Localized(
            id: "seharusnya \(scale.count) label jawaban, ditemukan \(element.answers.count)",
            en: "expected \(scale.count) answer labels, found \(element.answers.count)"))
      }
      for name in [element.code, element.name] + element.aliases {
        let key = HeaderName.normalize(name)
        if let other = owner[key], other != element.code {
          throw v.fail(
            "$.elements[\(i)].aliases",
            Localized(id: "\"\(name)\" juga menunjuk \(other)", en: "\"\(name)\" also identifies \(other)"))
        }
        owner[key] = element.code
      }
      // An element's labels must not give one spelling two scores (with the generic scale too).
      var scores: [String: Int] = [:]
      for (s, labels) in zip(scale.min..., genericAnswers) {
        for label in labels { scores[HeaderName.normalize(label)] = s }
      }
      for (s, label) in zip(scale.min..., element.answers) {
        let key = HeaderName.normalize(label)
        if let other = scores[key], other != s {
          throw v.fail(
            "$.elements[\(i)].answers",
            Localized(
              id: "\"\(label)\" bernilai \(s) di sini tetapi \(other) pada skala umum",
              en: "\"\(label)\" scores \(s) here but \(other) on the generic scale"))
        }
      }
    }
    guard genericAnswers.count == scale.count else {
      throw v.fail(
        "$.genericAnswers",
        Localized(
          id: "seharusnya \(scale.count) daftar label, ditemukan \(genericAnswers.count)",
          en: "expected \(scale.count) lists of labels, found \(genericAnswers.count)"))
    }
    guard weights.printed.count == elements.count else {
      throw v.fail("$.weights.printed", Self.weightCount(elements.count, weights.printed.count))
    }
    if let (i, w) = weights.printed.enumerated().first(where: { !($0.1 > 0 && $0.1 <= 1) }) {
      throw v.fail(
        "$.weights.printed[\(i)]",
        Localized(id: "bobot \(w) di luar rentang (0, 1]", en: "weight \(w) is outside (0, 1]"))
    }
    // Printed weights are roundings of weights that sum to 1 (9 × 0.111 = 0.999, 14 × 0.071 = 0.994): their sum may
    // miss 1 by at most half a unit in the last printed decimal of each.
    let printedSum = weights.printed.reduce(0, +)
    let allowance = weights.printed.map { 0.5 / Self.decimalScale($0) }.reduce(0, +)
    if abs(printedSum - 1) > allowance + 1e-12 {
      let sum = NumberFormat.plain.compact(printedSum, maxPlaces: 6)
      let limit = NumberFormat.plain.compact(allowance, maxPlaces: 6)
      throw v.fail(
        "$.weights.printed",
        Localized(
          id: "bobot tercetak berjumlah \(sum), bukan 1 (pembulatan bobot hanya dapat menggeser jumlahnya \(limit))",
          en: "printed weights sum to \(sum), not 1 (rounding the weights can move their sum by at most \(limit))"))
    }
    if let custom = weights.custom {
      guard custom.count == elements.count else {
        throw v.fail("$.weights.custom", Self.weightCount(elements.count, custom.count))
      }
      try v.sums(custom, to: 1, path: "$.weights.custom", what: Localized(id: "bobot khusus", en: "custom weights"))
    }
    guard conversionFactor > 0 else {
      throw v.fail("$.conversionFactor", Localized(id: "harus positif", en: "must be positive"))
    }
    // Bands must cover every converted value the formulas can produce: 0 up to max × factor.
    try bands.validate(domain: 0...(Double(scale.max) * conversionFactor), file: file, path: "$.bands")
    try v.unique(profiles.map(\.key), path: "$.profiles", what: Localized(id: "kunci profil", en: "profile key"))
  }

  /// 10 to the number of decimals a weight was written with: the least `10^p` (p ≤ 17) for which `w · 10^p` is a
  /// whole number (`0.111` → 1000, `0.5` → 10, `1` → 1).
  static func decimalScale(_ w: Double) -> Double {
    var scale = 1.0
    for _ in 0..<17 {
      if (w * scale).rounded() / scale == w { return scale }
      scale *= 10
    }
    return scale
  }

  private static func weightCount(_ expected: Int, _ found: Int) -> Localized {
    Localized(
      id: "seharusnya \(expected) bobot, ditemukan \(found)", en: "expected \(expected) weights, found \(found)")
  }
}
