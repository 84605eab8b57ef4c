import TimbangCore

extension ElementResult: JSONRepresentable {
  public var json: JSONValue {
    .object([
      ("code", .string(code)), ("name", .string(name)), ("weight", .number(weight)), ("answered", .int(answered)),
      ("missing", .int(missing)), ("invalid", .int(invalid)), ("sum", .int(sum)),
      ("counts", .array(counts.map(JSONValue.int))), ("nrr", .number(nrr)), ("weightedNrr", .number(weightedNrr)),
    ])
  }
}

extension GroupResult: JSONRepresentable {
  public var json: JSONValue { json(precisionRequested: precision != nil) }

  /// The group's JSON; with `precisionRequested` the precision keys are present (null when not computable).
  public func json(precisionRequested: Bool) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("key", .object(key.map { ($0.0, .string($0.1)) })), ("respondents", .int(respondents)),
      ("elements", .array(elements.map(\.json))), ("index", .number(index)), ("converted", .number(converted)),
      ("grade", .string(grade?.code)), ("performance", .string(grade?.label)),
      ("priorities", .array(priorities.map(JSONValue.string))),
    ]
    if precisionRequested {
      pairs += [
        ("se", .number(precision?.se)), ("ciLow", .number(precision?.ciLow)), ("ciHigh", .number(precision?.ciHigh)),
        ("gradeCertainty", .number(precision?.gradeCertainty)),
        ("minimumDetectableChange", .number(precision?.minimumDetectableChange)),
      ]
      if let fpc = precision?.finitePopulationCorrection { pairs.append(("finitePopulationCorrection", .number(fpc))) }
    }
    if !profiles.isEmpty {
      pairs.append(
        (
          "profiles",
          .object(
            profiles.keys.sorted().map { key in
              (key, .object((profiles[key] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
            })
        ))
    }
    return .object(pairs)
  }
}

extension SKMResult: JSONRepresentable {
  /// The result shape of `shared/spec/ikm.md` ("JSON result shape"), plus provenance.
  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("instrument", .string(instrumentId)), ("instrumentVersion", .string(instrumentVersion)),
      (
        "weighting",
        .object([("policy", .string(weighting.policy.rawValue)), ("weights", .array(weighting.weights.map(JSONValue.number)))])
      ),
      ("missingPolicy", .string(missingPolicy.rawValue)), ("rollup", .string(rollup.rawValue)),
    ]
    if let roundIndex { pairs.append(("roundIndex", .int(roundIndex))) }
    pairs += [
      ("by", .array(by.map(JSONValue.string))),
      ("groups", .array((by.isEmpty ? [total] : groups).map { $0.json(precisionRequested: precisionRequested) })),
      ("total", total.json(precisionRequested: precisionRequested)),
      ("warnings", .array(warnings.map { .string($0.en) })),
      ("inputs", .array(inputs.map(JSONValue.string))), ("rowsRead", .int(rowsRead)),
    ]
    return .object(pairs)
  }
}
