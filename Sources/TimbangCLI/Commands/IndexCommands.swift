import TimbangCore
import TimbangIndex
import TimbangReports

/// `timbang spbe score|simulate|sensitivity|plan|reconstruct` and `timbang pemdi score|simulate|sensitivity|plan`:
/// one weighted-hierarchy engine (`TimbangIndex`) over three instrument files (SPBE 59/2020 and 5/2018, Pemdi 8/2026).
enum IndexCommands {
  static var all: [CommandSpec] {
    [IndexFamily.spbe, IndexFamily.pemdi].flatMap { family in
      [score(family), simulate(family), sensitivity(family), plan(family)]
        + (family.word == "spbe" ? [reconstruct] : [])
    }
  }

  static func examplePaths(_ family: IndexFamily) -> (file: String, costs: String) {
    family.word == "spbe"
      ? ("Datasets/spbe-assessment-2024.csv", "Datasets/spbe-costs.csv")
      : ("Datasets/pemdi-aceh-tengah-2026.csv", "Datasets/pemdi-costs.csv")
  }

  // MARK: score

  static func score(_ family: IndexFamily) -> CommandSpec {
    let paths = examplePaths(family)
    return CommandSpec(
      [family.word, "score"],
      summary:
        "score the \(family.title) index from indicator \(family.word == "spbe" ? "levels" : "values") or published domains",
      arguments: "[FILE]",
      discussion: """
        FILE is a CSV with columns indicator,level (indicator as 1…N, I01…, the code such as 3.4, or the name),
        optionally instansi and/or year to score many assessments in one file (one result per key, sorted), or
        domain,index for published domain values; or JSON {"framework": ID, "levels": {"1": 3, …}}. `-` reads
        standard input. Without FILE, --domains gives the published top-level values (SPBE domains, Pemdi aspects).
        A missing indicator is an error (exit 65) unless --missing-as-minimum (or, for Pemdi's externally scored
        indicators, --pending-external). Predicates follow the instrument's predicate basis for --year.
        Tables: \(family.word)-domains/aspects, \(family.word == "spbe" ? "spbe-aspects, " : "")\(family.word)-indicators, \(family.word)-assessments.
        """,
      options: IndexCommandSupport.common() + [IndexCommandSupport.domains] + IndexCommandSupport.scoringFlags,
      minArguments: 0, maxArguments: 1,
      examples: family.word == "spbe"
        ? [
          "timbang spbe score \(paths.file)",
          "timbang spbe score --domains 4.40,2.70,1.18,4.07 --year 2023",
          "timbang spbe score Datasets/spbe-multi-instansi.csv --format md",
          "timbang spbe score --framework 5/2018 --domains 1.75,1.74,2.17 --format json",
        ]
        : [
          "timbang pemdi score \(paths.file) --year 2026",
          "timbang pemdi score nilai.csv --pending-external --aspect-predicates --format json",
        ]
    ) { invocation, console in
      let input = try IndexCommandSupport.input(invocation, console, family: family)
      let policy = try IndexCommandSupport.policy(invocation)
      let results = try input.assessments.map { try IndexScorer.score($0, input.instrument, policy) }
      IndexCommandSupport.warn(results, console)
      let language = invocation.language
      if results.count == 1, let result = results.first {
        try IndexOutput.emit(
          json: result.json, tables: ScoreTables.tables(result),
          charts: IndexCharts.score(result, instrument: input.instrument),
          text: { IndexText.score(result, instrument: input.instrument, language: language) },
          instrument: input.instrument, invocation, console)
      } else {
        let summary = ScoreTables.assessmentsTable(results)
        let json = JSONValue.object([
          ("framework", .string(input.instrument.id)), ("results", .array(results.map(\.json))),
        ])
        try IndexOutput.emit(
          json: json, tables: [summary].compactMap { $0 } + results.flatMap(ScoreTables.tables), charts: [],
          text: {
            IndexText.header(input.instrument, language)
              + (summary.map { TextRenderer.render($0, language: language) } ?? "")
          },
          instrument: input.instrument, invocation, console)
      }
      return 0
    }
  }

  // MARK: simulate

  static let set = OptionSpec(
    "set", value: "TARGET=VALUE", help: "change an indicator (23=3, 29=+2) or, with --domains, a domain (D3=2.50)",
    repeatable: true)
  static let scenarios = OptionSpec(
    "scenarios", value: "FILE", help: "CSV scenario,target,value: named scenarios compared side by side")

  static func simulate(_ family: IndexFamily) -> CommandSpec {
    let paths = examplePaths(family)
    return CommandSpec(
      [family.word, "simulate"], summary: "what-if: before → after for every domain, aspect, the index and predicates",
      arguments: "[BASE]",
      discussion: """
        BASE is an assessment as for `score` (or --domains). Each --set TARGET=VALUE changes an indicator (absolute
        23=3 or relative 29=+2) or, when the base holds only published domains, a domain (D3=2.50); all --set
        changes form one scenario named "--set". --scenarios FILE adds named scenarios (CSV scenario,target,value).
        Changes outside the framework's range are input errors (exit 65).
        Tables: \(family.word)-simulation (scenario × domains, index, predicate, delta), \(family.word)-simulation-detail.
        """,
      options: IndexCommandSupport.common() + [IndexCommandSupport.domains, set, scenarios]
        + IndexCommandSupport.scoringFlags,
      minArguments: 0, maxArguments: 1,
      examples: family.word == "spbe"
        ? [
          "timbang spbe simulate \(paths.file) --set 23=3 --set 29=+2",
          "timbang spbe simulate --domains 4.40,2.70,1.18,4.07 --set D3=2.50",
          "timbang spbe simulate \(paths.file) --scenarios Datasets/spbe-scenarios.csv --format md",
        ]
        : ["timbang pemdi simulate \(paths.file) --set 7.2=2 --set 3.1=+1"]
    ) { invocation, console in
      let input = try IndexCommandSupport.input(invocation, console, family: family)
      let base = try IndexCommandSupport.single(input, invocation)
      let instrument = input.instrument
      var list: [Scenario] = []
      let sets = invocation.all("set")
      if !sets.isEmpty {
        list.append(
          Scenario(
            name: "--set",
            changes: try sets.map {
              try Change.parse($0, instrument: instrument, location: SourceLocation(file: "--set"))
            }))
      }
      if let path = invocation.value("scenarios") {
        let name = path == "-" ? "<stdin>" : path
        list += try Scenario.read(
          ByteSource.readAll(path: path), fileName: name, instrument: instrument, dialect: invocation.dialect())
      }
      guard !list.isEmpty else {
        throw TimbangError.usage(
          Localized(
            id: "\(invocation.command.name): berikan --set TARGET=VALUE atau --scenarios FILE",
            en: "\(invocation.command.name): give --set TARGET=VALUE or --scenarios FILE"))
      }
      let results = try Simulator.simulate(
        base: base, scenarios: list, instrument: instrument, policy: IndexCommandSupport.policy(invocation))
      if let first = results.first { IndexCommandSupport.warn([first.before], console) }
      let report = SimulationReport(scenarios: results)
      let tables = [AnalysisTables.simulation(report)].compactMap { $0 } + results.map(AnalysisTables.simulationDetail)
      let language = invocation.language
      try IndexOutput.emit(
        json: report.json, tables: tables, charts: IndexCharts.simulation(report, instrument: instrument),
        text: {
          IndexText.header(instrument, language)
            + tables.map { TextRenderer.render($0, language: language) }.joined(separator: "\n")
        },
        instrument: instrument, invocation, console)
      return 0
    }
  }

  // MARK: sensitivity

  static func sensitivity(_ family: IndexFamily) -> CommandSpec {
    let paths = examplePaths(family)
    return CommandSpec(
      [family.word, "sensitivity"],
      summary: "gain in the index and its domain/aspect for one more level of each indicator",
      arguments: "[BASE]",
      discussion: """
        For every indicator: the index gain and the gain of each domain/aspect per level (weight / 100, weight /
        node weight), and with a BASE the current level, the levels it may still rise and the gain of its next step.
        Table: \(family.word)-sensitivity.
        """,
      options: IndexCommandSupport.common() + [IndexCommandSupport.domains] + IndexCommandSupport.scoringFlags,
      minArguments: 0, maxArguments: 1,
      examples: ["timbang \(family.word) sensitivity \(paths.file)", "timbang \(family.word) sensitivity --format csv"]
    ) { invocation, console in
      let input = try IndexCommandSupport.input(invocation, console, family: family, required: false)
      var base: IndexResult?
      if !input.assessments.isEmpty {
        let assessment = try IndexCommandSupport.single(input, invocation)
        base = try IndexScorer.score(assessment, input.instrument, IndexCommandSupport.policy(invocation))
        if let base { IndexCommandSupport.warn([base], console) }
      }
      let report = SensitivityReport(instrument: input.instrument, base: base)
      let table = AnalysisTables.sensitivity(report, instrument: input.instrument)
      let language = invocation.language
      try IndexOutput.emit(
        json: report.json, tables: [table], charts: [],
        text: { IndexText.header(input.instrument, language) + TextRenderer.render(table, language: language) },
        instrument: input.instrument, invocation, console)
      return 0
    }
  }

  // MARK: plan

  static let target = OptionSpec(
    "target", value: "VALUE|PREDICATE", help: "index to reach (3.5) or a predicate (\"Sangat Baik\"): its lower bound")
  static let costs = OptionSpec(
    "costs", value: "FILE",
    help: "CSV indicator,step,cost (cost of reaching level step); missing rows are impossible steps")
  static let maxLevel = OptionSpec("max-level", value: "N", help: "highest level any indicator may reach")
  static let lock = OptionSpec("lock", value: "LIST", help: "indicators that may not move (1,2 or 3.1,6.4)")
  static let maxStep = OptionSpec("max-step", value: "N", help: "most levels any one indicator may rise")

  static func plan(_ family: IndexFamily) -> CommandSpec {
    let paths = examplePaths(family)
    return CommandSpec(
      [family.word, "plan"], summary: "cheapest set of level increases that reaches a target index or predicate",
      arguments: "BASE",
      discussion: """
        Finds the optimal plan exactly (a dynamic programme over whole gain units): lowest total cost, then fewest
        level steps, then least overshoot, then lowest indicator numbers. Without --costs every level step costs 1.
        The target honours the predicate basis (on the rounded basis 3.5 is reached at 3.495).\(family.word == "pemdi" ? " Decimal values move up to whole levels (from v the next step reaches ⌊v⌋ + 1)." : "")
        An unreachable target is reported plainly with the best index possible (exit 0).
        Table: \(family.word)-plan.
        """,
      options: IndexCommandSupport.common() + [target, costs, maxLevel, lock, maxStep]
        + IndexCommandSupport.scoringFlags,
      minArguments: 1, maxArguments: 1,
      examples: family.word == "spbe"
        ? [
          "timbang spbe plan \(paths.file) --target \"Sangat Baik\"",
          "timbang spbe plan \(paths.file) --target 3.5 --costs \(paths.costs) --max-step 2 --lock 1,2",
        ]
        : ["timbang pemdi plan \(paths.file) --target Baik --costs \(paths.costs) --pending-external"]
    ) { invocation, console in
      let input = try IndexCommandSupport.input(invocation, console, family: family)
      let base = try IndexCommandSupport.single(input, invocation)
      let instrument = input.instrument
      guard let targetText = invocation.value("target") else {
        throw TimbangError.usage(
          Localized(
            id: "\(invocation.command.name): --target VALUE|PREDICATE wajib diberikan",
            en: "\(invocation.command.name): --target VALUE|PREDICATE is required"))
      }
      let goal: PlanRequest.Target
      if let x = ValueParsing.number(targetText, decimalComma: targetText.contains(",")) {
        goal = .value(x)
      } else if let band = instrument.bands.band(named: targetText) {
        goal = .band(band)
      } else {
        let predicates = instrument.bands.map(\.label).joined(separator: ", ")
        throw TimbangError.usage(
          Localized(
            id: "--target: \"\(targetText)\" bukan angka maupun predikat (\(predicates))",
            en: "--target: \"\(targetText)\" is neither a number nor a predicate (\(predicates))"))
      }
      var table: CostTable?
      if let path = invocation.value("costs") {
        table = try CostTable.read(
          ByteSource.readAll(path: path), fileName: path == "-" ? "<stdin>" : path, instrument: instrument,
          dialect: invocation.dialect())
      }
      var locked = Set<Int>()
      if let list = invocation.value("lock") {
        let resolver = IndicatorResolver(instrument)
        for part in list.split(separator: ",").map({ String($0).trimmingWhitespace }) where !part.isEmpty {
          guard let i = resolver.indicator(part) else {
            throw TimbangError.badInput(
              SourceLocation(file: "--lock"),
              Localized(id: "indikator \"\(part)\" tidak dikenal", en: "unknown indicator \"\(part)\""))
          }
          locked.insert(i)
        }
      }
      let request = PlanRequest(
        target: goal, costs: table, maxLevel: try invocation.integer("max-level"), locked: locked,
        maxStep: try invocation.integer("max-step"))
      let plan = try Planner.plan(
        base: base, instrument: instrument, request: request, policy: IndexCommandSupport.policy(invocation))
      IndexCommandSupport.warn([plan.before], console)
      let language = invocation.language
      var tables = [AnalysisTables.plan(plan)]
      if let after = plan.after { tables.append(ScoreTables.tierTable(after, tier: 0)) }
      try IndexOutput.emit(
        json: plan.json, tables: tables, charts: IndexCharts.plan(plan, instrument: instrument),
        text: { IndexText.plan(plan, instrument: instrument, language: language) }, instrument: instrument, invocation,
        console)
      return 0
    }
  }

  // MARK: reconstruct

  static let printedIndex = OptionSpec("index", value: "X", help: "the printed index to check (e.g. 3.29)")
  static let printedPredicate = OptionSpec(
    "predicate", value: "LABEL", help: "the printed predicate to check (e.g. Baik)")

  static let reconstruct = CommandSpec(
    ["spbe", "reconstruct"],
    summary: "exact index behind published 2-decimal domains; check a printed index and predicate",
    discussion: """
      Finds every combination of whole-level sums consistent with the printed domains (59/2020: D1, D2 = sum/10,
      D3 = sum/11, D4 = (2.75·A + 3·B)/45.5), hence the exact interval of the true index, and checks --index and
      --predicate against it on the predicate basis of --year. Exit 0 when consistent, 1 when something does not
      follow (a finding, as in `timbang audit`), 65 for malformed input.
      Table: spbe-reconstruction.
      """,
    options: IndexCommandSupport.common() + [IndexCommandSupport.domains, printedIndex, printedPredicate],
    minArguments: 0, maxArguments: 0,
    examples: [
      "timbang spbe reconstruct --domains 5.00,4.60,4.18,5.00 --year 2024",
      "timbang spbe reconstruct --domains 4.70,3.00,2.09,3.94 --year 2024 --index 3.50 --predicate Baik",
      "timbang spbe reconstruct --domains 1.90,1.60,1.00,2.17 --year 2023 --index 1.80 --predicate Cukup --format json",
    ]
  ) { invocation, console in
    let instrument = try IndexCommandSupport.instrument(invocation, console, family: .spbe)
    guard let text = invocation.value("domains") else {
      throw TimbangError.usage(
        Localized(
          id: "\(invocation.command.name): --domains wajib diberikan",
          en: "\(invocation.command.name): --domains is required"))
    }
    let printed = try IndexCommandSupport.domainValues(text, instrument)
    var index: PrintedNumber?
    if let raw = invocation.value("index") {
      guard let p = PrintedNumber(raw, decimalComma: raw.contains(","), minimumPlaces: instrument.places) else {
        throw TimbangError.badInput(
          SourceLocation(file: "--index"), Localized(id: "\"\(raw)\" bukan angka", en: "\"\(raw)\" is not a number"))
      }
      index = p
    }
    let policy = try IndexCommandSupport.policy(invocation)
    let reconstruction = try Reconstructor(instrument).reconstruct(printed)
    let predicate = invocation.value("predicate")
    let check = reconstruction.check(
      index: index, predicate: predicate, year: policy.year, basisOverride: policy.basisOverride, instrument: instrument
    )
    let report = ReconstructionReport(
      reconstruction: reconstruction, check: check, year: policy.year, printedIndex: index, printedPredicate: predicate,
      instrument: instrument)
    let table = AnalysisTables.reconstruction(reconstruction, check: check, instrument: instrument)
    let language = invocation.language
    try IndexOutput.emit(
      json: report.json, tables: [table], charts: [],
      text: { IndexText.header(instrument, language) + TextRenderer.render(table, language: language) },
      instrument: instrument, invocation, console)
    return report.exitStatus
  }
}
