import TimbangCore
import TimbangIndex

/// The command family a subcommand belongs to: `timbang spbe …` or its alias `timbang pemdi …`.
struct IndexFamily: Sendable {
  /// First word of the command (`spbe`, `pemdi`).
  var word: String
  /// Instrument used when none is named.
  var defaultInstrument: String
  /// Instrument kinds accepted (`spbe|pemdi` for spbe; `pemdi` for pemdi).
  var kinds: String
  /// Name in help texts.
  var title: String

  static let spbe = IndexFamily(
    word: "spbe", defaultInstrument: "spbe-permenpanrb-59-2020", kinds: "spbe|pemdi", title: "SPBE")
  static let pemdi = IndexFamily(
    word: "pemdi", defaultInstrument: "pemdi-permenpanrb-8-2026", kinds: "pemdi", title: "Indeks Pemdi")
}

/// Option tables and edge work shared by the index commands: choosing the instrument, the policy, reading the base.
enum IndexCommandSupport {
  static let framework = OptionSpec(
    "framework", value: "ID|PATH",
    help: "framework: spbe-permenpanrb-59-2020 (default for spbe), spbe-permenpanrb-5-2018, pemdi-permenpanrb-8-2026, "
      + "short forms 59/2020, 5/2018, 8/2026, or an instrument file; same as --instrument")
  static let year = OptionSpec(
    "year", value: "Y",
    help: "evaluation year: picks the predicate basis from the instrument (2023 rounded, 2024 unrounded)")
  static let predicateBasis = OptionSpec(
    "predicate-basis", value: "unrounded|rounded",
    help: "decide predicates on the unrounded or the printed value (overrides --year)",
    choices: PredicateBasis.allCases.map(\.rawValue))
  static let missingAsMinimum = OptionSpec(
    "missing-as-minimum", help: "score missing indicators at the lowest level (with a warning) instead of failing")
  static let pendingExternal = OptionSpec(
    "pending-external",
    help: "Pemdi: fill missing externally scored indicators (3.1, 3.2, 3.3, 6.4) with 1.00, with warnings")
  static let aspectPredicates = OptionSpec(
    "aspect-predicates", help: "Pemdi: give aspects a predicate too (not defined by the sources; labelled so)")
  static let domains = OptionSpec(
    "domains", value: "A,B,C,D",
    help:
      "published top-level values instead of a file (SPBE domains, Pemdi aspects): 4.40,2.70,1.18,4.07 or 4,40;2,70;…")

  static func common(_ formats: [String] = IndexOutput.formats) -> [OptionSpec] {
    [
      framework, CommonOptions.instrument, CommonOptions.instruments, year, predicateBasis,
      CommonOptions.format(formats),
      CommonOptions.output, CommonOptions.lang, CommonOptions.table, CommonOptions.delimiter,
    ]
  }

  static let scoringFlags = [missingAsMinimum, pendingExternal, aspectPredicates]

  /// Short forms accepted by `--framework`.
  static let shortForms: [String: String] = [
    "59/2020": "spbe-permenpanrb-59-2020", "59-2020": "spbe-permenpanrb-59-2020",
    "5/2018": "spbe-permenpanrb-5-2018", "5-2018": "spbe-permenpanrb-5-2018",
    "8/2026": "pemdi-permenpanrb-8-2026", "8-2026": "pemdi-permenpanrb-8-2026", "pemdi": "pemdi-permenpanrb-8-2026",
  ]

  /// The instrument the command line (or the input's `framework` key) names, loaded and validated.
  static func instrument(
    _ invocation: Invocation, _ console: Console, family: IndexFamily, hint: String? = nil
  ) throws -> IndexInstrument {
    let a = invocation.value("framework").map { shortForms[$0] ?? $0 }
    let b = invocation.value("instrument").map { shortForms[$0] ?? $0 }
    if let a, let b, a != b {
      throw TimbangError.usage(
        Localized(
          id: "\(invocation.command.name): --framework \(a) dan --instrument \(b) tidak sesuai",
          en: "\(invocation.command.name): --framework \(a) and --instrument \(b) disagree"))
    }
    let id = a ?? b ?? hint ?? family.defaultInstrument
    let file = try CommandSupport.library(invocation, console).load(id, kind: family.kinds)
    return try IndexInstrument.load(file)
  }

  static func policy(_ invocation: Invocation) throws -> ScoringPolicy {
    let year = try invocation.integer("year")
    if let year, !(1900...2200).contains(year) {
      throw TimbangError.usage(
        Localized(id: "--year: \(year) bukan tahun evaluasi", en: "--year: \(year) is not an evaluation year"))
    }
    return ScoringPolicy(
      year: year, basisOverride: try invocation.value("predicate-basis").map { try basis($0) },
      missingAsMinimum: invocation.flag("missing-as-minimum"), pendingExternal: invocation.flag("pending-external"),
      optionalPredicates: invocation.flag("aspect-predicates"))
  }

  static func basis(_ raw: String) throws -> PredicateBasis {
    guard let b = PredicateBasis(rawValue: raw) else {
      throw TimbangError.usage(
        Localized(
          id: "--predicate-basis: nilai \"\(raw)\" tidak dikenal", en: "--predicate-basis: unknown value \"\(raw)\""))
    }
    return b
  }

  /// The input named on the command line: a file (or `-`), or `--domains`.
  struct Input {
    var instrument: IndexInstrument
    var assessments: [Assessment]
  }

  /// Reads the instrument and the base assessments. With `required`, a missing input is a usage error.
  static func input(
    _ invocation: Invocation, _ console: Console, family: IndexFamily, required: Bool = true
  ) throws -> Input {
    let path = invocation.arguments.first
    let domainsText = invocation.value("domains")
    if path != nil && domainsText != nil {
      throw TimbangError.usage(
        Localized(
          id: "\(invocation.command.name): berikan FILE atau --domains, jangan keduanya",
          en: "\(invocation.command.name): give either FILE or --domains, not both"))
    }
    if let domainsText {
      let instrument = try Self.instrument(invocation, console, family: family)
      return Input(
        instrument: instrument, assessments: [.topTier(try domainValues(domainsText, instrument).map(\.value))])
    }
    guard let path else {
      if required {
        throw TimbangError.usage(
          Localized(
            id:
              "\(invocation.command.name): FILE atau --domains belum diberikan (lihat `\(invocation.command.name) --help`)",
            en: "\(invocation.command.name): missing FILE or --domains (see `\(invocation.command.name) --help`)"))
      }
      return Input(instrument: try Self.instrument(invocation, console, family: family), assessments: [])
    }
    let bytes = try ByteSource.readAll(path: path)
    let name = path == "-" ? "<stdin>" : path
    let hint = try AssessmentReader.frameworkHint(bytes, fileName: name).map { shortForms[$0] ?? $0 }
    let instrument = try Self.instrument(invocation, console, family: family, hint: hint)
    let assessments = try AssessmentReader.read(
      bytes, fileName: name, instrument: instrument, dialect: invocation.dialect())
    return Input(instrument: instrument, assessments: assessments)
  }

  /// `4.40,2.70,1.18,4.07` (decimal point) or `4,40;2,70;1,18;4,07` (decimal comma) as printed numbers.
  static func domainValues(_ text: String, _ instrument: IndexInstrument) throws -> [PrintedNumber] {
    let decimalComma = text.contains(";")
    let parts = text.split(separator: decimalComma ? ";" : ",", omittingEmptySubsequences: false).map {
      String($0).trimmingWhitespace
    }
    let top = instrument.topTier
    let location = SourceLocation(file: "--domains")
    guard parts.count == top.nodes.count else {
      throw TimbangError.badInput(
        location,
        Localized(
          id:
            "seharusnya \(top.nodes.count) nilai (\(top.nodes.map(\.code).joined(separator: ", "))) untuk \(instrument.id), "
            + "ada \(parts.count)",
          en:
            "expected \(top.nodes.count) values (\(top.nodes.map(\.code).joined(separator: ", "))) for \(instrument.id), "
            + "got \(parts.count)"))
    }
    var scale = instrument.values
    scale.wholeLevels = false
    return try parts.enumerated().map { n, part in
      let value = try ValueParsing.value(
        part, decimalComma: decimalComma, scale: scale, location: location, what: Localized(top.nodes[n].code))
      let places = PrintedNumber(part, decimalComma: decimalComma)?.places ?? instrument.places
      return PrintedNumber(value: value, places: max(places, instrument.places))
    }
  }

  /// The single base assessment simulate/plan/sensitivity need.
  static func single(_ input: Input, _ invocation: Invocation) throws -> Assessment {
    guard input.assessments.count == 1, let base = input.assessments.first else {
      let keys = input.assessments.prefix(3).map(\.key.description).joined(separator: ", ")
      throw TimbangError.badInput(
        SourceLocation(file: invocation.arguments.first ?? "-"),
        Localized(
          id: "berisi \(input.assessments.count) penilaian (\(keys)…); \(invocation.command.name) hanya menerima satu",
          en: "holds \(input.assessments.count) assessments (\(keys)…); \(invocation.command.name) takes one"))
    }
    return base
  }

  /// Prints warnings, prefixed with the assessment key when there are several.
  static func warn(_ results: [IndexResult], _ console: Console) {
    for r in results {
      console.warn(
        r.warnings.map { w in r.key.isEmpty ? w : Localized(id: "\(r.key): \(w.id)", en: "\(r.key): \(w.en)") })
    }
  }
}
