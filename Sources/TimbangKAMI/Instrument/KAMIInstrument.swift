import TimbangCore

/// The Indeks KAMI instrument of one BSSN version (4.x or 5.0, or a regional variant), loaded from JSON.
///
/// Everything the tool fixes is data here (`shared/spec/kami.md`): the electronic-system category questions, their
/// A/B/C points and bands; every area's questions with their category (1/2/3) and maturity tag (II–V); the
/// answer-point table; the category-3 validity rule; the readiness bands per KSE category; the area minimums; the
/// maturity thresholds `M`, `P`, `V` per level and area; and the supplements.
public struct KAMIInstrument: Codable, Equatable, Sendable {
  public var schemaVersion: Int
  public var id: String
  public var kind: String
  public var title: String
  public var source: String
  /// The tool version this file encodes (`4.2`, `5.0`).
  public var version: String
  public var provenance: String
  /// Tool versions that share this structure and scoring (`["4.0", "4.1", "4.2"]`).
  public var appliesTo: [String]?
  /// Maximum total of the scored areas (645 for 4.x, 918 for 5.0); must equal the sum of the area maxima.
  public var max: Int
  /// The electronic-system category section (questions 1.1–1.10).
  public var kse: KSESection
  /// Answer-point table for area and supplement questions, by question category.
  public var answers: [AnswerOption]
  public var category3Validity: Category3ValidityRule
  /// Maturity levels in order, lowest first (`I`, `II`, `III`, `IV`, `V`); each may carry a `+`.
  public var levels: [String]
  /// The scored areas, in form order.
  public var areas: [Area]
  public var readiness: Readiness
  /// Optional parts reported as a percentage of their own maximum, never in the total nor in maturity.
  public var supplements: [Supplement]

  /// Decodes and validates an instrument file.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the file and the JSON path of the first problem.
  public static func load(_ file: InstrumentLibrary.File) throws -> KAMIInstrument {
    try decode(file.bytes, file: file.path)
  }

  /// Decodes and validates instrument JSON (`file` names it in messages).
  public static func decode(_ bytes: [UInt8], file: String) throws -> KAMIInstrument {
    let instrument = try InstrumentDecoding.decode(KAMIInstrument.self, from: bytes, file: file)
    try instrument.validate(file: file)
    return instrument
  }
}
