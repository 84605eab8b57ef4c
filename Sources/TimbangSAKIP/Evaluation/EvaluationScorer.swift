import TimbangCore

/// Scores an evaluation worksheet (LKE) against a SAKIP instrument.
///
/// ```
/// grade input      sub score   = weight × grade% / 100                 (AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0)
/// value method     sub score   = weight × mean(criterion values)        (Y 1, T 0, A 1, B 0.75, C 0.5, D 0.25, E 0)
/// grade method     p           = criteria answered Y / criteria × 100
///                  grade       = BB if p = 100 (A / AA with the upgrade flags), B if 75 < p < 100, CC if 50 < p ≤ 75,
///                                C if 25 < p ≤ 50, D if 0 < p ≤ 25, E if p = 0
/// component        score       = given score, or Σ sub-component scores
/// total            Σ component scores; with components marked "-":  Σ assessed / Σ assessed weights × 100
/// predicate        band of ROUND(total, 2)   (lower bound exclusive, upper inclusive; D includes 0)
/// ```
///
/// Regulation: PermenPANRB 88/2021 (Lampiran, LKE and predicates); PermenPANRB 12/2015 for the historical instrument;
/// `shared/spec/sakip.md` §1.
///
/// Rounding: none before the total; sums are plain sums of unrounded scores. Only the predicate is decided on the
/// total rounded to 2 decimals (``SAKIPPredicate``). Consistency checks between a given score and its parts compare at
/// 2 decimals.
///
/// Edge Cases:
/// - A code the instrument does not know, a duplicate code, a grade outside AA…E, an answer outside Y/T/A–E, a score
///   below 0 or above its weight, `-` on anything but a component: located errors (exit 65).
/// - A component without any input is an error (mark it `-` when it was not assessed). Unanswered criteria or
///   sub-components are errors unless ``EvaluationPolicy/Unanswered/zero`` (then 0, listed in the warnings).
/// - A sub-component given both a grade (or score) and criterion answers: the given value is used and a warning
///   names any disagreement with the answers. The same for a component given a score and its parts.
/// - Under the grade method, A–E answers are errors (the method counts Y/T); upgrade flags apply only when every
///   criterion is met, and are otherwise ignored with a warning.
/// - No component assessed: error.
///
/// Postconditions: see ``EvaluationResult``.
///
/// Example: Kab. Belitung 2022, grades BB/B/B, BB/BB/B, B/CC/B, BB/B/B → 21.60 + 22.50 + 10.05 + 18.00 = 72.15, BB.
public enum EvaluationScorer {
  public static func score(
    _ input: WorksheetInput, instrument: SAKIPInstrument, policy: EvaluationPolicy = EvaluationPolicy()
  ) throws -> EvaluationResult {
    var run = EvaluationRun(input: input, instrument: instrument, policy: policy)
    return try run.score()
  }
}

/// One scoring pass: the input classified against the instrument's codes, then the tree evaluated bottom-up.
struct EvaluationRun {
  typealias Node = SAKIPInstrument.Node
  typealias Entry = WorksheetInput.Entry

  enum Given {
    case notAssessed
    case score(Double)
    case grade(SAKIPInstrument.Grade)
  }

  struct AnswerEntry {
    var code: String
    var answer: SAKIPInstrument.Answer?
    var entry: Entry
  }

  struct FlagEntry {
    var upgrade: SAKIPInstrument.Upgrade
    var on: Bool
    var entry: Entry
  }

  let input: WorksheetInput
  let instrument: SAKIPInstrument
  let policy: EvaluationPolicy
  let say: Say
  var warnings: [String] = []

  /// Node code → node and whether it is a component.
  var nodes: [String: (node: Node, isComponent: Bool)] = [:]
  /// Listed criterion code → leaf code.
  var criterionLeaf: [String: String] = [:]

  var given: [String: (value: Given, entry: Entry)] = [:]
  var answers: [String: [AnswerEntry]] = [:]
  var flags: [String: [FlagEntry]] = [:]
  /// First blank entry at or below a node code (to locate "unanswered" errors).
  var blanks: [String: Entry] = [:]
  /// Node codes with any entry (even blank) at or below them.
  var touched = Set<String>()

  init(input: WorksheetInput, instrument: SAKIPInstrument, policy: EvaluationPolicy) {
    self.input = input
    self.instrument = instrument
    self.policy = policy
    self.say = Say(policy.language)
    func index(_ list: [Node], isComponent: Bool) {
      for node in list {
        nodes[node.code] = (node, isComponent)
        for criterion in node.criteria ?? [] { criterionLeaf[criterion.code] = node.code }
        index(node.subcomponents, isComponent: false)
      }
    }
    index(instrument.components, isComponent: true)
  }

  // MARK: - Scoring

  mutating func score() throws -> EvaluationResult {
    try classify()
    var components: [NodeScore] = []
    for component in instrument.components {
      guard let scored = try evaluate(component, isComponent: true, required: true) else {
        throw TimbangError.internalError("component \(component.code) left unscored")
      }
      components.append(scored)
    }
    let assessed = components.filter(\.assessed)
    guard !assessed.isEmpty else {
      throw TimbangError.badInput(
        SourceLocation(file: input.file),
        Localized(
          id: "tidak ada komponen yang dinilai (semua ditandai '-')",
          en: "no component is assessed (all are marked '-')"))
    }
    let assessedSum = assessed.compactMap(\.score).reduce(0, +)
    let assessedWeight = assessed.map(\.weight).reduce(0, +)
    let rescaled = assessed.count < components.count
    let total = rescaled ? assessedSum / assessedWeight * instrument.maxTotal : assessedSum
    if rescaled {
      let skipped = components.filter { !$0.assessed }.map(\.code)
      warnings.append(
        say(
          "\(input.file): komponen \(say.list(skipped)) tidak dinilai: nilai \(say.fixed(assessedSum)) "
            + "disetarakan atas bobot \(say.number(assessedWeight)) → \(say.fixed(total))",
          "\(input.file): component \(say.list(skipped)) not assessed: \(say.fixed(assessedSum)) rescaled from "
            + "weight \(say.number(assessedWeight)) → \(say.fixed(total))"))
    }
    let predicate = try SAKIPPredicate.classify(
      total, instrument: instrument, location: SourceLocation(file: input.file))
    return EvaluationResult(
      instrumentID: instrument.header.id, instrumentVersion: instrument.header.version,
      instrumentSource: instrument.header.source, input: input.file, method: policy.method, components: components,
      assessedSum: assessedSum, assessedWeight: assessedWeight, maxTotal: instrument.maxTotal, total: total,
      predicate: predicate, rescaled: rescaled, warnings: warnings)
  }

  // MARK: - Classifying the input

  /// Reads every entry as a node value, a criterion answer or an upgrade flag.
  mutating func classify() throws {
    var seen: [String: Entry] = [:]
    for entry in input.entries {
      var code = entry.code.trimmingWhitespace
      while code.hasSuffix(".") { code.removeLast() }
      guard !code.isEmpty else {
        throw bad(
          entry, Localized(id: "kode kosong (nilai \"\(entry.value)\")", en: "empty code (value \"\(entry.value)\")"))
      }
      if let first = seen[code.lowercased()] {
        throw bad(
          entry,
          Localized(
            id: "kode \(code) sudah diisi di \(place(first))", en: "code \(code) was already given at \(place(first))")
        )
      }
      seen[code.lowercased()] = entry
      let text = entry.value.trimmingWhitespace

      if let (node, isComponent) = nodes[code] {
        touch(code)
        if text.isEmpty {
          if blanks[code] == nil { blanks[code] = entry }
          continue
        }
        given[code] = (try nodeValue(text, node: node, isComponent: isComponent, entry: entry), entry)
        continue
      }
      if let leafCode = criterionLeaf[code] {
        try addAnswer(code: code, text: text, leafCode: leafCode, entry: entry)
        continue
      }
      if let dot = code.lastIndex(of: "."), let (leaf, _) = nodes[String(code[..<dot])], leaf.isLeaf {
        let last = String(code[code.index(after: dot)...])
        if leaf.criteria == nil, let n = Int(last), n > 0 {
          try addAnswer(code: code, text: text, leafCode: leaf.code, entry: entry)
          continue
        }
        if let upgrade = leaf.upgrades.first(where: { $0.flag.lowercased() == last.lowercased() }) {
          touch(leaf.code)
          if text.isEmpty { continue }
          guard let answer = instrument.answer(text), answer.yesNo else {
            throw bad(
              entry,
              Localized(
                id: "tanda \(code) harus Y atau T, bukan \"\(text)\"",
                en: "flag \(code) must be Y or T, not \"\(text)\""))
          }
          flags[leaf.code, default: []].append(FlagEntry(upgrade: upgrade, on: answer.value == 1, entry: entry))
          continue
        }
        let known =
          (leaf.criteria.map { c in ["\(c.first?.code ?? "")…\(c.last?.code ?? "")"] } ?? [])
          + leaf.upgrades.map { "\(leaf.code).\($0.flag)" }
        throw bad(
          entry,
          Localized(
            id:
              "kode \(code) tidak dikenal: \(leaf.code) memiliki \(known.isEmpty ? "kriteria \(leaf.code).1, \(leaf.code).2, …" : say.list(known))",
            en:
              "unknown code \(code): \(leaf.code) has \(known.isEmpty ? "criteria \(leaf.code).1, \(leaf.code).2, …" : say.list(known))"
          ))
      }
      let components = instrument.components.map(\.code)
      throw bad(
        entry,
        Localized(
          id: "kode \(code) tidak dikenal dalam instrumen \(instrument.header.id) (komponen \(say.list(components)); "
            + "sub-komponen seperti \(exampleSubcomponent()); kriteria seperti \(exampleCriterion()))",
          en: "unknown code \(code) in instrument \(instrument.header.id) (components \(say.list(components)); "
            + "sub-components such as \(exampleSubcomponent()); criteria such as \(exampleCriterion()))"))
    }
  }

  private mutating func addAnswer(code: String, text: String, leafCode: String, entry: Entry) throws {
    touch(leafCode)
    var answer: SAKIPInstrument.Answer?
    if text.isEmpty {
      if blanks[leafCode] == nil { blanks[leafCode] = entry }
    } else {
      guard let a = instrument.answer(text) else {
        throw bad(
          entry,
          Localized(
            id:
              "jawaban \"\(text)\" untuk kriteria \(code) bukan salah satu dari \(say.list(instrument.answers.map(\.answer)))",
            en: "answer \"\(text)\" for criterion \(code) is not one of \(say.list(instrument.answers.map(\.answer)))"))
      }
      answer = a
    }
    answers[leafCode, default: []].append(AnswerEntry(code: code, answer: answer, entry: entry))
  }

  /// A component or sub-component value: `-`, a score within 0…weight, or a grade (leaves only).
  private func nodeValue(_ text: String, node: Node, isComponent: Bool, entry: Entry) throws -> Given {
    func name(_ say: Say) -> String { "\(node.code) (\(node.title.text(say.language)))" }
    if text == "-" || text == "–" || text == "—" {
      guard isComponent else {
        throw bad(
          entry,
          Say.localized { say in
            say(
              "hanya komponen yang dapat ditandai '-' (tidak dinilai); \(name(say)) adalah sub-komponen",
              "only a component can be marked '-' (not assessed); \(name(say)) is a sub-component")
          })
      }
      return .notAssessed
    }
    if let x = NumberParsing.parse(text, decimalComma: input.decimalComma) {
      guard x >= 0 else {
        throw bad(
          entry,
          Say.localized { say in
            say("nilai \(text) untuk \(name(say)) negatif", "score \(text) for \(name(say)) is negative")
          })
      }
      guard x <= node.weight else {
        throw bad(
          entry,
          Say.localized { say in
            say(
              "nilai \(text) melebihi bobot \(say.number(node.weight)) dari \(name(say))",
              "score \(text) is above the weight \(say.number(node.weight)) of \(name(say))")
          })
      }
      return .score(x)
    }
    let grades = say.list(instrument.grades.map(\.code))
    if let grade = instrument.grade(text.uppercased()) {
      guard node.isLeaf else {
        throw bad(
          entry,
          Say.localized { say in
            say(
              "nilai huruf \(grade.code) hanya untuk sub-komponen; beri \(name(say)) nilai angka 0–\(say.number(node.weight))",
              "grade \(grade.code) applies to sub-components only; give \(name(say)) a score 0–\(say.number(node.weight))"
            )
          })
      }
      return .grade(grade)
    }
    if node.isLeaf && !instrument.grades.isEmpty {
      throw bad(
        entry,
        Say.localized { say in
          say(
            "nilai huruf \"\(text)\" untuk \(name(say)) bukan salah satu dari \(grades) (atau angka 0–\(say.number(node.weight)))",
            "grade \"\(text)\" for \(name(say)) is not one of \(grades) (or a score 0–\(say.number(node.weight)))")
        })
    }
    throw bad(
      entry,
      Say.localized { say in
        say(
          "\"\(text)\" untuk \(name(say)) bukan angka 0–\(say.number(node.weight))\(isComponent ? " atau '-'" : "")",
          "\"\(text)\" for \(name(say)) is not a score 0–\(say.number(node.weight))\(isComponent ? " or '-'" : "")")
      })
  }

  // MARK: - Evaluating the tree

  /// The score of `node`; `nil` when it has no input and is not `required` (its parent was given a score).
  mutating func evaluate(_ node: Node, isComponent: Bool, required: Bool) throws -> NodeScore? {
    guard touched.contains(node.code) else {
      guard required else { return nil }
      if isComponent {
        throw TimbangError.badInput(
          SourceLocation(file: input.file),
          Localized(
            id:
              "komponen \(node.code) (\(node.name)) tidak diisi: beri nilainya, nilai sub-komponennya, atau '-' bila tidak dinilai",
            en:
              "component \(node.code) (\(node.title.en)) has no input: give its score, its sub-components, or '-' when not assessed"
          ))
      }
      return try unanswered(node, at: nil)
    }
    let value = given[node.code]
    if case .notAssessed? = value?.value, let value {
      if let below = input.entries.first(where: {
        $0.code.hasPrefix(node.code + ".") && !$0.value.trimmingWhitespace.isEmpty
      }) {
        throw bad(
          below,
          Localized(
            id:
              "komponen \(node.code) ditandai tidak dinilai ('-') di \(place(value.entry)), tetapi \(below.code) diisi",
            en:
              "component \(node.code) is marked not assessed ('-') at \(place(value.entry)), but \(below.code) is given"
          ))
      }
      return NodeScore(
        code: node.code, name: node.title, weight: node.weight, score: nil, grade: nil, source: .notAssessed,
        criteria: nil, subcomponents: [])
    }
    if node.isLeaf { return try evaluateLeaf(node, required: required) }

    var givenScore: Double?
    if case .score(let x)? = value?.value { givenScore = x }
    var children: [NodeScore] = []
    for child in node.subcomponents {
      if let scored = try evaluate(child, isComponent: false, required: required && givenScore == nil) {
        children.append(scored)
      }
    }
    let complete = children.count == node.subcomponents.count && children.allSatisfy(\.isComplete)
    let sum = children.compactMap(\.score).reduce(0, +)
    if let givenScore, let value {
      if !children.isEmpty && complete && sum.rounded(places: 2) != givenScore.rounded(places: 2) {
        warnings.append(
          say(
            "\(place(value.entry)): \(node.code) diberi nilai \(value.entry.value.trimmingWhitespace), tetapi bagian-bagiannya "
              + "berjumlah \(say.fixed(sum)); nilai yang diberikan dipakai",
            "\(place(value.entry)): \(node.code) is given \(value.entry.value.trimmingWhitespace), but its parts sum to "
              + "\(say.fixed(sum)); the given score is used"))
      }
      return NodeScore(
        code: node.code, name: node.title, weight: node.weight, score: givenScore, grade: nil, source: .score,
        criteria: nil, subcomponents: children)
    }
    if children.isEmpty { return required ? try unanswered(node, at: blanks[node.code]) : nil }
    var scored = NodeScore(
      code: node.code, name: node.title, weight: node.weight, score: sum, grade: nil, source: .parts, criteria: nil,
      subcomponents: children)
    scored.isComplete = complete
    return scored
  }

  private mutating func evaluateLeaf(_ leaf: Node, required: Bool) throws -> NodeScore? {
    let value = given[leaf.code]
    let list = answers[leaf.code] ?? []
    let flagList = flags[leaf.code] ?? []
    var tally: CriteriaTally?
    var derived: (score: Double, grade: String?)?
    if !list.isEmpty {
      // Flags matter only when the grade is derived here; with a given value they are reported below.
      (tally, derived) = try scoreCriteria(
        leaf, list, value == nil ? flagList : [], required: required && value == nil)
    }
    func base(_ score: Double?, _ grade: String?, _ source: NodeScore.Source) -> NodeScore {
      NodeScore(
        code: leaf.code, name: leaf.title, weight: leaf.weight, score: score, grade: grade, source: source,
        criteria: tally, subcomponents: [])
    }
    switch value?.value {
    case .score(let x)?:
      ignoreFlags(flagList, because: say("nilai \(leaf.code) diberikan langsung", "the score of \(leaf.code) is given"))
      if let derived, let entry = value?.entry, derived.score.rounded(places: 2) != x.rounded(places: 2) {
        warnings.append(disagreement(entry, leaf, derived))
      }
      return base(x, nil, .score)
    case .grade(let grade)?:
      ignoreFlags(
        flagList, because: say("nilai huruf \(leaf.code) diberikan langsung", "the grade of \(leaf.code) is given"))
      let score = leaf.weight * grade.percent / 100
      if let derived, let entry = value?.entry,
        derived.grade.map({ $0 != grade.code }) ?? (derived.score.rounded(places: 2) != score.rounded(places: 2))
      {
        warnings.append(disagreement(entry, leaf, derived))
      }
      return base(score, grade.code, .grade)
    default:
      if let derived { return base(derived.score, derived.grade, .criteria) }
      if tally != nil {
        // Answered only in part while a higher level carries the given score.
        var partial = base(nil, nil, .criteria)
        partial.isComplete = false
        return partial
      }
      ignoreFlags(
        flagList, because: say("\(leaf.code) tidak memiliki jawaban kriteria", "\(leaf.code) has no criterion answers"))
      return required ? try unanswered(leaf, at: blanks[leaf.code]) : nil
    }
  }

  /// Criterion answers → tally and (when complete enough to score) the derived score and grade.
  private mutating func scoreCriteria(
    _ leaf: Node, _ list: [AnswerEntry], _ flagList: [FlagEntry], required: Bool
  ) throws -> (CriteriaTally, (score: Double, grade: String?)?) {
    let answered = list.filter { $0.answer != nil }
    let unansweredCodes: [String]
    if let listed = leaf.criteria {
      let have = Set(answered.map(\.code))
      unansweredCodes = listed.map(\.code).filter { !have.contains($0) }
    } else {
      unansweredCodes = list.filter { $0.answer == nil }.map(\.code)
    }
    let count = leaf.criteria?.count ?? list.count
    let sumValues = answered.compactMap { $0.answer?.value }.reduce(0, +)
    var tally = CriteriaTally(
      count: count, answered: answered.count, met: nil, share: nil,
      meanValue: count > 0 ? sumValues / Double(count) : 0,
      unanswered: unansweredCodes, listed: leaf.criteria != nil, upgrade: nil)
    if !unansweredCodes.isEmpty {
      guard required else { return (tally, nil) }
      let shown = unansweredCodes.prefix(6).joined(separator: ", ") + (unansweredCodes.count > 6 ? ", …" : "")
      if policy.unanswered == .error {
        let location =
          list.first { $0.answer == nil }?.entry.location ?? blanks[leaf.code]?.location
          ?? SourceLocation(file: input.file)
        throw TimbangError.badInput(
          location,
          Localized(
            id:
              "kriteria \(shown) dari \(leaf.code) (\(leaf.name)) belum dijawab (gunakan --unanswered zero untuk menghitungnya 0)",
            en:
              "criteria \(shown) of \(leaf.code) (\(leaf.title.en)) are unanswered (use --unanswered zero to count them 0)"
          ))
      }
      warnings.append(
        say(
          "kriteria \(shown) dari \(leaf.code) belum dijawab dan dihitung 0",
          "criteria \(shown) of \(leaf.code) are unanswered and count 0"))
    }
    guard count > 0, !answered.isEmpty || !unansweredCodes.isEmpty else { return (tally, nil) }
    if leaf.criteria == nil {
      warnings.append(
        say(
          "instrumen \(instrument.header.id) tidak merinci kriteria \(leaf.code): nilai dihitung atas \(count) kriteria yang diisi",
          "instrument \(instrument.header.id) does not list the criteria of \(leaf.code): scored over the \(count) given"
        ))
    }
    switch policy.method {
    case .value:
      ignoreFlags(
        flagList, because: say("flag hanya dipakai oleh --method grade", "flags are used by --method grade only"))
      return (tally, (leaf.weight * sumValues / Double(count), nil))
    case .grade:
      guard let shareGrades = instrument.shareGrades else {
        throw TimbangError.usage(
          Localized(
            id:
              "--method grade: instrumen \(instrument.header.id) tidak memiliki aturan nilai huruf dari persentase kriteria",
            en: "--method grade: instrument \(instrument.header.id) has no grade-from-share rule"))
      }
      for item in answered {
        if let answer = item.answer, !answer.yesNo {
          throw bad(
            item.entry,
            Localized(
              id:
                "jawaban \(answer.answer) untuk \(item.code) memerlukan --method value (metode grade menghitung jawaban Y/T)",
              en: "answer \(answer.answer) for \(item.code) needs --method value (the grade method counts Y/T answers)")
          )
        }
      }
      let met = answered.filter { $0.answer?.value == 1 }.count
      let share = Double(met) * 100 / Double(count)
      tally.met = met
      tally.share = share
      guard let band = shareGrades.classify(share), var grade = instrument.grade(band.code) else {
        throw TimbangError.internalError("no share band covers \(share) in \(instrument.header.id)")
      }
      let raised = flagList.filter(\.on)
      if share == 100 {
        for flag in raised {
          if let upgrade = instrument.grade(flag.upgrade.grade), upgrade.percent > grade.percent {
            grade = upgrade
            tally.upgrade = flag.upgrade.flag
          }
        }
      } else {
        ignoreFlags(
          flagList,
          because: say(
            "belum semua kriteria \(leaf.code) terpenuhi (\(met) dari \(count))",
            "not every criterion of \(leaf.code) is met (\(met) of \(count))"))
      }
      return (tally, (leaf.weight * grade.percent / 100, grade.code))
    }
  }

  /// A missing node: 0 under `--unanswered zero`, otherwise an error located at its blank row when there is one.
  private mutating func unanswered(_ node: Node, at entry: Entry?) throws -> NodeScore {
    func what(_ say: Say) -> String {
      node.isLeaf
        ? say("beri nilai huruf, nilai angka, atau jawaban kriteria", "give a grade, a score or criterion answers")
        : say("beri nilainya atau nilai bagian-bagiannya", "give its score or the scores of its parts")
    }
    guard policy.unanswered == .zero else {
      throw TimbangError.badInput(
        entry?.location ?? SourceLocation(file: input.file),
        Say.localized { say in
          say(
            "\(node.code) (\(node.name)) belum diisi: \(what(say)) (atau --unanswered zero)",
            "\(node.code) (\(node.title.en)) is unanswered: \(what(say)) (or --unanswered zero)")
        })
    }
    warnings.append(
      say(
        "\(node.code) (\(node.name)) belum diisi dan dihitung 0",
        "\(node.code) (\(node.title.en)) is unanswered and counts 0"))
    return NodeScore(
      code: node.code, name: node.title, weight: node.weight, score: 0, grade: nil, source: .unanswered, criteria: nil,
      subcomponents: [])
  }

  // MARK: - Helpers

  private mutating func ignoreFlags(_ list: [FlagEntry], because reason: String) {
    for flag in list where flag.on {
      warnings.append(
        say(
          "\(place(flag.entry)): tanda \(flag.entry.code) diabaikan: \(reason)",
          "\(place(flag.entry)): flag \(flag.entry.code) ignored: \(reason)"))
    }
  }

  private func disagreement(_ entry: Entry, _ leaf: Node, _ derived: (score: Double, grade: String?)) -> String {
    let from = derived.grade.map { "\($0) (\(say.fixed(derived.score)))" } ?? say.fixed(derived.score)
    return say(
      "\(place(entry)): \(leaf.code) diberi \(entry.value.trimmingWhitespace), jawaban kriterianya memberi \(from); nilai yang diberikan dipakai",
      "\(place(entry)): \(leaf.code) is given \(entry.value.trimmingWhitespace), its criterion answers give \(from); the given value is used"
    )
  }

  private mutating func touch(_ code: String) {
    var c = Substring(code)
    while true {
      touched.insert(String(c))
      guard let dot = c.lastIndex(of: ".") else { break }
      c = c[..<dot]
    }
  }

  /// Where an entry is, for messages: `file:12` or `file: $['1.1']`.
  func place(_ entry: Entry) -> String {
    var location = entry.location
    location.column = nil
    return location.description
  }

  func bad(_ entry: Entry, _ message: Localized) -> TimbangError { .badInput(entry.location, message) }

  private func exampleSubcomponent() -> String {
    instrument.components.first?.subcomponents.first?.code ?? "1.1"
  }

  private func exampleCriterion() -> String {
    var node = instrument.components.first
    while let n = node, !n.isLeaf { node = n.subcomponents.first }
    guard let leaf = node else { return "1.1.1" }
    return leaf.criteria?.first?.code ?? "\(leaf.code).1"
  }
}
