import TimbangCore
import TimbangIKM
import TimbangReports

/// `timbang skm score|merge|sample-size`.
enum SKMCommands {
  static var all: [CommandSpec] { [score, merge, sampleSize] }

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
    let scanner = SurveyScanner(
      instrument: instrument, by: by, missing: try invocation.choice("missing", default: MissingPolicy.available),
      invalid: try invocation.choice("invalid", default: InvalidPolicy.error), map: map, dialect: try invocation.dialect())
    var tally = SKMTally(instrument: instrument.id, by: by, missingPolicy: scanner.missing)
    var rows = 0
    var warnings: [String] = []
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
      warnings += scan.skippedRows + scan.invalidCells.map(\.description)
      if scan.invalidCellCount > scan.invalidCells.count {
        warnings.append("\(path): \(scan.invalidCellCount - scan.invalidCells.count) more invalid cells not listed")
      }
    }
    if invocation.format == "tally" {
      try CommandSupport.emit(JSONWriter.string(TallyFile.json(tally, instrument: instrument)), invocation, console)
      console.warn(warnings.map(MessageText.clean))
      return 0
    }
    var result = SKMScoring.score(
      tally, instrument: instrument, weighting: weighting,
      rollup: try invocation.choice("rollup", default: RollupPolicy.pooled),
      roundIndex: try roundIndex(invocation), inputs: invocation.arguments, rowsRead: rows)
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
              SourceLocation(file: path, jsonPath: "$.instrument"), "names \"\(id)\" but --instrument is \"\(loaded.id)\"")
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
    guard let tally = merged, let instrument else { throw TimbangError.usage("skm merge: no tally files") }
    if invocation.format == "tally" {
      try CommandSupport.emit(JSONWriter.string(TallyFile.json(tally, instrument: instrument)), invocation, console)
      return 0
    }
    let result = SKMScoring.score(
      tally, instrument: instrument, weighting: try weighting(invocation, instrument),
      rollup: try invocation.choice("rollup", default: RollupPolicy.pooled),
      roundIndex: try roundIndex(invocation), inputs: invocation.arguments,
      rowsRead: tally.groups.values.reduce(0) { $0 + $1.respondents })
    try emit(result, instrument: instrument, invocation, console)
    return 0
  }

  /// `--round-index N` (0–10 decimals; the forms print 2 to 4), or `nil`.
  static func roundIndex(_ invocation: Invocation) throws -> Int? {
    guard let n = try invocation.integer("round-index") else { return nil }
    guard (0...10).contains(n) else { throw TimbangError.usage("--round-index: \(n) is not a number of decimals (give 0–10)") }
    return n
  }

  /// `--threads N` (N ≥ 1), or `nil` for every core.
  static func threads(_ invocation: Invocation) throws -> Int? {
    guard let n = try invocation.integer("threads") else { return nil }
    guard n >= 1 else { throw TimbangError.usage("--threads: \(n) is not a number of cores (give 1 or more)") }
    return n
  }

  /// The weighting chosen by `--weights` / `--weights-file`.
  static func weighting(_ invocation: Invocation, _ instrument: SKMInstrument) throws -> Weighting {
    var policy = try invocation.choice("weights", default: WeightPolicy.printed)
    var custom: [Double]? = nil
    if let path = invocation.value("weights-file") {
      if invocation.value("weights") == nil { policy = .custom }
      guard policy == .custom else { throw TimbangError.usage("--weights-file needs --weights custom") }
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
          "\"\(code)\" is not an element of \(instrument.id)")
      }
      guard let w = NumberParsing.parse(row.fields[weightColumn], decimalComma: table.dialect.decimalComma), w > 0 else {
        throw TimbangError.badInput(
          SourceLocation(file: path, line: row.line, column: table.header[weightColumn]),
          "weight \"\(row.fields[weightColumn])\" is not a positive number")
      }
      guard weights[i] == nil else {
        throw TimbangError.badInput(SourceLocation(file: path, line: row.line), "\(code) has two weights")
      }
      weights[i] = w
    }
    let missing = instrument.elements.indices.filter { weights[$0] == nil }.map { instrument.elements[$0].code }
    guard missing.isEmpty else {
      throw TimbangError.badInput(SourceLocation(file: path), "no weight for \(missing.joined(separator: ", "))")
    }
    let values = weights.compactMap { $0 }
    let sum = values.reduce(0, +)
    guard abs(sum - 1) <= 1e-9 else {
      throw TimbangError.badInput(
        SourceLocation(file: path, line: lastLine), "weights sum to \(NumberFormat.plain.compact(sum)), expected 1 (within 1e-9)")
    }
    return values
  }

  static func emit(_ result: SKMResult, instrument: SKMInstrument, _ invocation: Invocation, _ console: Console) throws {
    let language = invocation.language
    let tables = SKMTables.all(result, instrument: instrument)
    try CommandSupport.emit(
      json: result.json, tables: tables,
      charts: result.groups.map { SKMCharts.elements($0, instrument: instrument) }
        + [SKMCharts.elements(result.total, instrument: instrument)],
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
    console.warn(result.warnings.map(MessageText.clean))
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
      guard let n = Int(raw), n > 0 else { throw TimbangError.usage("skm sample-size: N must be a whole number above 0") }
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
    else { throw TimbangError.usage("skm sample-size: give N, or --survey FILE --by COL --population FILE") }
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
          "population \"\(row.fields[populationColumn])\" is not a whole number above 0")
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
