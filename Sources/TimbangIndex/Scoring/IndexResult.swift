import TimbangCore

/// The score of one assessment: the index, every node of every tier, every indicator, predicates, and what the
/// reader must know (warnings, notes). Values are exact; display rounds them with ``excelRound(_:places:)``.
///
/// JSON shape (`spbe.md`, "JSON result shape"; Pemdi has `aspects` as its first tier):
/// ```
/// { "framework": "spbe-permenpanrb-59-2020", "predicateBasis": "unrounded", "year": 2023, "instansi": "…",
///   "index": 3.2936, "indexRounded": 3.29, "predicate": "Baik", "fromRoundedDomains": true,
///   "domains": [{"code": "D1", "name": "…", "weight": 13, "index": 4.4, "predicate": "Memuaskan"}, …],
///   "aspects": [{"code": "A1", "parent": "D1", …}],
///   "indicators": [{"number": 1, "code": "1", "name": "…", "weight": 1.3, "level": 4, "levelName": "…"}],
///   "warnings": [], "notes": [] }
/// ```
public struct IndexResult: Sendable {
  public var framework: String
  public var kind: String
  public var indexName: Localized
  public var key: AssessmentKey
  /// The evaluation year used for the predicate basis (policy, else the assessment's own).
  public var year: Int?
  public var predicateBasis: PredicateBasis
  public var basisSource: PredicateBasisTable.Source
  /// Exact index.
  public var index: Rational
  public var predicate: PredicateBand?
  /// Decimals of publication.
  public var places: Int
  /// Whether indicator values are whole levels (SPBE) or decimals (Pemdi).
  public var wholeLevels: Bool
  /// Whether the index was computed from published (rounded) top-tier values instead of indicators.
  public var fromRoundedDomains: Bool
  /// Exact indices consistent with the rounded top-tier values and whole levels (when reconstructable).
  public var reconstructedIndices: [Rational]?
  public var tiers: [TierResult]
  public var indicators: [IndicatorResult]
  public var warnings: [Localized]
  public var notes: [Localized]

  /// The index as published.
  public var indexRounded: Double { index.doubleValue.rounded(places: places) }

  public struct TierResult: Sendable {
    public var key: String
    public var label: Localized
    public var nodes: [NodeResult]
  }

  public struct NodeResult: Sendable {
    public var code: String
    public var name: Localized
    public var weight: Rational
    public var parent: String?
    /// Exact value (`nil` when unknown: lower tiers of top-tier input).
    public var value: Rational?
    public var predicate: PredicateBand?
  }

  public struct IndicatorResult: Sendable {
    public var number: Int
    public var code: String
    public var name: String
    public var weight: Rational
    /// Code of the lowest-tier node it belongs to (`A5`).
    public var parent: String
    public var value: Rational
    /// Level reached: the value (SPBE) or its integer part (Pemdi).
    public var level: Int
    public var levelName: IndexInstrument.LevelName?
    /// Why the value was filled in rather than read (`missing`, `pending external`), or `nil`.
    public var filled: String?
  }

  /// The tier with `key`, if any.
  public func tier(_ key: String) -> TierResult? { tiers.first { $0.key == key } }

  /// The value of node `code` in any tier.
  public func node(_ code: String) -> NodeResult? {
    for tier in tiers { if let n = tier.nodes.first(where: { $0.code == code }) { return n } }
    return nil
  }
}

extension IndexResult: JSONRepresentable {
  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("framework", .string(framework)), ("predicateBasis", .string(predicateBasis.rawValue)),
    ]
    if let year { pairs.append(("year", .int(year))) }
    if let instansi = key.instansi { pairs.append(("instansi", .string(instansi))) }
    pairs += [
      ("index", .number(index.doubleValue)), ("indexRounded", .number(indexRounded)),
      ("predicate", .string(predicate?.label)),
    ]
    if let level = predicate?.level { pairs.append(("predicateLevel", .int(level))) }
    if let name = predicate?.levelName { pairs.append(("predicateLevelName", .string(name.id))) }
    pairs.append(("fromRoundedDomains", .bool(fromRoundedDomains)))
    if let reconstructedIndices {
      pairs.append(("exactIndicesFromLevels", .array(reconstructedIndices.map { .number($0.doubleValue) })))
    }
    for tier in tiers {
      pairs.append(
        (
          tier.key,
          .array(
            tier.nodes.map { node in
              var o: [(String, JSONValue)] = [
                ("code", .string(node.code)), ("name", .string(node.name.id)),
                ("weight", .number(node.weight.doubleValue)),
              ]
              if let parent = node.parent { o.append(("parent", .string(parent))) }
              o.append(("index", .number(node.value?.doubleValue)))
              o.append(("predicate", .string(node.predicate?.label)))
              return .object(o)
            })
        ))
    }
    pairs.append(
      (
        "indicators",
        .array(
          indicators.map { i in
            var o: [(String, JSONValue)] = [
              ("number", .int(i.number)), ("code", .string(i.code)), ("name", .string(i.name)),
              ("weight", .number(i.weight.doubleValue)), ("parent", .string(i.parent)),
            ]
            if !wholeLevels { o.append(("value", .number(i.value.doubleValue))) }
            o.append(("level", .int(i.level)))
            o.append(("levelName", .string(i.levelName?.name)))
            if let filled = i.filled { o.append(("filled", .string(filled))) }
            return .object(o)
          })
      ))
    pairs.append(("warnings", .array(warnings.map { .string($0.en) })))
    pairs.append(("notes", .array(notes.map { .string($0.en) })))
    return .object(pairs)
  }
}
