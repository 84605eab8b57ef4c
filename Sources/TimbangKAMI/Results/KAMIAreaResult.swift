import TimbangCore

/// One scored area: its score (category-3 points only when valid), maximum, points per maturity level, the
/// category-3 check, and the maturity level.
public struct KAMIAreaResult: Equatable, Sendable {
  /// Points and maximum of the area's questions tagged one level.
  public struct LevelScore: Equatable, Sendable {
    public var level: String
    public var score: Int
    public var max: Int
    /// Whether every question of this level has full marks.
    public var fullMarks: Bool
  }

  public var code: String
  public var name: Localized
  /// Area score after category-3 zeroing.
  public var score: Int
  public var max: Int
  /// Points the category-3 answers would have scored but did not count (0 when valid).
  public var category3Zeroed: Int
  public var category3: Category3Check
  /// Whether the area has category-3 questions at all (PDP has none: nothing can be zeroed).
  public var hasCategory3: Bool
  /// `s_L` for every level above the first (`II`…`V`), including levels with no questions (score and max 0).
  public var levelScores: [LevelScore]
  public var maturity: MaturityCascade.Outcome
  public var minimum: Double?

  /// `score / max × 100`.
  public var percent: Double { max == 0 ? 0 : Double(score) / Double(max) * 100 }
  public var level: MaturityLevel { maturity.level }
  public var belowMinimum: Bool { minimum.map { Double(score) < $0 } ?? false }
}
