import TimbangCore

/// A SAKIP evaluation worksheet (LKE) as data: components, sub-components (possibly nested), criteria, the grade
/// table, the share-of-criteria rule, the criterion answer values and the predicate bands.
///
/// Regulation: PermenPANRB 88/2021 (`sakip-permenpanrb-88-2021`, four components split 20/30/50) and the historical
/// PermenPANRB 12/2015 (`sakip-permenpanrb-12-2015`, five components, Perencanaan with sub-sub-components); see
/// `shared/spec/sakip.md` §1. Users may pass their own file (a regional variant) wherever an id is accepted.
///
/// Postconditions (after ``load(_:)``): codes are unique over the whole tree; every node's children weigh exactly
/// their parent (within 1e-9) and the components weigh `maxTotal`; predicate bands tile `0…maxTotal`; share bands
/// tile `0…100` and name grades of the grade table.
public struct SAKIPInstrument: Sendable {
  public var header: InstrumentHeader
  /// Decimals at which totals are published; the predicate is decided on the total rounded to them.
  public var publishedPlaces: Int
  /// The highest possible total (100).
  public var maxTotal: Double
  /// Sub-component grades (AA 100 … E 0, % of the sub-component weight); empty when the instrument has none.
  public var grades: [Grade]
  /// Grade from the share *p* (0–100) of criteria answered Y (88/2021); `nil` when the instrument has none.
  public var shareGrades: BandTable?
  /// Criterion answers and their values (Y 1, T 0, A 1 … E 0).
  public var answers: [Answer]
  /// Predicate bands on the published total.
  public var predicates: BandTable
  public var components: [Node]
  /// Remarks printed with the instrument (alternative splits, conventions).
  public var notes: [String]

  /// A sub-component grade and its percentage of the sub-component weight.
  public struct Grade: Codable, Equatable, Sendable {
    public var code: String
    public var percent: Double
  }

  /// A criterion answer (`Y`, `T`, `A`…`E`), its aliases (`Ya`) and value (0…1). `yesNo` answers are the ones the
  /// grade method counts.
  public struct Answer: Codable, Equatable, Sendable {
    public var answer: String
    public var aliases: [String]
    public var value: Double
    public var yesNo: Bool

    enum CodingKeys: String, CodingKey { case answer, aliases, value, yesNo }

    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      answer = try c.decode(String.self, forKey: .answer)
      aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
      value = try c.decode(Double.self, forKey: .value)
      yesNo = try c.decodeIfPresent(Bool.self, forKey: .yesNo) ?? false
    }
  }

  /// An extra condition that lifts a fully met sub-component (grade BB) to a higher grade: `1.1.maintained1y,Y`.
  public struct Upgrade: Codable, Equatable, Sendable {
    public var flag: String
    public var grade: String
    public var text: String
  }

  /// One criterion of a sub-component (`1.1.3`) and its short text.
  public struct Criterion: Codable, Equatable, Sendable {
    public var code: String
    public var text: String
  }

  /// A component or sub-component. A node without `subcomponents` is a leaf: it takes a grade, a score or criterion
  /// answers. `criteria == nil` on a leaf means the instrument does not list them (answers `leaf.N` are accepted).
  public struct Node: Codable, Equatable, Sendable {
    public var code: String
    public var name: String
    public var nameEn: String?
    public var weight: Double
    public var subcomponents: [Node]
    public var criteria: [Criterion]?
    public var upgrades: [Upgrade]

    enum CodingKeys: String, CodingKey { case code, name, nameEn, weight, subcomponents, criteria, upgrades }

    public init(from decoder: Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      code = try c.decode(String.self, forKey: .code)
      name = try c.decode(String.self, forKey: .name)
      nameEn = try c.decodeIfPresent(String.self, forKey: .nameEn)
      weight = try c.decode(Double.self, forKey: .weight)
      subcomponents = try c.decodeIfPresent([Node].self, forKey: .subcomponents) ?? []
      criteria = try c.decodeIfPresent([Criterion].self, forKey: .criteria)
      upgrades = try c.decodeIfPresent([Upgrade].self, forKey: .upgrades) ?? []
    }

    public var isLeaf: Bool { subcomponents.isEmpty }
    public var title: Localized { Localized(id: name, en: nameEn ?? name) }
  }

  /// The grade with `code`, or `nil`.
  public func grade(_ code: String) -> Grade? { grades.first { $0.code == code } }

  /// The answer written as `text` (case-insensitive, aliases included), or `nil`.
  public func answer(_ text: String) -> Answer? {
    let key = HeaderName.normalize(text)
    return answers.first { a in
      HeaderName.normalize(a.answer) == key || a.aliases.contains { HeaderName.normalize($0) == key }
    }
  }
}

extension SAKIPInstrument: Decodable {
  enum CodingKeys: String, CodingKey {
    case publishedPlaces, maxTotal, grades, shareGrades, answers, predicates, components, notes
  }

  public init(from decoder: Decoder) throws {
    header = try InstrumentHeader(from: decoder)
    let c = try decoder.container(keyedBy: CodingKeys.self)
    publishedPlaces = try c.decodeIfPresent(Int.self, forKey: .publishedPlaces) ?? 2
    maxTotal = try c.decodeIfPresent(Double.self, forKey: .maxTotal) ?? 100
    grades = try c.decodeIfPresent([Grade].self, forKey: .grades) ?? []
    shareGrades = try c.decodeIfPresent(BandTable.self, forKey: .shareGrades)
    answers = try c.decode([Answer].self, forKey: .answers)
    predicates = try c.decode(BandTable.self, forKey: .predicates)
    components = try c.decode([Node].self, forKey: .components)
    notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
  }

  /// Decodes and validates an instrument file of kind `sakip`.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the file and the JSON path of the first problem.
  public static func load(_ file: InstrumentLibrary.File) throws -> SAKIPInstrument {
    try decode(file.bytes, file: file.path)
  }

  /// Decodes and validates instrument bytes (tests, in-memory variants).
  public static func decode(_ bytes: [UInt8], file: String) throws -> SAKIPInstrument {
    let instrument = try InstrumentDecoding.decode(SAKIPInstrument.self, from: bytes, file: file)
    guard instrument.header.kind == "sakip" else {
      throw InstrumentValidator(file: file).fail("$.kind", SAKIPMessages.wrongKind(instrument.header.kind, "sakip"))
    }
    try instrument.validate(file: file)
    return instrument
  }
}
