import TimbangCore

/// How much one more level of each indicator moves its nodes and the index, and how far each may still rise.
///
/// ```
/// index gain per level  = w_i / total                 (59/2020: 1–10 → 0.013, 21–31 → 0.015, 32–41 → 0.0275,
///                                                      42–47 → 0.030)
/// node gain per level   = w_i / W_node                (1–10 → 0.10 on D1; 21–31 → 0.0909 on D3)
/// next step             = ⌊v_i⌋ + 1;  its index gain = (⌊v_i⌋ + 1 − v_i) × w_i / total
/// headroom              = maximum level − ⌊v_i⌋
/// ```
///
/// Regulation: follows from the index formula (``IndexScorer``).
///
/// Rounding: exact; display rounds gains to 4 decimals.
///
/// Edge Cases: without indicator data (no base, or published domains only) the current level, headroom and next
/// step are unknown (`nil`); an indicator at the maximum has headroom 0 and no next step.
///
/// Postconditions: one row per indicator in instrument order.
///
/// Example: indicator 23 of 59/2020 at level 1: +0.015 index and +0.0909 D3 per level, headroom 4.
public struct SensitivityReport: Sendable {
  public struct Row: Sendable {
    public var number: Int
    public var code: String
    public var name: String
    public var weight: Rational
    public var value: Rational?
    public var level: Int?
    public var headroom: Int?
    public var indexGainPerLevel: Rational
    /// Per tier, top first: the node the indicator belongs to and its gain per level.
    public var nodeGains: [(tier: String, code: String, gain: Rational)]
    public var nextLevel: Int?
    public var nextStepIndexGain: Rational?
  }

  public var framework: String
  public var base: IndexResult?
  public var rows: [Row]
  public var wholeLevels: Bool

  /// The report for `instrument`, with current levels from `base` when it holds indicator data.
  public init(instrument: IndexInstrument, base: IndexResult?) {
    framework = instrument.id
    self.base = base
    wholeLevels = instrument.values.wholeLevels
    let maxLevel = instrument.values.maximumLevel
    let current = base.flatMap { $0.indicators.isEmpty ? nil : $0.indicators.map(\.value) }
    rows = instrument.indicators.enumerated().map { i, indicator in
      let gains = indicator.ancestors.enumerated().map { t, n in
        (
          tier: instrument.tiers[t].key, code: instrument.tiers[t].nodes[n].code,
          gain: indicator.weight / instrument.tiers[t].nodes[n].weight
        )
      }
      let value = current?[i]
      let level = value.map { Int($0.floor) }
      let next = level.flatMap { $0 < maxLevel ? $0 + 1 : nil }
      var nextGain: Rational?
      if let n = next, let v = value { nextGain = (Rational(n) - v) * indicator.weight / instrument.total }
      return Row(
        number: indicator.number, code: indicator.code, name: indicator.name, weight: indicator.weight, value: value,
        level: level, headroom: level.map { max(0, maxLevel - $0) },
        indexGainPerLevel: indicator.weight / instrument.total, nodeGains: gains, nextLevel: next,
        nextStepIndexGain: nextGain)
    }
  }
}

extension SensitivityReport: JSONRepresentable {
  /// `{"framework", "index", "indicators": [{"number", "code", "name", "weight", "level", "headroom", "indexGain",
  /// "gains": {"domains": {"code": "D1", "gain": 0.1}, …}, "nextLevel", "nextStepIndexGain"}]}`.
  public var json: JSONValue {
    .object([
      ("framework", .string(framework)),
      ("index", .number(base?.index.doubleValue)),
      (
        "indicators",
        .array(
          rows.map { r in
            var o: [(String, JSONValue)] = [
              ("number", .int(r.number)), ("code", .string(r.code)), ("name", .string(r.name)),
              ("weight", .number(r.weight.doubleValue)),
            ]
            if !wholeLevels { o.append(("value", .number(r.value?.doubleValue))) }
            o += [
              ("level", r.level.map(JSONValue.int) ?? .null), ("headroom", r.headroom.map(JSONValue.int) ?? .null),
              ("indexGain", .number(r.indexGainPerLevel.doubleValue)),
              (
                "gains",
                .object(
                  r.nodeGains.map {
                    ($0.tier, .object([("code", .string($0.code)), ("gain", .number($0.gain.doubleValue))]))
                  })
              ),
              ("nextLevel", r.nextLevel.map(JSONValue.int) ?? .null),
              ("nextStepIndexGain", .number(r.nextStepIndexGain?.doubleValue)),
            ]
            return .object(o)
          })
      ),
    ])
  }
}
