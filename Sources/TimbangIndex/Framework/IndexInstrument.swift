import TimbangCore

/// A weighted-hierarchy index as data: SPBE (PermenPANRB 5/2018 and 59/2020) and Indeks Pemdi (PermenPANRB 8/2026)
/// are three instances of this one type, loaded from `Instruments/*.json`.
///
/// The hierarchy is a list of tiers, top first (SPBE: domains, then aspects; Pemdi: aspects), and indicators that
/// hang under nodes of the lowest tier. Every weight is a percentage of the whole index:
///
/// ```
/// node value  = Σ (indicator weight × value) / node weight       (over the indicators under the node)
/// index       = Σ (indicator weight × value) / total             (total = 100)
///             = Σ (top node weight × top node value) / total
/// ```
///
/// Regulation: PermenPANRB 59/2020 Lampiran (Tabel 7–12), 5/2018, 8/2026 (see each file's `provenance`).
///
/// Rounding: none here; results carry exact ``Rational`` values and round only for display.
///
/// Edge Cases: loading validates the whole file (see ``IndexInstrument/load(_:)``), so a value of this type always
/// has positive weights that sum to their parents, bands that tile the value range, and unambiguous indicator keys.
///
/// Postconditions: `tiers` is not empty; every indicator's `ancestors` names one node per tier.
///
/// Example: `spbe-permenpanrb-59-2020` has tiers `domains` (4 nodes) and `aspects` (8 nodes) and 47 indicators.
public struct IndexInstrument: Sendable {
  public var header: InstrumentHeader
  /// The file it was loaded from (for messages and provenance).
  public var path: String
  /// Name of the index (`Indeks SPBE`).
  public var indexName: Localized
  /// Decimals the index and node values are published with.
  public var places: Int
  /// Sum of the top-tier weights (100: weights are percentages).
  public var total: Rational
  /// Evaluation years the instrument applies to (`nil` ends: open).
  public var firstYear: Int?
  public var lastYear: Int?
  public var values: ValueScale
  /// Whether indicators may be addressed by name (5/2018 repeats names, so it may not).
  public var addressByName: Bool
  public var tiers: [Tier]
  public var indicators: [Indicator]
  public var levelNameSets: [String: [LevelName]]
  public var bands: [PredicateBand]
  public var predicateBasis: PredicateBasisTable
  /// The value assessors use while an externally scored indicator is pending (Pemdi: 1.00).
  public var pendingExternalValue: Rational?
  public var pendingExternalNote: String?

  /// The id (`spbe-permenpanrb-59-2020`).
  public var id: String { header.id }
  /// The instrument family (`spbe`, `pemdi`); also the prefix of its annex table ids.
  public var kind: String { header.kind }
  /// The top tier (SPBE domains, Pemdi aspects).
  public var topTier: Tier { tiers[0] }

  /// The range of indicator values.
  public struct ValueScale: Sendable, Equatable {
    public var minimum: Rational
    public var maximum: Rational
    /// SPBE levels are whole numbers; Pemdi values are decimals whose integer part is the level.
    public var wholeLevels: Bool
    public var minimumLevel: Int { Int(minimum.floor) }
    public var maximumLevel: Int { Int(maximum.floor) }

    /// `1–5`.
    public var rangeText: String { "\(minimum.decimalText())–\(maximum.decimalText())" }

    public func contains(_ x: Rational) -> Bool { x >= minimum && x <= maximum }
  }

  /// One level of the hierarchy.
  public struct Tier: Sendable {
    /// JSON key of the tier's results (`domains`, `aspects`).
    public var key: String
    /// Input column name for top-tier data (`domain`, `aspect`).
    public var column: String
    public var label: Localized
    public var predicates: PredicateMode
    public var predicateNote: String?
    public var nodes: [Node]
  }

  /// Whether a tier's values get a predicate.
  public enum PredicateMode: String, Sendable, Codable {
    /// Always (SPBE: index, domains and aspects).
    case always
    /// Only on request (`--aspect-predicates`), labelled as not defined by the sources (Pemdi aspects).
    case optional
    case never
  }

  /// A domain or aspect.
  public struct Node: Sendable {
    public var code: String
    public var name: Localized
    public var weight: Rational
    /// Index of the parent node in the tier above (`nil` in the top tier).
    public var parent: Int?
    public var note: String?
  }

  /// An indicator: a leaf with a weight and a value.
  public struct Indicator: Sendable {
    /// 1-based position (`I01`).
    public var number: Int
    /// Code as the regulation writes it (`23`, `3.4`).
    public var code: String
    public var name: String
    public var aliases: [String]
    public var weight: Rational
    /// Node index per tier, top first.
    public var ancestors: [Int]
    /// Key into ``IndexInstrument/levelNameSets``.
    public var levelNames: String?
    /// When set, the indicator is scored from another agency's index (Pemdi 3.1, 3.2, 3.3, 6.4).
    public var external: String?
    public var note: String?
  }

  /// The name of one level (`3` → `Terdefinisi`).
  public struct LevelName: Sendable, Codable, Equatable {
    public var level: Int
    public var name: String
    public var nameEn: String?
    public var aliases: [String]?

    public var localized: Localized { Localized(id: name, en: nameEn ?? name) }
  }

  /// Indicators under node `node` of tier `tier`.
  public func indicatorIndices(tier: Int, node: Int) -> [Int] {
    indicators.indices.filter { indicators[$0].ancestors[tier] == node }
  }

  /// The name of level `level` for indicator `indicator`, if the instrument has one.
  public func levelName(indicator: Int, level: Int) -> LevelName? {
    guard let key = indicators[indicator].levelNames, let set = levelNameSets[key] else { return nil }
    return set.first { $0.level == level }
  }

  /// The evaluation-year range as text (`2018–2020`, `2021 onwards`).
  public var yearsText: String {
    switch (firstYear, lastYear) {
    case (let f?, let l?): return "\(f)–\(l)"
    case (let f?, nil): return "\(f) onwards"
    case (nil, let l?): return "until \(l)"
    default: return "any year"
    }
  }
}
