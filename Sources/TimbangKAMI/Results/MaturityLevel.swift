/// A maturity level on the scale I, I+, II, II+, III, III+, IV, IV+, V.
///
/// Levels are labels, never averaged; for charts ``value`` maps I = 1, I+ = 1.5, … V = 5.
public struct MaturityLevel: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The whole level (`II`).
  public var base: String
  /// Position of ``base`` on the instrument's scale (0 for `I`).
  public var index: Int
  /// Whether the level carries a `+` (the next level's minimum was reached, not its pass mark).
  public var plus: Bool

  public init(base: String, index: Int, plus: Bool = false) {
    self.base = base
    self.index = index
    self.plus = plus
  }

  /// `II+`.
  public var label: String { base + (plus ? "+" : "") }
  public var description: String { label }

  /// Chart value: `index + 1`, plus one half for `+`.
  public var value: Double { Double(index + 1) + (plus ? 0.5 : 0) }

  public static func < (a: MaturityLevel, b: MaturityLevel) -> Bool { a.value < b.value }
}
