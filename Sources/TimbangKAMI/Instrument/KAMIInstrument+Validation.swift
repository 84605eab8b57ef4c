import TimbangCore

extension KAMIInstrument {
  /// Checks the file fully: unique codes and numbers, every category priced by every answer, declared maxima equal to
  /// the sum of full marks, maturity stages in level order with reachable thresholds, bands that tile their range,
  /// and a readiness table for every KSE category.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the JSON path of the first problem.
  public func validate(file: String) throws {
    let v = InstrumentValidator(file: file)
    guard schemaVersion == 1 else { throw v.fail("$.schemaVersion", "expected 1") }
    guard kind == "kami" else { throw v.fail("$.kind", "expected \"kami\", found \"\(kind)\"") }

    // Answer table.
    guard !answers.isEmpty else { throw v.fail("$.answers", "no answers") }
    try v.unique(answers.map(\.code), path: "$.answers", what: "answer code")
    var spellings: [String: String] = [:]
    for (i, answer) in answers.enumerated() {
      for spelling in [answer.code, answer.label] + (answer.aliases ?? []) {
        let key = HeaderName.normalize(spelling)
        if let other = spellings[key], other != answer.code {
          throw v.fail("$.answers[\(i)]", "\"\(spelling)\" also names answer \"\(other)\"")
        }
        spellings[key] = answer.code
      }
      for (key, points) in answer.points where points < 0 {
        throw v.fail("$.answers[\(i)].points.\(key)", "points must not be negative")
      }
    }

    // Levels.
    guard levels.count >= 2 else { throw v.fail("$.levels", "at least two levels are needed") }
    try v.unique(levels, path: "$.levels", what: "level")

    // Questions: numbers unique across the whole form.
    var numbers = Set<String>()
    func claim(_ number: String, _ path: String) throws {
      guard !number.trimmingWhitespace.isEmpty else { throw v.fail(path, "empty question number") }
      guard numbers.insert(number).inserted else { throw v.fail(path, "duplicate question number \"\(number)\"") }
    }
    let hasNotApplicable = answers.contains(where: \.isNotApplicable)
    func check(_ q: Question, _ path: String, needsLevel: Bool) throws {
      try claim(q.number, path + ".number")
      for (i, answer) in answers.enumerated() where answer.points[String(q.category)] == nil {
        throw v.fail("$.answers[\(i)].points", "no points for category \(q.category) (question \(q.number))")
      }
      if needsLevel {
        guard let level = q.level else { throw v.fail(path, "missing key \"level\"") }
        guard let index = levels.firstIndex(of: level), index > 0 else {
          throw v.fail(path + ".level", "\"\(level)\" is not one of \(levels.dropFirst().joined(separator: ", "))")
        }
      }
      if q.allowsNotApplicable && !hasNotApplicable {
        throw v.fail(path + ".notApplicable", "no answer in $.answers is marked notApplicable")
      }
    }

    // KSE section.
    guard !kse.answers.isEmpty else { throw v.fail("$.kse.answers", "no answers") }
    try v.unique(kse.answers.map(\.code), path: "$.kse.answers", what: "answer code")
    guard !kse.questions.isEmpty else { throw v.fail("$.kse.questions", "no questions") }
    let kseCodes = Set(kse.answers.map(\.code))
    for (i, q) in kse.questions.enumerated() {
      try claim(q.number, "$.kse.questions[\(i)].number")
      for key in (q.choices ?? [:]).keys where !kseCodes.contains(key) {
        throw v.fail("$.kse.questions[\(i)].choices.\(key)", "\"\(key)\" is not a KSE answer code")
      }
    }
    try kse.bands.validate(domain: kse.range, file: file, path: "$.kse.bands")

    // Areas.
    guard !areas.isEmpty else { throw v.fail("$.areas", "no areas") }
    try v.unique(areas.map(\.code), path: "$.areas", what: "area code")
    var total = 0
    for (a, area) in areas.enumerated() {
      let path = "$.areas[\(a)]"
      guard !area.questions.isEmpty else { throw v.fail(path + ".questions", "no questions") }
      for (i, q) in area.questions.enumerated() { try check(q, "\(path).questions[\(i)]", needsLevel: true) }
      let sum = area.questions.reduce(0) { $0 + fullMarks(category: $1.category) }
      guard sum == area.max else {
        throw v.fail(path + ".max", "\(area.code): the questions' full marks sum to \(sum), not \(area.max)")
      }
      if let minimum = area.minimum, minimum < 0 || minimum > Double(area.max) {
        throw v.fail(path + ".minimum", "outside 0–\(area.max)")
      }
      try validateMaturity(area, path: path, v)
      total += area.max
    }
    guard total == max else { throw v.fail("$.max", "the area maxima sum to \(total), not \(max)") }

    // Category-3 validity.
    for key in category3Validity.minimumPoints.keys where Int(key) == nil {
      throw v.fail("$.category3Validity.minimumPoints.\(key)", "expected a question category (1, 2, …)")
    }
    if let rule = category3Validity.category1 {
      for (i, code) in rule.forbiddenAnswers.enumerated() where answer(code: code) == nil {
        throw v.fail("$.category3Validity.category1.forbiddenAnswers[\(i)]", "unknown answer code \"\(code)\"")
      }
      if let code = rule.limitedAnswer, answer(code: code) == nil {
        throw v.fail("$.category3Validity.category1.limitedAnswer", "unknown answer code \"\(code)\"")
      }
      if rule.limitedAnswer != nil, rule.maxLimited == nil {
        throw v.fail("$.category3Validity.category1", "missing key \"maxLimited\"")
      }
    }

    // Readiness.
    try v.unique(readiness.byCategory.map(\.category), path: "$.readiness.byCategory", what: "category")
    for band in kse.bands.bands where readiness.bands(category: band.code) == nil {
      throw v.fail("$.readiness.byCategory", "no readiness bands for KSE category \"\(band.code)\"")
    }
    for (i, table) in readiness.byCategory.enumerated() {
      let path = "$.readiness.byCategory[\(i)]"
      guard kse.bands.bands.contains(where: { $0.code == table.category }) else {
        throw v.fail(path + ".category", "\"\(table.category)\" is not a KSE band code")
      }
      try table.bands.validate(domain: 0...Double(max), file: file, path: path + ".bands")
      guard table.bands.bands.contains(where: { $0.code == readiness.belowAreaMinimum }) else {
        throw v.fail(path + ".bands", "no band \"\(readiness.belowAreaMinimum)\" (readiness.belowAreaMinimum)")
      }
    }

    // Supplements.
    try v.unique(supplements.map(\.code), path: "$.supplements", what: "supplement code")
    for (s, supplement) in supplements.enumerated() {
      let path = "$.supplements[\(s)]"
      guard !supplement.questions.isEmpty else { throw v.fail(path + ".questions", "no questions") }
      for (i, q) in supplement.questions.enumerated() { try check(q, "\(path).questions[\(i)]", needsLevel: false) }
      let sum = supplement.questions.reduce(0) { $0 + fullMarks(category: $1.category) }
      guard sum == supplement.max else {
        throw v.fail(
          path + ".max", "\(supplement.code): the questions' full marks sum to \(sum), not \(supplement.max)")
      }
    }
  }

  /// Stages run II, III, … in order without gaps; thresholds are ordered and reachable.
  private func validateMaturity(_ area: Area, path: String, _ v: InstrumentValidator) throws {
    func n(_ x: Double) -> String { NumberText.short(x, .plain) }
    guard !area.maturity.isEmpty else { throw v.fail(path + ".maturity", "no maturity stages") }
    for (i, stage) in area.maturity.enumerated() {
      let stagePath = "\(path).maturity[\(i)]"
      let expected = i + 1 < levels.count ? levels[i + 1] : nil
      guard stage.level == expected else {
        throw v.fail(stagePath + ".level", "expected \"\(expected ?? "no further stage")\", found \"\(stage.level)\"")
      }
      guard stage.minimum <= stage.pass else {
        throw v.fail(stagePath, "minimum \(n(stage.minimum)) above pass \(n(stage.pass))")
      }
      let reachable = area.maximum(level: stage.level, in: self)
      guard stage.pass <= Double(reachable) else {
        throw v.fail(
          stagePath + ".pass",
          "\(area.code) level \(stage.level): pass \(n(stage.pass)) exceeds the level's maximum \(reachable)")
      }
      if i > 0 {
        guard let gate = stage.gate else { throw v.fail(stagePath, "missing key \"gate\"") }
        let previous = area.maximum(level: levels[i], in: self)
        guard gate <= Double(previous) else {
          throw v.fail(
            stagePath + ".gate",
            "\(area.code) level \(stage.level): gate \(n(gate)) exceeds level \(levels[i])'s maximum \(previous)")
        }
      }
      for (j, level) in (stage.passRequiresFullMarks ?? []).enumerated() where !levels.contains(level) {
        throw v.fail("\(stagePath).passRequiresFullMarks[\(j)]", "unknown level \"\(level)\"")
      }
    }
    for (i, q) in area.questions.enumerated() {
      if let level = q.level, let index = levels.firstIndex(of: level), index > area.maturity.count {
        throw v.fail(
          "\(path).questions[\(i)].level",
          "\(area.code) has no maturity stage for level \(level) (question \(q.number))")
      }
    }
  }
}
