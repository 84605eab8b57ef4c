import TimbangCore

/// The JSON form of a result (`shared/spec/kami.md`, "Inputs and output"): keys in camelCase, numbers unrounded,
/// labels in canonical Indonesian whatever `--lang`.
///
/// ```
/// {"version": "4.2", "instrument": "kami-bssn-4.2", "file": "…", "kse": {"score": 28, "category": "Tinggi"},
///  "areas": [{"code": "TK", "name": …, "score": …, "max": …, "percent": …,
///             "levelScores": {"II": …, "III": …, "IV": …, "V": …}, "levelMaxima": {…},
///             "category3Valid": true, "category3Reasons": [], "category3Zeroed": 0,
///             "minimum": 16, "belowMinimum": false, "level": "II+", "levelValue": 2.5, "levelNote": …} …],
///  "total": …, "max": 645, "percent": …, "status": "Cukup Baik", "statusReason": …, "areasBelowMinimum": [],
///  "maturityRange": "II s/d III+", "supplements": [{"code": "S1", "name": …, "score": …, "max": …, "percent": …}],
///  "warnings": []}
/// ```
extension KAMIResult: JSONRepresentable {
  public var json: JSONValue {
    .object([
      ("version", .string(version)),
      ("instrument", .string(instrumentId)),
      ("file", .string(file)),
      ("kse", .object([("score", .int(kse.score)), ("category", .string(kse.category.label))])),
      ("areas", .array(areas.map(\.json))),
      ("total", .int(total)),
      ("max", .int(max)),
      ("percent", .number(percent)),
      ("status", .string(status.label)),
      ("statusReason", .string(readiness.reason.id)),
      ("areasBelowMinimum", .array(readiness.areasBelowMinimum.map(JSONValue.string))),
      ("maturityRange", .string(maturityRange(.id))),
      ("supplements", .array(supplements.map(\.json))),
      ("warnings", .array(warnings.map { .string($0.id) })),
    ])
  }
}

extension KAMIAreaResult: JSONRepresentable {
  public var json: JSONValue {
    .object([
      ("code", .string(code)),
      ("name", .string(name.id)),
      ("score", .int(score)),
      ("max", .int(max)),
      ("percent", .number(percent)),
      ("levelScores", .object(levelScores.map { ($0.level, .int($0.score)) })),
      ("levelMaxima", .object(levelScores.map { ($0.level, .int($0.max)) })),
      ("category3Valid", .bool(category3.valid)),
      ("category3Reasons", .array(category3.reasons.map { .string($0.id) })),
      ("category3Zeroed", .int(category3Zeroed)),
      ("minimum", .number(minimum)),
      ("belowMinimum", .bool(belowMinimum)),
      ("level", .string(level.label)),
      ("levelValue", .number(level.value)),
      ("levelNote", .string(maturity.note?.id)),
    ])
  }
}

extension KAMISupplementResult: JSONRepresentable {
  public var json: JSONValue {
    .object([
      ("code", .string(code)), ("name", .string(name.id)), ("score", .int(score)), ("max", .int(max)),
      ("percent", .number(percent)),
    ])
  }
}

extension KAMIAssessment: JSONRepresentable {
  /// One system: its result object. Several: `{"baseline": FILE, "baselineIndex": i, "systems": [result…]}`.
  public var json: JSONValue {
    if systems.count == 1 { return systems[0].json }
    return .object([
      ("baseline", .string(baseline.file)),
      ("baselineIndex", .int(baselineIndex)),
      ("systems", .array(systems.map(\.json))),
    ])
  }
}
