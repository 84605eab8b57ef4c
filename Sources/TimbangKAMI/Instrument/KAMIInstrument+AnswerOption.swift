import TimbangCore

extension KAMIInstrument {
  /// One row of the answer-point table: a status label and its points per question category.
  ///
  /// | answer | cat 1 | cat 2 | cat 3 |
  /// |---|---|---|---|
  /// | Tidak Dilakukan | 0 | 0 | 0 |
  /// | Dalam Perencanaan | 1 | 2 | 3 |
  /// | Dalam Penerapan / Diterapkan Sebagian | 2 | 4 | 6 |
  /// | Diterapkan Secara Menyeluruh | 3 | 6 | 9 |
  /// | Tidak Berlaku (5.0, where allowed) | 3 | 6 | 9 |
  public struct AnswerOption: Codable, Equatable, Sendable {
    /// Short code accepted in answer files (`0`…`3`, `TB`).
    public var code: String
    /// Canonical Indonesian label.
    public var label: String
    public var labelEn: String?
    /// Further labels accepted in answer files ("Diterapkan Sebagian").
    public var aliases: [String]?
    /// Marks "Tidak Berlaku": accepted only on questions that allow it.
    public var notApplicable: Bool?
    /// Points by question category (`"1"`, `"2"`, `"3"`).
    public var points: [String: Int]

    public var isNotApplicable: Bool { notApplicable ?? false }

    /// Points for a question of `category` (0 when the table has no column for it; validation prevents that).
    public func points(category: Int) -> Int { points[String(category)] ?? 0 }

    public func label(_ language: Language) -> String { language == .en ? (labelEn ?? label) : label }
  }

  /// The highest points any answer gives a question of `category` ("full marks").
  public func fullMarks(category: Int) -> Int {
    answers.map { $0.points(category: category) }.max() ?? 0
  }

  /// The answer option with `code`.
  public func answer(code: String) -> AnswerOption? { answers.first { $0.code == code } }
}
