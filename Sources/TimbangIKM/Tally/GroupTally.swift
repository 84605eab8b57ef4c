/// Everything needed to score one group (a service unit, a period, …): respondents, per-element tallies and
/// respondent-profile counts.
public struct GroupTally: Equatable, Sendable {
  /// The group's values of the `--by` columns (empty for the whole file).
  public var key: [String]
  /// Respondents counted (rows with at least one element cell filled; under listwise, complete rows only).
  public var respondents: Int
  public var elements: [ElementTally]
  /// Profile key → value → respondents (`gender` → `Laki-laki` → 20).
  public var profiles: [String: [String: Int]]
  /// Second-order tallies for `--precision`; `nil` when they were not kept (then precision is unavailable).
  public var pairs: PairMoments?

  public init(key: [String], elementCount: Int, scaleCount: Int) {
    self.key = key
    respondents = 0
    elements = Array(repeating: ElementTally(scaleCount: scaleCount), count: elementCount)
    profiles = [:]
  }

  public init(key: [String], respondents: Int, elements: [ElementTally], profiles: [String: [String: Int]] = [:]) {
    self.key = key
    self.respondents = respondents
    self.elements = elements
    self.profiles = profiles
  }

  /// Adds `b` into `a`. Second-order tallies survive only when both sides have them (an empty `a` takes `b`'s).
  public static func += (a: inout GroupTally, b: GroupTally) {
    if let bp = b.pairs, var ap = a.pairs {
      ap += bp
      a.pairs = ap
    } else {
      a.pairs = a.respondents == 0 && a.pairs == nil ? b.pairs : nil
    }
    a.respondents += b.respondents
    for i in a.elements.indices { a.elements[i] += b.elements[i] }
    for (profile, values) in b.profiles {
      for (value, n) in values { a.profiles[profile, default: [:]][value, default: 0] += n }
    }
  }
}
