extension KAMIInstrument {
  /// When an area's category-3 answers count (`shared/spec/kami.md`, "Category-3 validity").
  ///
  /// ```
  /// valid ⇔ Σ points(category-1 and category-2 questions) ≥ Σ minimumPoints[category(q)]   (4.x: 2·n₁ + 4·n₂)
  ///         ∧ (5.0) no category-1 answer in forbiddenAnswers ∧ #(category-1 answers = limitedAnswer) ≤ maxLimited
  /// ```
  public struct Category3ValidityRule: Codable, Equatable, Sendable {
    /// Points per question, by category, that the area's category-1 and category-2 answers must reach on average
    /// (`{"1": 2, "2": 4}`: TK 48, PR 36, KK 64, PA 88, TG 68 in 4.x).
    public var minimumPoints: [String: Int]
    /// 5.0's additional condition on the category-1 answers.
    public var category1: Category1Rule?

    /// The threshold for an area: `Σ minimumPoints` over its questions of the listed categories.
    public func threshold(for area: Area) -> Int {
      area.questions.reduce(0) { $0 + (minimumPoints[String($1.category)] ?? 0) }
    }

    /// The categories whose points are summed (`1` and `2`).
    public var basicCategories: Set<Int> { Set(minimumPoints.keys.compactMap { Int($0) }) }
  }

  /// 5.0: among the area's category-1 answers, none is in `forbiddenAnswers` and at most `maxLimited` are
  /// `limitedAnswer`.
  public struct Category1Rule: Codable, Equatable, Sendable {
    /// Answer codes that invalidate category 3 (`0` Tidak Dilakukan, `1` Dalam Perencanaan).
    public var forbiddenAnswers: [String]
    /// The answer code counted (`2`, Diterapkan Sebagian).
    public var limitedAnswer: String?
    /// How many `limitedAnswer` answers are tolerated (2).
    public var maxLimited: Int?

    public init(forbiddenAnswers: [String], limitedAnswer: String? = nil, maxLimited: Int? = nil) {
      self.forbiddenAnswers = forbiddenAnswers
      self.limitedAnswer = limitedAnswer
      self.maxLimited = maxLimited
    }
  }
}
