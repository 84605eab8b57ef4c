import TimbangCore
import TimbangReports
import TimbangSAKIP

/// `timbang sakip score|capaian`: the accountability evaluation worksheet (LKE) and the LKjIP capaian tables.
enum SAKIPCommands {
  static var all: [CommandSpec] { [score, capaian] }

  static let defaultInstrument = "sakip-permenpanrb-88-2021"
  static let defaultScales = "capaian-scales"
  static let defaultEfficiency = "efisiensi-kepmendagri-690.900-327-1996"

  static let outputOptions: [OptionSpec] = [
    CommonOptions.delimiter, CommonOptions.format(CommandSupport.formats), CommonOptions.table,
    CommonOptions.output, CommonOptions.lang, CommonOptions.instruments,
  ]

  static let score = CommandSpec(
    ["sakip", "score"], summary: "score a SAKIP evaluation worksheet (LKE): components, total, predicate",
    arguments: "FILE",
    discussion: """
      FILE is CSV `code,value` (or JSON {"code": value}). A code is a component (`1`) with a score within 0…weight
      or `-` when not assessed (the total is then rescaled to 100), a sub-component (`1.1`) with a grade AA…E or a
      score, a criterion (`1.1.3`) with Y/T or A–E, or an upgrade flag (`1.1.maintained1y`, `1.2.appreciated`,
      `1.2.nationalModel`) with Y/T. The predicate is decided on the total rounded to 2 decimals (lower bounds
      exclusive: 90.00 is A, 90.01 is AA). Tables: sakip-components, sakip-subcomponents. `-` reads standard input.
      """,
    options: [
      CommonOptions.instrument,
      OptionSpec(
        "method", value: "value|grade",
        help: "criterion answers: mean of values (Y 1, T 0, A–E) or grade from the share of Y (default: value)",
        choices: ["value", "grade"]),
      OptionSpec(
        "unanswered", value: "error|zero", help: "unanswered criteria or sub-components: stop (exit 65) or count 0",
        choices: ["error", "zero"]),
    ] + outputOptions,
    minArguments: 1, maxArguments: 1,
    examples: [
      "timbang sakip score Datasets/sakip-banjarnegara-2022.csv",
      "timbang sakip score Datasets/sakip-lke-diskominfo-2023.csv --method grade --format md",
      "timbang sakip score Datasets/sakip-kaltim-2019.csv --instrument sakip-permenpanrb-12-2015 --format json",
    ]
  ) { invocation, console in
    let language = invocation.language
    let library = CommandSupport.library(invocation, console)
    let instrument = try SAKIPInstrument.load(
      library.load(invocation.value("instrument") ?? defaultInstrument, kind: "sakip"))
    let path = invocation.arguments[0]
    let bytes = try ByteSource.readAll(path: path)
    let input = try WorksheetReader.read(
      bytes, file: path == "-" ? "<stdin>" : path, dialect: try invocation.dialect())
    let policy = EvaluationPolicy(
      method: try invocation.choice("method", default: EvaluationPolicy.Method.value),
      unanswered: try invocation.choice("unanswered", default: EvaluationPolicy.Unanswered.error),
      language: language)
    let result = try EvaluationScorer.score(input, instrument: instrument, policy: policy)
    let tables = [EvaluationTables.components(result), EvaluationTables.subcomponents(result)]
    try CommandSupport.emit(
      json: result.json, tables: tables, charts: [SAKIPCharts.components(result)],
      text: { scoreText(result, tables, language) }, title: Localized(id: "Evaluasi SAKIP", en: "SAKIP evaluation"),
      source: .init(instrument: instrument.header.id, instrumentTitle: instrument.header.source, inputs: [path]),
      invocation, console)
    console.warn(result.warnings.map(MessageText.clean))
    return 0
  }

  static let capaian = CommandSpec(
    ["sakip", "capaian"], summary: "compute capaian kinerja, categories and budget efficiency of an indicator table",
    arguments: "FILE",
    discussion: """
      FILE is CSV with columns sasaran, indikator, satuan, target, realisasi and optionally polaritas (naik|turun),
      kode, tahun, skala, targetRenstra, realisasiLalu, anggaran, realisasiAnggaran. Targets may be numbers, ranges
      (80-90) or levels of an ordered scale named in `skala` (kami-level, sakip-predikat, ikm-mutu, spbe-predikat),
      with an optional number in parentheses (B (61)). A realisasi `=0.35*a + 0.65*b` is a composite of the rows with
      kode a and b. Tables: capaian, efisiensi. `-` reads standard input.
      """,
    options: [
      OptionSpec(
        "scale", value: "NAME|FILE", help: "category scale: lkjip-5 (default), rkpd-5, berhasil-4, or a scales file"),
      OptionSpec("cap", value: "N", help: "cap capaian at N % (default: no cap)"),
      OptionSpec(
        "lower-formula", value: "standard|ratio",
        help: "lower-is-better: (2·target − realisasi)/target (default) or target/realisasi",
        choices: ["standard", "ratio"]),
      OptionSpec(
        "zero-target", value: "met|skip", help: "target 0: 100 when met (else 0), or no capaian (default: error)",
        choices: ["met", "skip"]),
      OptionSpec(
        "instrument", value: "ID|PATH",
        help: "scales file with the category and ordered scales (default: capaian-scales)"),
      OptionSpec(
        "efficiency", value: "ID|PATH",
        help: "efficiency bands (default: efisiensi-kepmendagri-690.900-327-1996)"),
    ] + outputOptions,
    minArguments: 1, maxArguments: 1,
    examples: [
      "timbang sakip capaian Datasets/capaian-diskominfo-2023.csv",
      "timbang sakip capaian Datasets/capaian-diskominfo-2023.csv --scale rkpd-5 --cap 120 --format md",
      "timbang sakip capaian iku.csv --table efisiensi --format csv -o efisiensi.csv",
    ]
  ) { invocation, console in
    let language = invocation.language
    let library = CommandSupport.library(invocation, console)
    var scales = try CapaianScales.load(
      library.load(invocation.value("instrument") ?? defaultScales, kind: "capaian-scales"))
    var scaleName = invocation.value("scale")
    if let value = scaleName, value.contains("/") || value.hasSuffix(".json") {
      // A scales file of the user's: its default category scale, the ordered scales of --instrument.
      let custom = try CapaianScales.load(library.load(value, kind: "capaian-scales"))
      scales.categoryScales.removeAll { $0.name == custom.defaultScale }
      if let chosen = custom.categoryScale(named: custom.defaultScale) { scales.categoryScales.append(chosen) }
      scaleName = custom.defaultScale
    }
    let efficiency = try EfficiencyInstrument.load(
      library.load(invocation.value("efficiency") ?? defaultEfficiency, kind: "efisiensi"))
    let policy = CapaianPolicy(
      scale: scaleName, cap: try invocation.number("cap"),
      lowerFormula: try invocation.choice("lower-formula", default: CapaianPolicy.LowerFormula.standard),
      zeroTarget: try invocation.choice("zero-target", default: CapaianPolicy.ZeroTarget.error), language: language)
    let path = invocation.arguments[0]
    let bytes = try ByteSource.readAll(path: path)
    let table = try IndicatorTable.read(bytes, file: path == "-" ? "<stdin>" : path, dialect: try invocation.dialect())
    let result = try CapaianScorer.score(table, scales: scales, efficiency: efficiency, policy: policy)
    let tables = [CapaianTables.capaian(result), CapaianTables.efisiensi(result)]
    try CommandSupport.emit(
      json: result.json, tables: tables, charts: [SAKIPCharts.capaian(result)],
      text: {
        let shown = result.hasBudget ? tables : [tables[0]]
        return shown.map { TextRenderer.render($0, language: language) }.joined(separator: "\n")
      }, title: Localized(id: "Capaian kinerja", en: "Performance achievement"),
      source: .init(inputs: [path]), invocation, console)
    console.warn(result.warnings.map(MessageText.clean))
    return 0
  }

  /// The terminal view of an evaluation: the component table, the sub-component detail, and one summary line.
  static func scoreText(_ result: EvaluationResult, _ tables: [Table], _ language: Language) -> String {
    let format = NumberFormat.forLanguage(language)
    let label = result.predicate.label(language)
    let summary =
      language == .id
      ? "Nilai \(format.string(result.total, places: 2)) — predikat \(result.predicate.code) (\(label))"
        + (result.rescaled ? ", disetarakan dari \(format.compact(result.assessedWeight)) bobot yang dinilai" : "")
      : "Score \(format.string(result.total, places: 2)) — predicate \(result.predicate.code) (\(label))"
        + (result.rescaled ? ", rescaled from \(format.compact(result.assessedWeight)) assessed weight" : "")
    return tables.map { TextRenderer.render($0, language: language) }.joined(separator: "\n") + "\n" + summary + "\n"
  }
}
