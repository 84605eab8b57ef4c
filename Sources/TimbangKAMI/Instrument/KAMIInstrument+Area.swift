import TimbangCore

extension KAMIInstrument {
  /// A scored area (Tata Kelola, Pengelolaan Risiko, …): its questions, minimum and maturity thresholds.
  public struct Area: Codable, Equatable, Sendable {
    /// `TK`, `PR`, `KK`, `PA`, `TG`, `PDP`.
    public var code: String
    public var name: String
    public var nameEn: String?
    /// Maximum score; must equal the sum of the questions' full marks (e.g. TK 126).
    public var max: Int
    /// Area minimum: a score below it makes the readiness status Tidak Layak whatever the total (none for PDP).
    public var minimum: Double?
    /// The staged maturity cascade, one stage per level from II upwards.
    public var maturity: [MaturityStage]
    public var questions: [Question]

    public func name(_ language: Language) -> String { language == .en ? (nameEn ?? name) : name }
    public var localizedName: Localized { Localized(id: name, en: nameEn ?? name) }
  }

  /// One stage of the maturity cascade for an area (`shared/spec/kami.md`, "Maturity level per area").
  ///
  /// With `s_L` the points of the area's questions tagged `L`: when the previous stage reached its level and
  /// `s_(L-1) ≥ gate` (and, if flagged, the area's category-3 answers are valid), the area reaches `L` when
  /// `s_L ≥ pass` (and, if listed, every question of the `passRequiresFullMarks` levels has full marks), else
  /// `(L−1)+` when `s_L ≥ minimum`, else stays at `L−1`.
  public struct MaturityStage: Codable, Equatable, Sendable {
    /// The level this stage decides (`II`, `III`, `IV`, `V`).
    public var level: String
    /// `V_L`: checked on the previous level's score before this stage is evaluated (absent on the first stage).
    public var gate: Double?
    /// `M_L`: the score that reaches the partial level `(L−1)+`.
    public var minimum: Double
    /// `P_L`: the score that reaches `L`.
    public var pass: Double
    /// 5.0: the gate also requires the area's category-3 answers to be valid.
    public var gateRequiresCategory3Validity: Bool?
    /// Levels whose questions must all be at full marks for `L` (IV: `["II", "III"]`).
    public var passRequiresFullMarks: [String]?
  }

  /// The questions of every area, in form order.
  public var areaQuestions: [Question] { areas.flatMap(\.questions) }
}

extension KAMIInstrument.Area {
  /// Full marks of the area's questions tagged `level`, under `instrument`'s answer table.
  public func maximum(level: String, in instrument: KAMIInstrument) -> Int {
    questions.filter { $0.level == level }.reduce(0) { $0 + instrument.fullMarks(category: $1.category) }
  }

  /// Whether the area has category-3 questions (otherwise nothing can be zeroed).
  public var hasCategory3: Bool { questions.contains { $0.category == 3 } }
}
