import TimbangCore

/// Computes the capaian table of an LKjIP: achievement per indicator, category, year-on-year change, progress to
/// the Renstra target, composite indicators and budget efficiency.
///
/// ```
/// capaian            AchievementFormula (naik / turun standard|ratio / range), then min(capaian, cap) with --cap
/// category           band of ROUND(capaian, 2) on the chosen scale (lkjip-5 by default)
/// changeFromLastYear (realisasi / realisasiLalu − 1) × 100
/// renstraProgress    realisasi / targetRenstra × 100
/// composite          realisasi = Σ wᵢ × realisasi(kodeᵢ), Σ wᵢ = 1
/// efficiency         BudgetEfficiency (gap and Kepmendagri 690.900-327/1996 ratio)
/// ```
///
/// Regulation: PermenPANRB 53/2014 and 6/2022 (LKjIP format); Kepmendagri 690.900-327/1996 (efficiency);
/// `shared/spec/sakip.md` §2–3.
///
/// Rounding: none; categories are decided on values rounded to 2 decimals (the printed precision).
///
/// Edge Cases:
/// - Target 0 (or realisasi 0 under `ratio`) without `--zero-target met|skip`: located error, never an infinity.
/// - A negative target, an unreadable number, an unknown polarity or scale, a level not on its scale: located errors.
/// - A blank or `-` realisasi: no capaian, listed in the warnings (data not yet available).
/// - Composite rows: unknown codes, cycles, weights not summing to 1, references to rows without a numeric
///   realisasi: located errors. Codes are matched case-insensitively within the same `tahun`.
/// - Qualitative targets: met / not met and the ordinal distance; a number in parentheses (`B (61)`) gives a
///   numeric capaian when the realisasi also has one (`69.40` or `B (69.40)`).
/// - Budget: both `anggaran` and `realisasiAnggaran` or neither; a zero anggaran is an error.
///
/// Postconditions: indicators keep the input's order; every present number is finite.
///
/// Example: SPBE index target 2.8, realisasi 3.14 → 112.14 (Sangat Baik on `lkjip-5`); with anggaran 100 and
/// realisasi anggaran 87.29 → gap 24.85, ratio 77.84 (Efisien).
public enum CapaianScorer {
  public static func score(
    _ table: IndicatorTable, scales: CapaianScales, efficiency: EfficiencyInstrument,
    policy: CapaianPolicy = CapaianPolicy()
  ) throws -> CapaianResult {
    var run = try CapaianRun(table: table, scales: scales, efficiency: efficiency, policy: policy)
    return try run.score()
  }
}

struct CapaianRun {
  typealias Row = IndicatorTable.Row

  enum Actual {
    case number(Double)
    case composite(CompositeExpression)
    case level(LevelValue)
    case missing
  }

  struct Parsed {
    var row: Row
    var polarity: Polarity
    var target: TargetValue
    var actual: Actual
    var key: String?
  }

  let table: IndicatorTable
  let scales: CapaianScales
  let scale: CapaianScales.CategoryScale
  let efficiency: EfficiencyInstrument
  let policy: CapaianPolicy
  let say: Say
  var warnings: [String] = []

  init(table: IndicatorTable, scales: CapaianScales, efficiency: EfficiencyInstrument, policy: CapaianPolicy) throws {
    self.table = table
    self.scales = scales
    self.efficiency = efficiency
    self.policy = policy
    let say = Say(policy.language)
    self.say = say
    let name = policy.scale ?? scales.defaultScale
    guard let scale = scales.categoryScale(named: name) else {
      throw TimbangError.usage(
        Localized(
          id: "--scale: skala \"\(name)\" tidak ada (tersedia: \(say.list(scales.categoryScales.map(\.name))))",
          en: "--scale: no scale \"\(name)\" (available: \(say.list(scales.categoryScales.map(\.name))))"))
    }
    self.scale = scale
    if let cap = policy.cap, !(cap > 0 && cap.isFinite) {
      throw TimbangError.usage(Localized(id: "--cap harus angka positif", en: "--cap must be a positive number"))
    }
    if table.has(.anggaran) != table.has(.realisasiAnggaran) {
      let missing: IndicatorTable.Field = table.has(.anggaran) ? .realisasiAnggaran : .anggaran
      throw TimbangError.badInput(
        SourceLocation(file: table.file, line: 1),
        Localized(
          id: "kolom \(missing.rawValue) tidak ada: efisiensi memerlukan kolom anggaran dan realisasiAnggaran",
          en: "missing column \(missing.rawValue): efficiency needs both anggaran and realisasiAnggaran"))
    }
  }

  mutating func score() throws -> CapaianResult {
    var parsed: [Parsed] = []
    var keys: [String: Int] = [:]
    for row in table.rows {
      let item = try parse(row)
      if let key = item.key {
        if let first = keys[key] {
          throw bad(
            row, .kode,
            Localized(
              id: "kode \(row[.kode] ?? "") sudah dipakai di baris \(parsed[first].row.line)",
              en: "code \(row[.kode] ?? "") is already used on line \(parsed[first].row.line)"))
        }
        keys[key] = parsed.count
      }
      parsed.append(item)
    }
    let values = try resolveComposites(parsed, keys: keys)
    var results: [IndicatorResult] = []
    for (i, item) in parsed.enumerated() {
      results.append(try compute(item, realisasi: values[i]))
    }
    return CapaianResult(
      input: table.file, scale: scale, scalesID: scales.header.id, efficiencyID: efficiency.header.id,
      policy: policy, columns: Set(table.headers.keys), indicators: results, warnings: warnings)
  }

  // MARK: - Parsing a row

  func parse(_ row: Row) throws -> Parsed {
    guard row[.indikator] != nil else {
      throw bad(row, .indikator, Localized(id: "nama indikator kosong", en: "the indicator name is blank"))
    }
    var polarity = Polarity.naik
    if let text = row[.polaritas] {
      guard let p = Polarity(text: text) else {
        throw bad(
          row, .polaritas,
          Localized(id: "polaritas \"\(text)\" bukan naik atau turun", en: "polarity \"\(text)\" is not naik or turun"))
      }
      polarity = p
    }
    var ordinal: CapaianScales.OrdinalScale?
    if let name = row[.skala] {
      guard let s = scales.ordinalScale(named: name) else {
        throw bad(
          row, .skala,
          Localized(
            id: "skala \"\(name)\" tidak dikenal (tersedia: \(say.list(scales.ordinalScales.map(\.name))))",
            en: "unknown scale \"\(name)\" (available: \(say.list(scales.ordinalScales.map(\.name))))"))
      }
      ordinal = s
    }
    guard let targetText = row[.target] else {
      throw bad(row, .target, Localized(id: "target kosong", en: "the target is blank"))
    }
    let target = try parseTarget(targetText, row: row, scale: ordinal)
    let actual = try parseActual(row, target: target, scale: ordinal)
    var key: String?
    if let kode = row[.kode] { key = (row[.tahun] ?? "") + "\u{1}" + kode.lowercased() }
    return Parsed(row: row, polarity: polarity, target: target, actual: actual, key: key)
  }

  func parseTarget(_ text: String, row: Row, scale: CapaianScales.OrdinalScale?) throws -> TargetValue {
    let dc = table.decimalComma
    if let scale {
      guard let level = CellParsing.level(text, scale: scale, decimalComma: dc) else {
        throw bad(
          row, .target,
          Localized(
            id: "target \"\(text)\" bukan tingkat skala \(scale.name) (\(say.list(scale.levels.map(\.code))))",
            en: "target \"\(text)\" is not a level of scale \(scale.name) (\(say.list(scale.levels.map(\.code))))"))
      }
      if let x = level.number, x < 0 { throw negative(row, .target, text) }
      return .level(level)
    }
    if let x = CellParsing.number(text, decimalComma: dc) {
      guard x >= 0 else { throw negative(row, .target, text) }
      return .number(x)
    }
    if let (lower, upper) = CellParsing.range(text, decimalComma: dc) {
      guard lower >= 0 else { throw negative(row, .target, text) }
      guard lower <= upper else {
        throw bad(
          row, .target,
          Localized(
            id: "rentang target \"\(text)\": batas bawah di atas batas atas",
            en: "target range \"\(text)\": lower above upper")
        )
      }
      return .range(lower: lower, upper: upper)
    }
    throw bad(
      row, .target,
      Localized(
        id: "target \"\(text)\" bukan angka atau rentang; untuk target kualitatif sebutkan skalanya di kolom skala "
          + "(\(say.list(scales.ordinalScales.map(\.name))))",
        en: "target \"\(text)\" is not a number or a range; for a qualitative target name its scale in a skala column "
          + "(\(say.list(scales.ordinalScales.map(\.name))))"))
  }

  func parseActual(_ row: Row, target: TargetValue, scale: CapaianScales.OrdinalScale?) throws -> Actual {
    guard let text = row[.realisasi], !["-", "–", "—"].contains(text) else { return .missing }
    let dc = table.decimalComma
    if CompositeExpression.isComposite(text) {
      return .composite(
        try CompositeExpression.parse(
          text, decimalComma: dc, location: table.location(row, .realisasi)))
    }
    if let x = CellParsing.number(text, decimalComma: dc) {
      if case .level(let level) = target, level.number == nil, let scale {
        throw bad(
          row, .realisasi,
          Localized(
            id:
              "realisasi \(text) berupa angka, tetapi target \(row[.target] ?? "") tidak memiliki angka; tulis tingkatnya "
              + "(\(say.list(scale.levels.map(\.code)))) atau beri target angka dalam kurung, misalnya B (61)",
            en: "realisasi \(text) is a number but target \(row[.target] ?? "") has none; write the level "
              + "(\(say.list(scale.levels.map(\.code)))) or give the target a number in parentheses, e.g. B (61)"))
      }
      return .number(x)
    }
    if let scale {
      guard let level = CellParsing.level(text, scale: scale, decimalComma: dc) else {
        throw bad(
          row, .realisasi,
          Localized(
            id: "realisasi \"\(text)\" bukan tingkat skala \(scale.name) (\(say.list(scale.levels.map(\.code))))",
            en: "realisasi \"\(text)\" is not a level of scale \(scale.name) (\(say.list(scale.levels.map(\.code))))"))
      }
      return .level(level)
    }
    throw bad(
      row, .realisasi,
      Localized(
        id: "realisasi \"\(text)\" bukan angka (rumus komposit diawali '=')",
        en: "realisasi \"\(text)\" is not a number (a composite starts with '=')"))
  }

  // MARK: - Composites

  /// The numeric realisasi of every row, composites evaluated through their references.
  func resolveComposites(_ parsed: [Parsed], keys: [String: Int]) throws -> [Double?] {
    var values = [Double?](repeating: nil, count: parsed.count)
    var state = [Int: Bool]()  // false = visiting, true = done

    func value(_ i: Int, path: [Int]) throws -> Double? {
      if state[i] == true { return values[i] }
      let item = parsed[i]
      switch item.actual {
      case .number(let x): values[i] = x
      case .level(let level): values[i] = level.number
      case .missing: values[i] = nil
      case .composite(let expression):
        state[i] = false
        var total = 0.0
        for term in expression.terms {
          let key = (item.row[.tahun] ?? "") + "\u{1}" + term.code.lowercased()
          guard let j = keys[key] else {
            let known = parsed.compactMap { $0.row[.tahun] == item.row[.tahun] ? $0.row[.kode] : nil }
            throw bad(
              item.row, .realisasi,
              Localized(
                id: "kode \(term.code) pada rumus komposit tidak dikenal"
                  + (known.isEmpty ? " (tabel tidak memiliki kolom kode)" : " (kode yang ada: \(say.list(known)))"),
                en: "unknown code \(term.code) in the composite"
                  + (known.isEmpty ? " (the table has no kode column)" : " (known codes: \(say.list(known)))")))
          }
          if state[j] == false {
            let cycle = (path + [i, j]).drop { $0 != j }.map { parsed[$0].row[.kode] ?? "?" }
            throw bad(
              item.row, .realisasi,
              Localized(
                id: "rumus komposit melingkar: \(cycle.joined(separator: " → "))",
                en: "circular composite: \(cycle.joined(separator: " → "))"))
          }
          guard let x = try value(j, path: path + [i]) else {
            throw bad(
              item.row, .realisasi,
              Localized(
                id: "kode \(term.code) (baris \(parsed[j].row.line)) tidak memiliki realisasi angka",
                en: "code \(term.code) (line \(parsed[j].row.line)) has no numeric realisasi"))
          }
          total += term.weight * x
        }
        values[i] = total
      }
      state[i] = true
      return values[i]
    }

    for i in parsed.indices { _ = try value(i, path: []) }
    return values
  }

  // MARK: - Computing a row

  mutating func compute(_ item: Parsed, realisasi: Double?) throws -> IndicatorResult {
    let row = item.row
    var result = IndicatorResult(
      line: row.line, kode: row[.kode], tahun: row[.tahun], sasaran: row[.sasaran], indikator: row[.indikator] ?? "",
      satuan: row[.satuan], targetText: row[.target] ?? "", target: item.target, realisasiText: row[.realisasi] ?? "",
      realisasi: realisasi, composite: nil, polarity: item.polarity, capaian: nil, uncappedCapaian: nil,
      zeroTargetRule: nil, category: nil, qualitative: nil, realisasiLaluText: row[.realisasiLalu], realisasiLalu: nil,
      changeFromLastYear: nil, levelChangeFromLastYear: nil, targetRenstraText: row[.targetRenstra], targetRenstra: nil,
      renstraProgress: nil, budget: nil)
    if case .composite(let expression) = item.actual { result.composite = expression }
    if case .missing = item.actual {
      warnings.append(
        note(row, say("realisasi belum tersedia; capaian tidak dihitung", "no realisasi yet; capaian not computed")))
    }

    // Achievement.
    var achievement: AchievementFormula.Achievement?
    var divisorField = IndicatorTable.Field.target
    if let r = realisasi {
      switch item.target {
      case .number(let t):
        achievement = AchievementFormula.single(
          realisasi: r, target: t, polarity: item.polarity, lowerFormula: policy.lowerFormula)
        if t != 0 { divisorField = .realisasi }
      case .range(let lower, let upper):
        achievement = AchievementFormula.range(
          realisasi: r, lower: lower, upper: upper, polarity: item.polarity, lowerFormula: policy.lowerFormula)
        if (r > upper ? upper : lower) != 0 { divisorField = .realisasi }
      case .level(let level):
        if let t = level.number {
          achievement = AchievementFormula.single(
            realisasi: r, target: t, polarity: item.polarity, lowerFormula: policy.lowerFormula)
          if t != 0 { divisorField = .realisasi }
        }
      }
    }
    switch achievement {
    case .value(let x)?:
      result.capaian = x
    case .undefined(let meets)?:
      switch policy.zeroTarget {
      case .error:
        let message =
          divisorField == .target
          ? Localized(
            id: "target \(row[.target] ?? "") membuat capaian tak terdefinisi (pembagian dengan nol); "
              + "pilih --zero-target met atau --zero-target skip",
            en: "target \(row[.target] ?? "") makes capaian undefined (division by zero); "
              + "choose --zero-target met or --zero-target skip")
          : Localized(
            id: "realisasi 0 dengan --lower-formula ratio membuat capaian tak terdefinisi (pembagian dengan nol); "
              + "pilih --zero-target met atau --zero-target skip",
            en: "realisasi 0 under --lower-formula ratio makes capaian undefined (division by zero); "
              + "choose --zero-target met or --zero-target skip")
        throw bad(row, divisorField, message)
      case .met:
        result.capaian = meets ? 100 : 0
        result.zeroTargetRule = .met
        warnings.append(
          note(
            row,
            say(
              "pembagian dengan nol: capaian \(meets ? "100 (target tercapai)" : "0 (target tidak tercapai)") menurut --zero-target met",
              "division by zero: capaian \(meets ? "100 (target met)" : "0 (target not met)") under --zero-target met"))
        )
      case .skip:
        result.zeroTargetRule = .skip
        warnings.append(
          note(
            row,
            say(
              "pembagian dengan nol: capaian dilewati (--zero-target skip)",
              "division by zero: capaian skipped (--zero-target skip)")))
      }
    case nil:
      break
    }
    if let x = result.capaian, x < 0 {
      warnings.append(
        note(
          row,
          say(
            "capaian negatif (\(say.number(x.rounded(places: 2)))): realisasi melebihi dua kali target",
            "negative capaian (\(say.number(x.rounded(places: 2)))): realisasi is beyond twice the target")))
    }
    if let cap = policy.cap, let x = result.capaian, x > cap {
      result.uncappedCapaian = x
      result.capaian = cap
    }
    if let x = result.capaian {
      result.category = scale.bands.classify(x, publishedAt: scales.publishedPlaces)
    }

    // Qualitative outcome.
    if case .level(let targetLevel) = item.target {
      var outcome = QualitativeOutcome(
        scale: targetLevel.scale, target: targetLevel.code, realisasi: nil, distance: nil, met: nil)
      if case .level(let actual) = item.actual {
        outcome.realisasi = actual.code
        let distance = actual.rank - targetLevel.rank
        outcome.distance = distance
        outcome.met = item.polarity == .naik ? distance >= 0 : distance <= 0
      } else if let x = result.uncappedCapaian ?? result.capaian {
        outcome.met = x >= 100
      }
      result.qualitative = outcome
    }

    try compareWithLastYear(item, &result)
    try compareWithRenstra(item, &result)
    try addBudget(item, &result)
    return result
  }

  private mutating func compareWithLastYear(_ item: Parsed, _ result: inout IndicatorResult) throws {
    let row = item.row
    guard let text = row[.realisasiLalu] else { return }
    if let x = CellParsing.number(text, decimalComma: table.decimalComma) {
      result.realisasiLalu = x
    } else if case .level(let targetLevel) = item.target, let scale = scales.ordinalScale(named: targetLevel.scale),
      let level = CellParsing.level(text, scale: scale, decimalComma: table.decimalComma)
    {
      result.realisasiLalu = level.number
      if case .level(let actual) = item.actual { result.levelChangeFromLastYear = actual.rank - level.rank }
    } else {
      throw bad(row, .realisasiLalu, Localized(id: "\"\(text)\" bukan angka", en: "\"\(text)\" is not a number"))
    }
    guard let last = result.realisasiLalu, let r = result.realisasi else { return }
    guard last != 0 else {
      warnings.append(
        note(
          row,
          say("realisasi tahun lalu 0: perubahan tidak dihitung", "last year's realisasi is 0: change not computed")))
      return
    }
    result.changeFromLastYear = (r / last - 1) * 100
  }

  private mutating func compareWithRenstra(_ item: Parsed, _ result: inout IndicatorResult) throws {
    let row = item.row
    guard let text = row[.targetRenstra] else { return }
    if let x = CellParsing.number(text, decimalComma: table.decimalComma) {
      result.targetRenstra = x
    } else if case .level(let targetLevel) = item.target, let scale = scales.ordinalScale(named: targetLevel.scale),
      let level = CellParsing.level(text, scale: scale, decimalComma: table.decimalComma)
    {
      result.targetRenstra = level.number
    } else {
      throw bad(row, .targetRenstra, Localized(id: "\"\(text)\" bukan angka", en: "\"\(text)\" is not a number"))
    }
    guard let goal = result.targetRenstra, let r = result.realisasi else { return }
    // Progress uses the indicator's own formula: realisasi / targetRenstra × 100 when higher is better.
    switch AchievementFormula.single(
      realisasi: r, target: goal, polarity: item.polarity, lowerFormula: policy.lowerFormula)
    {
    case .value(let x): result.renstraProgress = x
    case .undefined:
      warnings.append(
        note(
          row,
          say(
            "progres Renstra tidak dihitung (pembagian dengan nol)", "Renstra progress not computed (division by zero)")
        ))
    }
  }

  private mutating func addBudget(_ item: Parsed, _ result: inout IndicatorResult) throws {
    let row = item.row
    guard table.has(.anggaran) && table.has(.realisasiAnggaran) else { return }
    let budgetText = row[.anggaran]
    let spentText = row[.realisasiAnggaran]
    if budgetText == nil && spentText == nil { return }
    guard let budgetText else {
      throw bad(
        row, .anggaran,
        Localized(
          id: "anggaran kosong padahal realisasi anggaran diisi",
          en: "anggaran is blank but realisasi anggaran is given"))
    }
    guard let spentText else {
      throw bad(
        row, .realisasiAnggaran,
        Localized(
          id: "realisasi anggaran kosong padahal anggaran diisi",
          en: "realisasi anggaran is blank but anggaran is given"))
    }
    func money(_ text: String, _ field: IndicatorTable.Field) throws -> Double {
      guard let x = CellParsing.money(text, decimalComma: table.decimalComma) else {
        throw bad(row, field, Localized(id: "\"\(text)\" bukan jumlah uang", en: "\"\(text)\" is not an amount"))
      }
      guard x >= 0 else { throw negative(row, field, text) }
      return x
    }
    let budget = try money(budgetText, .anggaran)
    let spent = try money(spentText, .realisasiAnggaran)
    guard budget > 0 else {
      throw bad(
        row, .anggaran,
        Localized(id: "anggaran 0: penyerapan tak terdefinisi", en: "anggaran is 0: absorption is undefined"))
    }
    let efficiency = BudgetEfficiency.compute(
      anggaran: budget, realisasiAnggaran: spent, capaian: result.capaian, instrument: self.efficiency)
    if result.capaian == nil {
      warnings.append(
        note(
          row, say("efisiensi tidak dihitung: tidak ada capaian angka", "efficiency not computed: no numeric capaian")))
    } else if efficiency.ratio == nil {
      warnings.append(
        note(
          row,
          say(
            "rasio efisiensi tidak dihitung: capaian tidak positif",
            "efficiency ratio not computed: capaian is not positive")))
    }
    result.budget = efficiency
  }

  // MARK: - Helpers

  func bad(_ row: Row, _ field: IndicatorTable.Field, _ message: Localized) -> TimbangError {
    .badInput(table.location(row, field), message)
  }

  func negative(_ row: Row, _ field: IndicatorTable.Field, _ text: String) -> TimbangError {
    bad(
      row, field,
      Localized(
        id: "\"\(text)\" negatif: rumus capaian memerlukan nilai tidak negatif",
        en: "\"\(text)\" is negative: the capaian formulas need values of zero or more"))
  }

  func note(_ row: Row, _ message: String) -> String { "\(table.file):\(row.line): \(message)" }
}
