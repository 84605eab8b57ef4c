import TimbangCore

/// The staged maturity cascade of one area (`shared/spec/kami.md`, "Maturity level per area").
///
/// With `s_L` the area's points on questions tagged `L` (category-3 points only when valid):
/// ```
/// 1. II:  s_II ≥ P_II → II;  s_II ≥ M_II → I+;  else I
/// 2. III (only if II reached, s_II ≥ V_III, and in 5.0 category 3 valid):
///         s_III ≥ P_III → III;  s_III ≥ M_III → II+;  else II
/// 3. IV  (only if III reached, s_III ≥ V_IV):
///         s_IV ≥ P_IV ∧ every II and III question at full marks → IV;  s_IV ≥ M_IV → III+;  else III
/// 4. V   (only if IV reached, s_IV ≥ V_V):  s_V ≥ P_V → V;  s_V ≥ M_V → IV+;  else IV
/// ```
/// Regulation: BSSN Indeks KAMI 4.x/5.0 dashboard (formulas reconstructed; thresholds are instrument data).
///
/// Rounding: none; thresholds such as `V_III = 43.2` are compared with the exact integer scores.
///
/// Edge Cases: an area whose instrument lists no stage for a level stops at the last stage it has (PA: III); a
/// failed gate leaves the level reached so far (no `+`).
///
/// Postconditions: the result never exceeds the level of the last stage; it has a `+` only when a stage's
/// minimum, not its pass mark, was reached.
///
/// Example (4.x TK, `P_II 36`, `V_III 43.2`, `M_III/P_III 8/14`, `V_IV 16`, `M_IV/P_IV 24/54`):
/// `s_II = 54, s_III = 18, s_IV = 54` with all II/III questions at full marks → IV; with `s_II = 51` → III+.
public enum MaturityCascade {
  /// The outcome of the cascade: the level and, when it stopped below the last stage, why.
  public struct Outcome: Equatable, Sendable {
    public var level: MaturityLevel
    /// Why the next level was not reached (a failed gate or a missed threshold); `nil` at the top stage.
    public var note: Localized?
  }

  /// Runs the cascade.
  ///
  /// - Parameters:
  ///   - stages: the area's stages, first deciding `levels[1]`.
  ///   - levels: the scale's whole levels, lowest first.
  ///   - scores: `s_L` per level.
  ///   - fullMarkLevels: levels whose questions all have full marks.
  ///   - category3Valid: whether the area's category-3 answers count.
  public static func evaluate(
    stages: [KAMIInstrument.MaturityStage], levels: [String], scores: [String: Double],
    fullMarkLevels: Set<String>, category3Valid: Bool
  ) -> Outcome {
    func level(_ i: Int, plus: Bool = false) -> MaturityLevel { MaturityLevel(base: levels[i], index: i, plus: plus) }
    func compare(_ a: String, _ x: Double, _ b: String, _ y: Double) -> (id: String, en: String) {
      let (xi, xe) = NumberText.both(x)
      let (yi, ye) = NumberText.both(y)
      return ("\(a) \(xi) < \(b) \(yi)", "\(a) \(xe) < \(b) \(ye)")
    }
    var current = level(0)
    for (i, stage) in stages.enumerated() where i + 1 < levels.count {
      let target = levels[i + 1]
      let score = scores[stage.level] ?? 0
      if i > 0 {
        let previous = scores[levels[i]] ?? 0
        if let gate = stage.gate, previous < gate {
          let s = compare("s_\(levels[i])", previous, "V_\(target)", gate)
          return Outcome(
            level: current,
            note: Localized(id: "level \(target) tidak dinilai: \(s.id)", en: "level \(target) not evaluated: \(s.en)"))
        }
        if stage.gateRequiresCategory3Validity ?? false, !category3Valid {
          return Outcome(
            level: current,
            note: Localized(
              id: "level \(target) tidak dinilai: jawaban kategori 3 tidak valid",
              en: "level \(target) not evaluated: category-3 answers are not valid"))
        }
      }
      let missingFull = (stage.passRequiresFullMarks ?? []).filter { !fullMarkLevels.contains($0) }
      if score >= stage.pass && missingFull.isEmpty {
        current = level(i + 1)
        continue
      }
      let why: Localized
      if score >= stage.pass {
        let list = missingFull.joined(separator: ", ")
        why = Localized(
          id: "level \(target) butuh nilai penuh pada semua pertanyaan level \(list)",
          en: "level \(target) needs full marks on every level \(list) question")
      } else {
        let s = compare("s_\(target)", score, "P_\(target)", stage.pass)
        why = Localized(id: "level \(target) belum tercapai: \(s.id)", en: "level \(target) not reached: \(s.en)")
      }
      return Outcome(level: score >= stage.minimum ? level(i, plus: true) : current, note: why)
    }
    return Outcome(level: current, note: nil)
  }
}
