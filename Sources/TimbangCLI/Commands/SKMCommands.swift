import TimbangCore
import TimbangIKM
import TimbangReports

/// `timbang skm score|merge|sample-size`.
enum SKMCommands {
  static var all: [CommandSpec] { [score, merge, compare, sampleSize] }

  static let defaultInstrument = "skm-permenpanrb-14-2017"

  static let scoringOptions: [OptionSpec] = [
    OptionSpec(
      "weights", value: "printed|exact|custom", help: "weighting policy (default: printed, the regulation's 0.111)",
      choices: ["printed", "exact", "custom"]),
    OptionSpec("weights-file", value: "FILE", help: "custom weights, CSV element,weight (implies --weights custom)"),
    OptionSpec(
      "rollup", value: "pooled|equal", help: "total of a grouped run: pool respondents or average groups (default: pooled)",
      choices: ["pooled", "equal"]),
    OptionSpec("round-index", value: "N", help: "round the index to N decimals before × 25 (KepMenPAN 25/2004 forms)"),
    OptionSpec(
      "precision",
      help: "standard error, 95% interval, grade certainty and minimum detectable change (tallies keep pair counts)"),
    OptionSpec("population", value: "N", help: "with --precision: population of the (ungrouped) survey, for the finite-population correction"),
    OptionSpec("population-file", value: "FILE", help: "with --precision: CSV group,population for the --by groups"),
  ]

  static let score = CommandSpec(
    ["skm", "score"], summary: "score a public-satisfaction survey (IKM) from respondent rows",
    arguments: "FILE…",
    discussion: """
      Columns bind to elements by code (U1…), official name or a common short name, never by position; --explain
      shows the binding. Answers may be 1–4, a–d, the questionnaire's labels or the generic scale (Tidak / Kurang /
      Baik / Sangat Baik, Tidak Puas … Sangat Puas). Several files are tallied together exactly as one file.
      `-` reads standard input.
      """,
    options: [CommonOptions.instrument] + scoringOptions + [
      OptionSpec("by", value: "COL,…", help: "one result per distinct value of these columns, plus the total"),
      OptionSpec(
        "missing", value: "available|listwise", help: "blank answers: per-element available case, or drop the respondent",
        choices: ["available", "listwise"]),
      OptionSpec(
        "invalid", value: "error|missing", help: "unusable answers: stop (exit 65) or count as blank with a warning",
        choices: ["error", "missing"]),
      OptionSpec("map", value: "FILE", help: "explicit column → element binding, CSV column,element"),
      OptionSpec("explain", help: "print how each column was bound to an element (on standard error)"),
      OptionSpec("threads", value: "N", help: "cores to scan large files on (default: all)"),
      CommonOptions.delimiter, CommonOptions.format(CommandSupport.formats + ["tally"]), CommonOptions.table,
      CommonOptions.output, CommonOptions.lang, CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: nil,
    examples: [
      "timbang skm score Datasets/skm-banjarnegara-2023.csv",
      "timbang skm score Datasets/skm-synthetic-units.csv --by unit --format md",
      "timbang skm score survey.csv --weights exact --format json -o ikm.json",
      "timbang skm score q1.csv q2.csv --format tally -o q1q2.tally.json",
    ]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    let instrument = try SKMInstrument.load(
      library.load(invocation.value("instrument") ?? defaultInstrument, kind: "skm"))
    let weighting = try weighting(invocation, instrument)
    let by = (invocation.value("by") ?? "").split(separator: ",").map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }
    let map = try invocation.value("map").map { try ColumnBinding.readMap(path: $0) } ?? [:]
    var scanner = SurveyScanner(
      instrument: instrument, by: by, missing: try invocation.choice("missing", default: MissingPolicy.available),
      invalid: try invocation.choice("invalid", default: InvalidPolicy.error), map: map, dialect: try invocation.dialect())
    scanner.precision = invocation.flag("precision")
    let precision = try precisionRequest(invocation)
    var tally = SKMTally(instrument: instrument.id, by: by, missingPolicy: scanner.missing)
    var rows = 0
    var warnings: [Localized] = []
    let options = ScanOptions(threads: try threads(invocation))
    for path in invocation.arguments {
      let progress = ScanProgress(path: path, console: console)
      let scan = try scanner.scan(path: path, options: options, progress: progress.report)
      progress.finish()
      if invocation.flag("explain") {
        console.err("\(path == "-" ? "<stdin>" : path): columns bound to \(instrument.id):\n")
        console.err(scan.binding.explanation.map { "  " + $0 + "\n" }.joined())
      }
      try tally.merge(scan.tally, file: path)
      rows += scan.rowsRead
      warnings += scan.skippedRows + scan.invalidCells.map(\.message)
      if scan.invalidCellCount > scan.invalidCells.count {
        let more = scan.invalidCellCount - scan.invalidCells.count
        warnings.append(
          Localized(
            id: "\(path): \(more) sel tidak sah lainnya tidak dicantumkan",
            en: "\(path): \(more) more invalid cells not listed"))
      }
    }
    if invocation.format == "tally" {
      try CommandSupport.emit(JSONWriter.string(TallyFile.json(tally, instrument: instrument)), invocation, console)
      console.warn(warnings)
      return 0
    }
    var result = SKMScoring.score(
      tally, instrument: instrument, weighting: weighting,
      rollup: try invocation.choice("rollup", default: RollupPolicy.pooled),
      roundIndex: try roundIndex(invocation), inputs: invocation.arguments, rowsRead: rows, precision: precision)
    result.warnings = warnings + result.warnings
    try emit(result, instrument: instrument, invocation, console)
    return 0
  }

  static let merge = CommandSpec(
    ["skm", "merge"], summary: "merge saved tallies (from `skm score --format tally`) and score them",
    arguments: "TALLY…",
    discussion: "Tallies must come from the same instrument, grouping columns and missing-answer policy.",
    options: scoringOptions + [
      OptionSpec("instrument", value: "PATH", help: "instrument file, when the tallies name a non-bundled instrument"),
      CommonOptions.format(CommandSupport.formats + ["tally"]), CommonOptions.table, CommonOptions.output,
      CommonOptions.lang, CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: nil,
    examples: ["timbang skm merge unit-a.tally.json unit-b.tally.json --format json"]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    var merged: SKMTally? = nil
    var instrument: SKMInstrument? = nil
    for path in invocation.arguments {
      let (tally, inst) = try TallyFile.read(ByteSource.readAll(path: path), file: path) { id in
        if let explicit = invocation.value("instrument") {
          let loaded = try SKMInstrument.load(library.load(explicit, kind: "skm"))
          guard loaded.id == id else {
            throw TimbangError.badInput(
              SourceLocation(file: path, jsonPath: "$.instrument"),
              Localized(
                id: "menyebut \"\(id)\" padahal --instrument adalah \"\(loaded.id)\"",
                en: "names \"\(id)\" but --instrument is \"\(loaded.id)\""))
          }
          return loaded
        }
        do {
          return try SKMInstrument.load(library.load(id, kind: "skm"))
        } catch TimbangError.usage(let message) {
          // An id the library does not know is the tally file's fault, not the command line's.
          throw TimbangError.badInput(SourceLocation(file: path, jsonPath: "$.instrument"), message)
        }
      }
      if merged == nil {
        merged = tally
        instrument = inst
      } else {
        try merged?.merge(tally, file: path)
      }
    }
    guard let tally = merged, let instrument else {
      throw TimbangError.usage(Localized(id: "skm merge: tidak ada berkas tally", en: "skm merge: no tally files"))
    }
    if invocation.format == "tally" {
      try CommandSupport.emit(JSONWriter.string(TallyFile.json(tally, instrument: instrument)), invocation, console)
      return 0
    }
    let result = SKMScoring.score(
      tally, instrument: instrument, weighting: try weighting(invocation, instrument),
      rollup: try invocation.choice("rollup", default: RollupPolicy.pooled),
      roundIndex: try roundIndex(invocation), inputs: invocation.arguments,
      rowsRead: tally.groups.values.reduce(0) { $0 + $1.respondents }, precision: try precisionRequest(invocation))
    try emit(result, instrument: instrument, invocation, console)
    return 0
  }

  /// `--round-index N` (0–10 decimals; the forms print 2 to 4), or `nil`.
  static let compare = CommandSpec(
    ["skm", "compare"], summary: "difference of two IKM results (periods, units) with its standard error and significance",
    arguments: "A B",
    discussion: """
      A and B are survey files or tallies saved with --precision (`skm score … --precision --format tally`). With
      --by COL --groups X,Y, one file's groups X and Y are compared. The samples are taken as independent:
      se(diff) = √(se_A² + se_B²); the change is significant at 95% when |diff| > 1.959964 · se(diff).
      """,
    options: scoringOptions.filter { $0.name != "precision" } + [
      CommonOptions.instrument, OptionSpec("by", value: "COL", help: "group column (with --groups)"),
      OptionSpec("groups", value: "X,Y", help: "compare these two groups of one file"),
      CommonOptions.format(["text", "json"]), CommonOptions.output, CommonOptions.lang, CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: 2,
    examples: [
      "timbang skm compare survei-2023.csv survei-2024.csv",
      "timbang skm compare Datasets/skm-synthetic-units.csv --by unit --groups \"Dinas Dukcapil,Kecamatan Bawang\"",
    ]
  ) { invocation, console in
    var flagged = invocation
    flagged.flags.insert("precision")
    let precision = try precisionRequest(flagged) ?? PrecisionRequest()
    let library = CommandSupport.library(invocation, console)
    /// The total (or one group) of a file or tally, with precision.
    func side(_ path: String, group: String?) throws -> (label: String, result: GroupResult) {
      let instrument: SKMInstrument
      var tally: SKMTally
      let by = invocation.value("by").map { [$0] } ?? []
      if path.hasSuffix(".json") {
        (tally, instrument) = try TallyFile.read(ByteSource.readAll(path: path), file: path) { id in
          try SKMInstrument.load(library.load(invocation.value("instrument") ?? id, kind: "skm"))
        }
      } else {
        instrument = try SKMInstrument.load(library.load(invocation.value("instrument") ?? defaultInstrument, kind: "skm"))
        var scanner = SurveyScanner(instrument: instrument, by: group == nil ? [] : by)
        scanner.precision = true
        tally = try scanner.scan(path: path).tally
      }
      let result = SKMScoring.score(
        tally, instrument: instrument, weighting: try weighting(invocation, instrument), precision: precision)
      if let group {
        guard let g = result.groups.first(where: { $0.key.map(\.1) == [group] }) else {
          let groups = result.groups.map(\.keyLabel).joined(separator: ", ")
          throw TimbangError.usage(
            Localized(
              id: "skm compare: kelompok \"\(group)\" tidak ada di \(path) (kelompok: \(groups))",
              en: "skm compare: no group \"\(group)\" in \(path) (groups: \(groups))"))
        }
        return (group, g)
      }
      return (path, result.total)
    }
    let a: (label: String, result: GroupResult)
    let b: (label: String, result: GroupResult)
    if let groups = invocation.value("groups") {
      let names = groups.split(separator: ",").map { String($0).trimmingWhitespace }
      guard names.count == 2, invocation.value("by") != nil, invocation.arguments.count == 1 else {
        throw TimbangError.usage(
          Localized(
            id: "skm compare: --groups X,Y memerlukan --by COL dan satu berkas",
            en: "skm compare: --groups X,Y needs --by COL and one file"))
      }
      a = try side(invocation.arguments[0], group: names[0])
      b = try side(invocation.arguments[0], group: names[1])
    } else {
      guard invocation.arguments.count == 2 else {
        throw TimbangError.usage(
          Localized(id: "skm compare: berikan dua berkas atau tally", en: "skm compare: give two files or tallies"))
      }
      a = try side(invocation.arguments[0], group: nil)
      b = try side(invocation.arguments[1], group: nil)
    }
    guard let ca = a.result.converted, let cb = b.result.converted, let pa = a.result.precision,
      let pb = b.result.precision
    else {
      throw TimbangError.badInput(
        SourceLocation(file: invocation.arguments.joined(separator: ", ")),
        Localized(
          id:
            "presisi tidak tersedia untuk salah satu sisi (tally disimpan tanpa --precision, atau ada unsur tanpa jawaban)",
          en: "precision is unavailable for one side (a tally saved without --precision, or an element without answers)"
        ))
    }
    let difference = cb - ca
    let se = (pa.se * pa.se + pb.se * pb.se).squareRoot()
    let significant = abs(difference) > PrecisionEstimator.z95 * se
    if invocation.format == "json" {
      func sideJSON(_ s: (label: String, result: GroupResult), _ p: Precision) -> JSONValue {
        .object([("label", .string(s.label)), ("respondents", .int(s.result.respondents)), ("converted", .number(s.result.converted)), ("se", .number(p.se))])
      }
      try CommandSupport.emit(
        JSONWriter.string(
          .object([
            ("a", sideJSON(a, pa)), ("b", sideJSON(b, pb)), ("difference", .number(difference)), ("se", .number(se)),
            ("ciLow", .number(difference - PrecisionEstimator.z95 * se)), ("ciHigh", .number(difference + PrecisionEstimator.z95 * se)),
            ("significant", .bool(significant)),
          ])), invocation, console)
      return 0
    }
    let f = NumberFormat.forLanguage(invocation.language)
    let id = invocation.language == .id
    var text = "A \(a.label): \(f.string(ca, places: 2)) (± \(f.string(pa.se, places: 3)), \(a.result.respondents) \(id ? "responden" : "respondents"))\n"
    text += "B \(b.label): \(f.string(cb, places: 2)) (± \(f.string(pb.se, places: 3)), \(b.result.respondents) \(id ? "responden" : "respondents"))\n"
    text += (id ? "Selisih B − A: " : "Difference B − A: ") + "\(f.string(difference, places: 2)) ± \(f.string(se, places: 3)); "
    text += (id ? "selang 95% " : "95% interval ") + "\(f.string(difference - PrecisionEstimator.z95 * se, places: 2)) … \(f.string(difference + PrecisionEstimator.z95 * se, places: 2))\n"
    text += significant
      ? (id ? "Perubahan signifikan pada taraf 95%.\n" : "The change is significant at 95%.\n")
      : (id ? "Perubahan tidak signifikan pada taraf 95% (masih dalam galat sampel).\n" : "The change is not significant at 95% (within sampling error).\n")
    try CommandSupport.emit(text, invocation, console)
    return 0
  }

  /// A population cell that is not a count of people.
  static func badPopulation(_ text: String) -> Localized {
    Localized(
      id: "populasi \"\(text)\" bukan bilangan bulat di atas 0",
      en: "population \"\(text)\" is not a whole number above 0")
  }

  /// `--precision` with its populations, or `nil` without `--precision`.
  static func precisionRequest(_ invocation: Invocation) throws -> PrecisionRequest? {
    guard invocation.flag("precision") else {
      if invocation.value("population") != nil || invocation.value("population-file") != nil {
        throw TimbangError.usage(
          Localized(
            id: "--population dan --population-file memerlukan --precision",
            en: "--population and --population-file need --precision"))
      }
      return nil
    }
    var request = PrecisionRequest()
    if let n = try invocation.integer("population") {
      guard n > 0 else {
        throw TimbangError.usage(
          Localized(
            id: "--population: berikan jumlah orang di atas 0", en: "--population: give a number of people above 0"))
      }
      request.population = n
    }
    if let path = invocation.value("population-file") {
      let table = try CSVTable(path: path)
      let group = try table.requiredColumn(["group", "kelompok"])
      let population = try table.requiredColumn(["population", "populasi"])
      for row in try table.allRows() {
        guard let n = Int(row.fields[population]), n > 0 else {
          throw TimbangError.badInput(
            SourceLocation(file: path, line: row.line, column: table.header[population]),
            badPopulation(row.fields[population]))
        }
        request.groupPopulations[row.fields[group]] = n
      }
    }
    return request
  }

  static func roundIndex(_ invocation: Invocation) throws -> Int? {
    guard let n = try invocation.integer("round-index") else { return nil }
    guard (0...10).contains(n) else {
      throw TimbangError.usage(
        Localized(
          id: "--round-index: \(n) bukan jumlah desimal (berikan 0–10)",
          en: "--round-index: \(n) is not a number of decimals (give 0–10)"))
    }
    return n
  }

  /// `--threads N` (N ≥ 1), or `nil` for every core.
  static func threads(_ invocation: Invocation) throws -> Int? {
    guard let n = try invocation.integer("threads") else { return nil }
    guard n >= 1 else {
      throw TimbangError.usage(
        Localized(
          id: "--threads: \(n) bukan jumlah inti prosesor (berikan 1 atau lebih)",
          en: "--threads: \(n) is not a number of cores (give 1 or more)"))
    }
    return n
  }

  /// The weighting chosen by `--weights` / `--weights-file`.
  static func weighting(_ invocation: Invocation, _ instrument: SKMInstrument) throws -> Weighting {
    var policy = try invocation.choice("weights", default: WeightPolicy.printed)
    var custom: [Double]? = nil
    if let path = invocation.value("weights-file") {
      if invocation.value("weights") == nil { policy = .custom }
      guard policy == .custom else {
        throw TimbangError.usage(
          Localized(id: "--weights-file memerlukan --weights custom", en: "--weights-file needs --weights custom"))
      }
      custom = try readWeights(path: path, instrument: instrument)
    }
    return try Weighting.make(policy, for: instrument, customWeights: custom)
  }

  /// Reads `element,weight` rows; every element once, summing to 1 within 1e-9.
  static func readWeights(path: String, instrument: SKMInstrument) throws -> [Double] {
    let table = try CSVTable(path: path)
    let elementColumn = try table.requiredColumn(["element", "unsur"])
    let weightColumn = try table.requiredColumn(["weight", "bobot"])
    var weights = [Double?](repeating: nil, count: instrument.elements.count)
    var lastLine = 1
    for row in try table.allRows() {
      lastLine = row.line
      let code = row.fields[elementColumn]
      guard let i = instrument.elements.firstIndex(where: { HeaderName.normalize($0.code) == HeaderName.normalize(code) })
      else {
        throw TimbangError.badInput(
          SourceLocation(file: path, line: row.line, column: table.header[elementColumn]),
          Localized(
            id: "\"\(code)\" bukan unsur \(instrument.id)", en: "\"\(code)\" is not an element of \(instrument.id)"))
      }
      guard let w = NumberParsing.parse(row.fields[weightColumn], decimalComma: table.dialect.decimalComma), w > 0 else {
        throw TimbangError.badInput(
          SourceLocation(file: path, line: row.line, column: table.header[weightColumn]),
          Localized(
            id: "bobot \"\(row.fields[weightColumn])\" bukan bilangan positif",
            en: "weight \"\(row.fields[weightColumn])\" is not a positive number"))
      }
      guard weights[i] == nil else {
        throw TimbangError.badInput(
          SourceLocation(file: path, line: row.line),
          Localized(id: "\(code) memiliki dua bobot", en: "\(code) has two weights"))
      }
      weights[i] = w
    }
    let missing = instrument.elements.indices.filter { weights[$0] == nil }.map { instrument.elements[$0].code }
    guard missing.isEmpty else {
      let list = missing.joined(separator: ", ")
      throw TimbangError.badInput(
        SourceLocation(file: path), Localized(id: "tidak ada bobot untuk \(list)", en: "no weight for \(list)"))
    }
    let values = weights.compactMap { $0 }
    let sum = values.reduce(0, +)
    guard abs(sum - 1) <= 1e-9 else {
      throw TimbangError.badInput(
        SourceLocation(file: path, line: lastLine),
        Localized(
          id: "jumlah bobot \(NumberFormat.plain.compact(sum)), seharusnya 1 (toleransi 1e-9)",
          en: "weights sum to \(NumberFormat.plain.compact(sum)), expected 1 (within 1e-9)"))
    }
    return values
  }

  static func emit(_ result: SKMResult, instrument: SKMInstrument, _ invocation: Invocation, _ console: Console) throws {
    let language = invocation.language
    try CommandSupport.emit(
      json: result.json, tables: SKMTables.all(result, instrument: instrument),
      charts: result.groups.map { SKMCharts.elements($0, instrument: instrument) }
        + [SKMCharts.elements(result.total, instrument: instrument)]
        + [SKMCharts.precision(result, instrument: instrument)].compactMap { $0 },
      text: {
        var out = "\(instrument.title) — \(instrument.id)\n"
        out += "\(result.inputs.joined(separator: ", ")): \(NumberFormat.forLanguage(language).string(result.total.respondents)) "
          + (language == .id ? "responden" : "respondents") + "\n\n"
        if !result.groups.isEmpty {
          out += TextRenderer.render(SKMTables.groups(result), language: language) + "\n"
        }
        out += TextRenderer.render(SKMTables.summary(result.total, result: result, instrument: instrument), language: language)
        if !result.total.profiles.isEmpty {
          out += "\n" + TextRenderer.render(SKMTables.profile(result.total, instrument: instrument), language: language)
        }
        return out
      }, title: Localized(id: instrument.title, en: instrument.title),
      source: .init(instrument: instrument.id, instrumentTitle: instrument.source, inputs: result.inputs), invocation, console)
    console.warn(result.warnings)
  }

  static let sampleSize = CommandSpec(
    ["skm", "sample-size"], summary: "Krejcie–Morgan sample size for a population (and whether a survey reached it)",
    arguments: "[N]",
    discussion: """
      With N: the required sample for a population of N. With --survey FILE --by COL --population POPFILE (CSV
      group,population): per group, the required sample, the respondents obtained and whether it was reached.
      """,
    options: [
      OptionSpec("survey", value: "FILE", help: "survey file to count respondents in"),
      OptionSpec("by", value: "COL", help: "group column of the survey"),
      OptionSpec("population", value: "FILE", help: "CSV group,population"),
      CommonOptions.instrument, CommonOptions.format(["text", "json"]), CommonOptions.output, CommonOptions.lang,
      CommonOptions.instruments,
    ],
    minArguments: 0, maxArguments: 1,
    examples: [
      "timbang skm sample-size 1000",
      "timbang skm sample-size --survey Datasets/skm-synthetic-units.csv --by unit --population Datasets/skm-synthetic-population.csv",
    ]
  ) { invocation, console in
    let format = NumberFormat.forLanguage(invocation.language)
    if let raw = invocation.arguments.first {
      guard let n = Int(raw), n > 0 else {
        throw TimbangError.usage(
          Localized(
            id: "skm sample-size: N harus bilangan bulat di atas 0",
            en: "skm sample-size: N must be a whole number above 0"))
      }
      let s = SampleSize.krejcieMorgan(population: n)
      if invocation.format == "json" {
        try CommandSupport.emit(
          JSONWriter.string(.object([("population", .int(n)), ("sample", .int(s))])), invocation, console)
      } else {
        let label = invocation.language == .id ? "populasi \(format.string(n)): sampel minimal \(format.string(s)) responden"
          : "population \(format.string(n)): minimum sample \(format.string(s)) respondents"
        try CommandSupport.emit(label + "\n", invocation, console)
      }
      return 0
    }
    guard let survey = invocation.value("survey"), let by = invocation.value("by"),
      let populationPath = invocation.value("population")
    else {
      throw TimbangError.usage(
        Localized(
          id: "skm sample-size: berikan N, atau --survey FILE --by COL --population FILE",
          en: "skm sample-size: give N, or --survey FILE --by COL --population FILE"))
    }
    let library = CommandSupport.library(invocation, console)
    let instrument = try SKMInstrument.load(library.load(invocation.value("instrument") ?? defaultInstrument, kind: "skm"))
    let scan = try SurveyScanner(instrument: instrument, by: [by], invalid: .missing).scan(path: survey)
    let populations = try CSVTable(path: populationPath)
    let groupColumn = try populations.requiredColumn(["group", "kelompok", by])
    let populationColumn = try populations.requiredColumn(["population", "populasi"])
    var rows: [JSONValue] = []
    var lines: [[Table.Cell]] = []
    for row in try populations.allRows() {
      let group = row.fields[groupColumn]
      guard let n = Int(row.fields[populationColumn]), n > 0 else {
        throw TimbangError.badInput(
          SourceLocation(file: populationPath, line: row.line, column: populations.header[populationColumn]),
          SKMCommands.badPopulation(row.fields[populationColumn]))
      }
      let required = SampleSize.krejcieMorgan(population: n)
      let obtained = scan.tally.groups[[group]]?.respondents ?? 0
      rows.append(
        .object([
          ("group", .string(group)), ("population", .int(n)), ("required", .int(required)),
          ("obtained", .int(obtained)), ("reached", .bool(obtained >= required)),
        ]))
      lines.append([
        .text(group), .integer(n), .integer(required), .integer(obtained),
        .label(obtained >= required ? Localized(id: "tercapai", en: "reached") : Localized(id: "belum", en: "not reached")),
      ])
    }
    if invocation.format == "json" {
      try CommandSupport.emit(JSONWriter.string(.object([("by", .string(by)), ("groups", .array(rows))])), invocation, console)
    } else {
      let table = Table(
        id: "skm-sample-size", title: Localized(id: "Kecukupan sampel (Krejcie–Morgan)", en: "Sample adequacy (Krejcie–Morgan)"),
        columns: [
          .init("group", Localized(stringLiteral: by)), .init("population", Localized(id: "Populasi", en: "Population"), .integer),
          .init("required", Localized(id: "Sampel minimal", en: "Required"), .integer),
          .init("obtained", Localized(id: "Responden", en: "Obtained"), .integer),
          .init("reached", Localized(id: "Status", en: "Status")),
        ], rows: lines.map { Table.Row($0) })
      try CommandSupport.emit(TextRenderer.render(table, language: invocation.language), invocation, console)
    }
    return 0
  }
}
