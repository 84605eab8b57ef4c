import TimbangCore
import TimbangKAMI
import TimbangReports

/// `timbang kami score|template`: Indeks KAMI (BSSN) information-security readiness, versions 4.x and 5.0.
enum KAMICommands {
  static var all: [CommandSpec] { [score, template] }

  /// Tool versions accepted by `--version` and the bundled instrument each maps to.
  static let versions: [(version: String, id: String)] = [
    ("4.0", "kami-bssn-4.2"), ("4.1", "kami-bssn-4.2"), ("4.2", "kami-bssn-4.2"), ("5.0", "kami-bssn-5.0"),
  ]

  static let versionOption = OptionSpec(
    "version", value: "4.2|5.0",
    help: "Indeks KAMI version (4.0 and 4.1 share 4.2's instrument); shorthand for --instrument kami-bssn-VERSION",
    choices: versions.map(\.version))

  static let score = CommandSpec(
    ["kami", "score"], summary: "score Indeks KAMI answer files: KSE, areas, status, maturity, supplements",
    arguments: "FILE…",
    discussion: """
      Each FILE is a CSV with columns `question,answer` (other columns, such as the template's text, are ignored) for
      one electronic system. Questions are numbered as on the form: 1.1–1.10 (KSE, answers A/B/C), 2.x TK, 3.x PR,
      4.x KK, 5.x PA, 6.x TG and in 5.0 7.x PDP (answers 0–3 or the label: Tidak Dilakukan, Dalam Perencanaan,
      Dalam Penerapan / Diterapkan Sebagian, Diterapkan Secara Menyeluruh; TB = Tidak Berlaku in 5.0 where allowed),
      supplements S1.x (and in 4.x S2.x, S3.x), which are optional. Every KSE and area question must be answered.
      Without --version or --instrument the version is recognised from the question numbers.
      With several files, each is scored and the one with the highest KSE score is named as the baseline.
      Tables: kami-areas (and kami-systems for several files).
      """,
    options: [
      versionOption, CommonOptions.instrument, CommonOptions.instruments,
      CommonOptions.format(CommandSupport.formats),
      CommonOptions.output, CommonOptions.lang, CommonOptions.table, CommonOptions.delimiter,
    ],
    minArguments: 1, maxArguments: nil,
    examples: [
      "timbang kami score Datasets/kami-5.0-diskominfo-kabupaten.csv",
      "timbang kami score jawaban.csv --version 4.2 --format json -o hasil.json",
      "timbang kami score sistem-a.csv sistem-b.csv --format md --table kami-systems",
    ]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    let fixed = try explicitInstrument(invocation, library)
    let dialect = try invocation.dialect()
    var candidates: [KAMIInstrument]?
    var detected = false
    var results: [KAMIResult] = []
    for path in invocation.arguments {
      let sheet = try KAMIAnswerSheet.read(path: path, dialect: dialect)
      let instrument: KAMIInstrument
      if let fixed {
        instrument = fixed
      } else {
        if candidates == nil {
          candidates = try ["kami-bssn-4.2", "kami-bssn-5.0"].map {
            try KAMIInstrument.load(library.load($0, kind: "kami"))
          }
        }
        guard let best = KAMIVersionDetection.best(for: sheet, among: candidates ?? []) else {
          throw TimbangError.internalError("no Indeks KAMI instrument to choose from")
        }
        instrument = best
        detected = true
      }
      let answers = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
      results.append(try KAMIScoring.score(answers, instrument: instrument, file: sheet.file))
    }
    let assessment = KAMIAssessment(systems: results)
    let language = invocation.language
    for result in results {
      console.warn(result.warnings.map { MessageText.clean("\(result.file ?? "-"): \($0.text(language))") })
    }
    try CommandSupport.emit(
      json: assessment.json, tables: KAMITables.all(assessment), charts: [KAMICharts.areas(assessment.baseline)],
      text: { text(assessment, language: language, detected: detected) },
      title: Localized(id: "Indeks KAMI", en: "Indeks KAMI"),
      source: .init(
        instrument: assessment.baseline.instrumentId, instrumentTitle: "BSSN Indeks KAMI \(assessment.baseline.version)",
        inputs: invocation.arguments), invocation, console)
    return 0
  }

  static let template = CommandSpec(
    ["kami", "template"], summary: "write a blank Indeks KAMI answer file (CSV) to fill in",
    discussion: """
      One row per question: question number, an empty answer, the area, the allowed answers and a short text.
      Fill in the answer column (A/B/C for 1.x; 0–3, a label, or TB where allowed) and pass the file to
      `timbang kami score`. Supplement rows (S…) are optional. The version defaults to 5.0.
      """,
    options: [
      versionOption, CommonOptions.instrument, CommonOptions.instruments, CommonOptions.output,
      CommonOptions.messageLang,
    ],
    examples: [
      "timbang kami template --version 5.0 > jawaban.csv", "timbang kami template --version 4.2 -o jawaban-4.2.csv",
    ]
  ) { invocation, console in
    let library = CommandSupport.library(invocation, console)
    let instrument =
      try explicitInstrument(invocation, library) ?? KAMIInstrument.load(library.load("kami-bssn-5.0", kind: "kami"))
    try CommandSupport.emit(KAMITemplate.csv(instrument), invocation, console)
    return 0
  }

  /// The instrument named by `--instrument` or `--version`, or `nil` when neither is given.
  static func explicitInstrument(_ invocation: Invocation, _ library: InstrumentLibrary) throws -> KAMIInstrument? {
    let version = invocation.value("version")
    let named = invocation.value("instrument")
    if version != nil && named != nil {
      throw TimbangError.usage(
        Localized(
          id: "\(invocation.command.name): berikan --version atau --instrument, jangan keduanya",
          en: "\(invocation.command.name): give either --version or --instrument, not both"))
    }
    if let version, let id = versions.first(where: { $0.version == version })?.id {
      return try KAMIInstrument.load(library.load(id, kind: "kami"))
    }
    if let named { return try KAMIInstrument.load(library.load(named, kind: "kami")) }
    return nil
  }

  /// The terminal rendering: per system a heading, the `kami-areas` table with its notes and the maturity notes;
  /// with several systems, the `kami-systems` table and the baseline.
  static func text(_ assessment: KAMIAssessment, language: Language, detected: Bool) -> String {
    var blocks: [String] = []
    for result in assessment.systems {
      var block = result.heading(language)
      if detected {
        block +=
          language == .id
          ? "(versi dikenali dari nomor pertanyaan; pilih sendiri dengan --version)\n"
          : "(version recognised from the question numbers; choose it with --version)\n"
      }
      block += "\n" + TextRenderer.render(KAMITables.areas(result), language: language) + result.details(language)
      blocks.append(block)
    }
    if assessment.systems.count > 1 {
      let baseline = assessment.baseline
      let name = baseline.file ?? "#\(assessment.baselineIndex + 1)"
      blocks.append(
        TextRenderer.render(KAMITables.systems(assessment), language: language)
          + (language == .id
            ? "Sistem acuan: \(name) (KSE \(baseline.kse.score), \(baseline.kse.category.label))\n"
            : "Baseline: \(name) (KSE \(baseline.kse.score), \(baseline.kse.category.label(.en)))\n"))
    }
    return blocks.joined(separator: "\n")
  }
}
