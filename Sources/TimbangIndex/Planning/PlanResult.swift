import TimbangCore

/// One indicator move of a plan.
public struct PlanChange: Sendable, Equatable {
  public var number: Int
  public var code: String
  public var name: String
  /// Current value (a level for SPBE, a decimal for Pemdi).
  public var from: Rational
  /// Whole level reached.
  public var to: Int
  public var cost: Rational
  public var indexGain: Rational
}

/// The cheapest plan to a target, or the plain statement that it cannot be reached.
///
/// JSON (`spbe.md`, "Plan JSON"):
/// ```
/// {"framework": …, "target": 3.5, "targetLabel": "Sangat Baik", "predicateBasis": "unrounded",
///  "requiredIndex": 3.5, "reachable": true, "costs": "unit"|"file", "totalCost": 12, "steps": 5,
///  "changes": [{"indicator": 23, "code": "23", "name": …, "from": 1, "to": 3, "cost": 4, "indexGain": 0.03}],
///  "before": {…score result…}, "after": {…score result…}, "maximumIndex": …, "maximumPredicate": …}
/// ```
public struct PlanResult: Sendable {
  public var framework: String
  /// The target as asked (a value, or the band's lower bound).
  public var target: Rational
  /// The predicate asked for, if the target was one.
  public var targetLabel: String?
  /// The exact index the plan must reach on the predicate basis.
  public var requiredIndex: Rational
  public var basis: PredicateBasis
  public var reachable: Bool
  public var unitCosts: Bool
  public var totalCost: Rational
  public var steps: Int
  public var changes: [PlanChange]
  public var before: IndexResult
  /// The score after the plan (`nil` when unreachable).
  public var after: IndexResult?
  /// The best index the constraints allow (every movable indicator as high as allowed).
  public var maximumIndex: Rational
  public var maximumPredicate: PredicateBand?

  /// Whether nothing needs to change.
  public var alreadyReached: Bool { reachable && changes.isEmpty }

  /// One sentence for people: what the plan achieves or why it cannot.
  public var summary: Localized {
    Localized(id: summary(.id), en: summary(.en))
  }

  func summary(_ language: Language) -> String {
    let places = before.places
    let format = NumberFormat.forLanguage(language)
    func n(_ x: Rational) -> String { format.string(x.doubleValue, places: places) }
    func label(_ band: PredicateBand?) -> String { band?.localized.text(language) ?? "-" }
    let cost = format.string(totalCost.doubleValue, places: totalCost.isInteger ? 0 : 2)
    let goal = targetLabel.map { "\($0) (≥ \(n(target)))" } ?? "≥ \(n(target))"
    let id = language == .id
    if !reachable {
      return id
        ? "Target \(goal) tidak dapat dicapai: menaikkan semua indikator yang boleh naik sejauh yang diizinkan menghasilkan \(n(maximumIndex)) (\(label(maximumPredicate)))."
        : "Target \(goal) cannot be reached: raising every movable indicator as far as allowed gives \(n(maximumIndex)) (\(label(maximumPredicate)))."
    }
    if alreadyReached {
      return id
        ? "Target \(goal) sudah tercapai (\(n(before.index)))."
        : "Target \(goal) is already reached (\(n(before.index)))."
    }
    let a = after?.index ?? before.index
    return id
      ? "Target \(goal): \(changes.count) indikator naik \(steps) tingkat, total biaya \(cost); indeks \(n(before.index)) → \(n(a)) (\(label(after?.predicate)))."
      : "Target \(goal): \(changes.count) indicators rise \(steps) levels, total cost \(cost); index \(n(before.index)) → \(n(a)) (\(label(after?.predicate)))."
  }
}

extension PlanResult: JSONRepresentable {
  public var json: JSONValue {
    let pairs: [(String, JSONValue)] = [
      ("framework", .string(framework)), ("target", .number(target.doubleValue)), ("targetLabel", .string(targetLabel)),
      ("predicateBasis", .string(basis.rawValue)), ("requiredIndex", .number(requiredIndex.doubleValue)),
      ("reachable", .bool(reachable)), ("costs", .string(unitCosts ? "unit" : "file")),
      ("totalCost", .number(totalCost.doubleValue)), ("steps", .int(steps)),
      (
        "changes",
        .array(
          changes.map {
            .object([
              ("indicator", .int($0.number)), ("code", .string($0.code)), ("name", .string($0.name)),
              ("from", .number($0.from.doubleValue)), ("to", .int($0.to)), ("cost", .number($0.cost.doubleValue)),
              ("indexGain", .number($0.indexGain.doubleValue)),
            ])
          })
      ),
      ("before", before.json), ("after", after?.json ?? .null),
      ("maximumIndex", .number(maximumIndex.doubleValue)), ("maximumPredicate", .string(maximumPredicate?.label)),
      ("summary", .string(summary.en)),
    ]
    return .object(pairs)
  }
}
