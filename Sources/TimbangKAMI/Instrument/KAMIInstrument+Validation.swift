import TimbangCore

extension KAMIInstrument {
  /// Checks the file fully: unique codes and numbers, every category priced by every answer, declared maxima equal to
  /// the sum of full marks, maturity stages in level order with reachable thresholds, bands that tile their range,
  /// and a readiness table for every KSE category.
  ///
  /// - Throws: ``TimbangError/badInstrument(_:_:)`` naming the JSON path of the first problem.
  public func validate(file: String) throws {
    let v = InstrumentValidator(file: file)
    guard schemaVersion == 1 else { throw v.fail("$.schemaVersion", Localized(id: "seharusnya 1", en: "expected 1")) }
    guard kind == "kami" else {
      throw v.fail(
        "$.kind",
        Localized(id: "seharusnya \"kami\", ditemukan \"\(kind)\"", en: "expected \"kami\", found \"\(kind)\""))
    }

    // Answer table.
    guard !answers.isEmpty else { throw v.fail("$.answers", noAnswers) }
    try v.unique(answers.map(\.code), path: "$.answers", what: answerCode)
    var spellings: [String: String] = [:]
    for (i, answer) in answers.enumerated() {
      for spelling in [answer.code, answer.label] + (answer.aliases ?? []) {
        let key = HeaderName.normalize(spelling)
        if let other = spellings[key], other != answer.code {
          throw v.fail(
            "$.answers[\(i)]",
            Localized(
              id: "\"\(spelling)\" juga menamai jawaban \"\(other)\"",
              en: "\"\(spelling)\" also names answer \"\(other)\""))
        }
        spellings[key] = answer.code
      }
      for (key, points) in answer.points where points < 0 {
        throw v.fail(
          "$.answers[\(i)].points.\(key)", Localized(id: "poin tidak boleh negatif", en: "points must not be negative"))
      }
    }

    // Levels.
    guard levels.count >= 2 else {
      throw v.fail("$.levels", Localized(id: "diperlukan sedikitnya dua tingkat", en: "at least two levels are needed"))
    }
    try v.unique(levels, path: "$.levels", what: Localized(id: "tingkat", en: "level"))

    // Questions: numbers unique across the whole form.
    var numbers = Set<String>()
    func claim(_ number: String, _ path: String) throws {
      guard !number.trimmingWhitespace.isEmpty else {
        throw v.fail(path, Localized(id: "nomor pertanyaan kosong", en: "empty question number"))
      }
      guard numbers.insert(number).inserted else {
        throw v.fail(
          path, Localized(id: "nomor pertanyaan \"\(number)\" ganda", en: "duplicate question number \"\(number)\""))
      }
    }
    let hasNotApplicable = answers.contains(where: \.isNotApplicable)
    func check(_ q: Question, _ path: String, needsLevel: Bool) throws {
      try claim(q.number, path + ".number")
      for (i, answer) in answers.enumerated() where answer.points[String(q.category)] == nil {
        throw v.fail(
          "$.answers[\(i)].points",
          Localized(
            id: "tidak ada poin untuk kategori \(q.category) (pertanyaan \(q.number))",
            en: "no points for category \(q.category) (question \(q.number))"))
      }
      if needsLevel {
        guard let level = q.level else { throw v.fail(path, missingKey("level")) }
        guard let index = levels.firstIndex(of: level), index > 0 else {
          throw v.fail(
            path + ".level",
            Localized(
              id: "\"\(level)\" bukan salah satu dari \(levels.dropFirst().joined(separator: ", "))",
              en: "\"\(level)\" is not one of \(levels.dropFirst().joined(separator: ", "))"))
        }
      }
      if q.allowsNotApplicable && !hasNotApplicable {
        throw v.fail(
          path + ".notApplicable",
          Localized(
            id: "tidak ada jawaban di $.answers yang ditandai notApplicable",
            en: "no answer in $.answers is marked notApplicable"))
      }
    }

    // KSE section.
    guard !kse.answers.isEmpty else { throw v.fail("$.kse.answers", noAnswers) }
    try v.unique(kse.answers.map(\.code), path: "$.kse.answers", what: answerCode)
    guard !kse.questions.isEmpty else { throw v.fail("$.kse.questions", noQuestions) }
    let kseCodes = Set(kse.answers.map(\.code))
    for (i, q) in kse.questions.enumerated() {
      try claim(q.number, "$.kse.questions[\(i)].number")
      for key in (q.choices ?? [:]).keys where !kseCodes.contains(key) {
        throw v.fail(
          "$.kse.questions[\(i)].choices.\(key)",
          Localized(id: "\"\(key)\" bukan kode jawaban KSE", en: "\"\(key)\" is not a KSE answer code"))
      }
    }
    try kse.bands.validate(domain: kse.range, file: file, path: "$.kse.bands")

    // Areas.
    guard !areas.isEmpty else { throw v.fail("$.areas", Localized(id: "tidak ada area", en: "no areas")) }
    try v.unique(areas.map(\.code), path: "$.areas", what: Localized(id: "kode area", en: "area code"))
    var total = 0
    for (a, area) in areas.enumerated() {
      let path = "$.areas[\(a)]"
      guard !area.questions.isEmpty else { throw v.fail(path + ".questions", noQuestions) }
      for (i, q) in area.questions.enumerated() { try check(q, "\(path).questions[\(i)]", needsLevel: true) }
      let sum = area.questions.reduce(0) { $0 + fullMarks(category: $1.category) }
      guard sum == area.max else {
        throw v.fail(path + ".max", fullMarksMismatch(area.code, sum, area.max))
      }
      if let minimum = area.minimum, minimum < 0 || minimum > Double(area.max) {
        throw v.fail(path + ".minimum", Localized(id: "di luar rentang 0–\(area.max)", en: "outside 0–\(area.max)"))
      }
      try validateMaturity(area, path: path, v)
      total += area.max
    }
    guard total == max else {
      throw v.fail(
        "$.max",
        Localized(
          id: "jumlah nilai maksimal area \(total), bukan \(max)", en: "the area maxima sum to \(total), not \(max)"))
    }

    // Category-3 validity.
    for key in category3Validity.minimumPoints.keys where Int(key) == nil {
      throw v.fail(
        "$.category3Validity.minimumPoints.\(key)",
        Localized(id: "seharusnya kategori pertanyaan (1, 2, …)", en: "expected a question category (1, 2, …)"))
    }
    if let rule = category3Validity.category1 {
      for (i, code) in rule.forbiddenAnswers.enumerated() where answer(code: code) == nil {
        throw v.fail("$.category3Validity.category1.forbiddenAnswers[\(i)]", unknownAnswer(code))
      }
      if let code = rule.limitedAnswer, answer(code: code) == nil {
        throw v.fail("$.category3Validity.category1.limitedAnswer", unknownAnswer(code))
      }
      if rule.limitedAnswer != nil, rule.maxLimited == nil {
        throw v.fail("$.category3Validity.category1", missingKey("maxLimited"))
      }
    }

    // Readiness.
    try v.unique(
      readiness.byCategory.map(\.category), path: "$.readiness.byCategory",
      what: Localized(id: "kategori", en: "category"))
    for band in kse.bands.bands where readiness.bands(category: band.code) == nil {
      throw v.fail(
        "$.readiness.byCategory",
        Localized(
          id: "tidak ada rentang kesiapan untuk kategori KSE \"\(band.code)\"",
          en: "no readiness bands for KSE category \"\(band.code)\""))
    }
    for (i, table) in readiness.byCategory.enumerated() {
      let path = "$.readiness.byCategory[\(i)]"
      guard kse.bands.bands.contains(where: { $0.code == table.category }) else {
        throw v.fail(
          path + ".category",
          Localized(
            id: "\"\(table.category)\" bukan kode rentang KSE", en: "\"\(table.category)\" is not a KSE band code"))
      }
      try table.bands.validate(domain: 0...Double(max), file: file, path: path + ".bands")
      guard table.bands.bands.contains(where: { $0.code == readiness.belowAreaMinimum }) else {
        throw v.fail(
          path + ".bands",
          Localized(
            id: "tidak ada rentang \"\(readiness.belowAreaMinimum)\" (readiness.belowAreaMinimum)",
            en: "no band \"\(readiness.belowAreaMinimum)\" (readiness.belowAreaMinimum)"))
      }
    }

    // Supplements.
    try v.unique(
      supplements.map(\.code), path: "$.supplements", what: Localized(id: "kode suplemen", en: "supplement code"))
    for (s, supplement) in supplements.enumerated() {
      let path = "$.supplements[\(s)]"
      guard !supplement.questions.isEmpty else { throw v.fail(path + ".questions", noQuestions) }
      for (i, q) in supplement.questions.enumerated() { try check(q, "\(path).questions[\(i)]", needsLevel: false) }
      let sum = supplement.questions.reduce(0) { $0 + fullMarks(category: $1.category) }
      guard sum == supplement.max else {
        throw v.fail(path + ".max", fullMarksMismatch(supplement.code, sum, supplement.max))
      }
    }
  }

  /// Stages run II, III, … in order without gaps; thresholds are ordered and reachable.
  private func validateMaturity(_ area: Area, path: String, _ v: InstrumentValidator) throws {
    func n(_ x: Double) -> String { NumberText.short(x, .plain) }
    guard !area.maturity.isEmpty else {
      throw v.fail(path + ".maturity", Localized(id: "tidak ada tahap kematangan", en: "no maturity stages"))
    }
    for (i, stage) in area.maturity.enumerated() {
      let stagePath = "\(path).maturity[\(i)]"
      let expected = i + 1 < levels.count ? levels[i + 1] : nil
      guard stage.level == expected else {
        throw v.fail(
          stagePath + ".level",
          Localized(
            id: "seharusnya \"\(expected ?? "tidak ada tahap lagi")\", ditemukan \"\(stage.level)\"",
            en: "expected \"\(expected ?? "no further stage")\", found \"\(stage.level)\""))
      }
      guard stage.minimum <= stage.pass else {
        throw v.fail(
          stagePath,
          Localized(
            id: "minimum \(n(stage.minimum)) di atas batas lulus \(n(stage.pass))",
            en: "minimum \(n(stage.minimum)) above pass \(n(stage.pass))"))
      }
      let reachable = area.maximum(level: stage.level, in: self)
      guard stage.pass <= Double(reachable) else {
        throw v.fail(
          stagePath + ".pass",
          Localized(
            id: "\(area.code) tingkat \(stage.level): batas lulus \(n(stage.pass)) melebihi nilai maksimal tingkat itu "
              + "\(reachable)",
            en: "\(area.code) level \(stage.level): pass \(n(stage.pass)) exceeds the level's maximum \(reachable)"))
      }
      if i > 0 {
        guard let gate = stage.gate else { throw v.fail(stagePath, missingKey("gate")) }
        let previous = area.maximum(level: levels[i], in: self)
        guard gate <= Double(previous) else {
          throw v.fail(
            stagePath + ".gate",
            Localized(
              id: "\(area.code) tingkat \(stage.level): ambang \(n(gate)) melebihi nilai maksimal tingkat \(levels[i]) "
                + "\(previous)",
              en: "\(area.code) level \(stage.level): gate \(n(gate)) exceeds level \(levels[i])'s maximum \(previous)")
          )
        }
      }
      for (j, level) in (stage.passRequiresFullMarks ?? []).enumerated() where !levels.contains(level) {
        throw v.fail(
          "\(stagePath).passRequiresFullMarks[\(j)]",
          Localized(id: "tingkat \"\(level)\" tidak dikenal", en: "unknown level \"\(level)\""))
      }
    }
    for (i, q) in area.questions.enumerated() {
      if let level = q.level, let index = levels.firstIndex(of: level), index > area.maturity.count {
        throw v.fail(
          "\(path).questions[\(i)].level",
          Localized(
            id: "\(area.code) tidak memiliki tahap kematangan untuk tingkat \(level) (pertanyaan \(q.number))",
            en: "\(area.code) has no maturity stage for level \(level) (question \(q.number))"))
      }
    }
  }

  // Messages used more than once.
  private var noAnswers: Localized { Localized(id: "tidak ada jawaban", en: "no answers") }
  private var noQuestions: Localized { Localized(id: "tidak ada pertanyaan", en: "no questions") }
  private var answerCode: Localized { Localized(id: "kode jawaban", en: "answer code") }

  private func missingKey(_ key: String) -> Localized {
    Localized(id: "kunci \"\(key)\" tidak ada", en: "missing key \"\(key)\"")
  }

  private func unknownAnswer(_ code: String) -> Localized {
    Localized(id: "kode jawaban \"\(code)\" tidak dikenal", en: "unknown answer code \"\(code)\"")
  }

  private func fullMarksMismatch(_ code: String, _ sum: Int, _ max: Int) -> Localized {
    Localized(
      id: "\(code): jumlah nilai maksimal pertanyaannya \(sum), bukan \(max)",
      en: "\(code): the questions' full marks sum to \(sum), not \(max)")
  }
}
