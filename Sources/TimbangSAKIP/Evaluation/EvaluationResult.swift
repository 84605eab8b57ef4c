import TimbangCore

/// How the criteria of one sub-component were answered.
public struct CriteriaTally: Sendable, Equatable {
  /// Criteria counted: those the instrument lists, or those answered when it lists none.
  public var count: Int
  public var answered: Int
  /// Criteria answered Y (grade method only).
  public var met: Int?
  /// Share of criteria met, 0–100 (grade method only).
  public var share: Double?
  /// Mean criterion value, 0–1 (unanswered ones count 0).
  public var meanValue: Double
  /// Codes of the criteria without an answer.
  public var unanswered: [String]
  /// Whether the instrument lists this sub-component's criteria.
  public var listed: Bool
  /// The upgrade flag that lifted the grade (`maintained5y`), if any.
  public var upgrade: String?
}

/// The score of a component or sub-component and how it was reached.
public struct NodeScore: Sendable, Equatable {
  /// Where the score comes from.
  public enum Source: String, Sendable {
    /// A number given in the input.
    case score
    /// A grade given in the input (AA … E).
    case grade
    /// Derived from criterion answers.
    case criteria
    /// The sum of its parts.
    case parts
    /// Missing, counted 0 under `--unanswered zero`.
    case unanswered
    /// Marked `-`: not assessed (components only).
    case notAssessed
  }

  public var code: String
  public var name: Localized
  public var weight: Double
  /// `nil` when not assessed.
  public var score: Double?
  /// The grade given or derived (grade method); `nil` otherwise.
  public var grade: String?
  public var source: Source
  public var criteria: CriteriaTally?
  public var subcomponents: [NodeScore]
  /// Whether every part below was answered (scores given higher up are compared only when complete).
  var isComplete: Bool = true

  /// Score as a percentage of the weight.
  public var percent: Double? { score.map { $0 / weight * 100 } }
  public var assessed: Bool { source != .notAssessed }
}

/// The result of scoring one worksheet: components, total, predicate, rescaling, warnings.
///
/// Postconditions: `total` is within `0…maxTotal`; `predicate` contains `total` rounded to 2 decimals;
/// `assessedSum` is the plain sum of the assessed component scores; when `rescaled`,
/// `total = assessedSum / assessedWeight × maxTotal`, otherwise `total = assessedSum`.
public struct EvaluationResult: Sendable, Equatable {
  public var instrumentID: String
  public var instrumentVersion: String
  public var instrumentSource: String
  /// The input's name.
  public var input: String
  public var method: EvaluationPolicy.Method
  public var components: [NodeScore]
  public var assessedSum: Double
  /// Sum of the weights of the assessed components (= `maxTotal` unless some are marked `-`).
  public var assessedWeight: Double
  public var maxTotal: Double
  public var total: Double
  public var predicate: Band
  /// Whether some components were not assessed and the total was rescaled to `maxTotal`.
  public var rescaled: Bool
  public var warnings: [String]
}

extension NodeScore: JSONRepresentable {
  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("code", .string(code)), ("name", .string(name.id)), ("weight", .number(weight)),
      ("score", .number(score)), ("percent", .number(percent)),
    ]
    if let grade { pairs.append(("grade", .string(grade))) }
    pairs.append(("source", .string(source.rawValue)))
    if let criteria {
      var c: [(String, JSONValue)] = [
        ("count", .int(criteria.count)), ("answered", .int(criteria.answered)),
      ]
      if let met = criteria.met { c.append(("met", .int(met))) }
      if let share = criteria.share { c.append(("share", .number(share))) }
      c.append(("meanValue", .number(criteria.meanValue)))
      c.append(("unanswered", .array(criteria.unanswered.map(JSONValue.string))))
      c.append(("listed", .bool(criteria.listed)))
      if let upgrade = criteria.upgrade { c.append(("upgrade", .string(upgrade))) }
      pairs.append(("criteria", .object(c)))
    }
    pairs.append(("subcomponents", .array(subcomponents.map(\.json))))
    return .object(pairs)
  }
}

extension EvaluationResult: JSONRepresentable {
  /// The result as documented in `shared/spec/sakip.md` §1: `instrument`, `components [{code, name, weight, score,
  /// percent, subcomponents [{code, name, weight, grade?, score}]}]`, `total`, `predicate`, `predicateLabel`,
  /// `rescaled`, `warnings`, plus `instrumentVersion`, `input`, `method`, `assessedWeight`, `assessedSum`.
  public var json: JSONValue {
    .object([
      ("instrument", .string(instrumentID)),
      ("instrumentVersion", .string(instrumentVersion)),
      ("input", .string(input)),
      ("method", .string(method.rawValue)),
      (
        "components",
        .array(
          components.map { component in
            guard case .object(var pairs) = component.json else { return component.json }
            pairs.insert(("assessed", .bool(component.assessed)), at: 5)
            return .object(pairs)
          })
      ),
      ("total", .number(total)),
      ("predicate", .string(predicate.code)),
      ("predicateLabel", .string(predicate.label)),
      ("rescaled", .bool(rescaled)),
      ("assessedWeight", .number(assessedWeight)),
      ("assessedSum", .number(assessedSum)),
      ("warnings", .array(warnings.map(JSONValue.string))),
    ])
  }
}
