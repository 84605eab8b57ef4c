import TimbangCore
import TimbangReports

/// `timbang report REPORT.json -o lampiran.html|xlsx`: one annex document from several instruments' results.
enum ReportCommands {
  static var all: [CommandSpec] { [report] }

  /// Section kinds and the command each runs.
  static let kinds: [String: [String]] = [
    "skm": ["skm", "score"], "spbe": ["spbe", "score"], "pemdi": ["pemdi", "score"], "kami": ["kami", "score"],
    "sakip": ["sakip", "score"], "capaian": ["sakip", "capaian"], "audit": ["audit"],
  ]

  static let report = CommandSpec(
    ["report"], summary: "compose an annex document (HTML or XLSX) from several results", arguments: "REPORT.json",
    discussion: """
      REPORT.json: {"title": …, "sections": [{"skm": "survey.csv", "tables": ["skm-summary"]},
      {"spbe": {"domains": [4.40, 2.70, 1.18, 4.07]}, "options": {"year": 2023}}, {"capaian": "iku.csv",
      "options": {"scale": "lkjip-5"}, "tables": ["capaian", "efisiensi"]}]}. Section kinds: skm, spbe, pemdi, kami,
      sakip, capaian, audit. Paths are relative to the report file; "options" take the names of the command's flags;
      "tables" picks tables and charts by id (all when absent). Tables and figures are numbered automatically.
      """,
    options: [
      CommonOptions.format(["html", "xlsx", "md"]), CommonOptions.output, CommonOptions.lang, CommonOptions.instruments,
    ],
    minArguments: 1, maxArguments: 1,
    examples: [
      "timbang report Datasets/lampiran-diskominfo-2023.json -o lampiran.html",
      "timbang report Datasets/lampiran-diskominfo-2023.json -o lampiran.xlsx",
    ]
  ) { invocation, console in
    let path = invocation.arguments[0]
    let root = try JSONParser.parse(ByteSource.readAll(path: path), fileName: path)
    func fail(_ jsonPath: String, _ message: Localized) -> TimbangError {
      .badInput(SourceLocation(file: path, jsonPath: jsonPath), message)
    }
    guard let sections = root["sections"]?.arrayValue, !sections.isEmpty else {
      throw fail(
        "$.sections",
        Localized(
          id: "seharusnya array bagian (sections) yang tidak kosong", en: "expected a non-empty array of sections"))
    }
    let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : folder + "/" + p }
    var built: [ReportDocument.Section] = []
    for (i, section) in sections.enumerated() {
      let at = "$.sections[\(i)]"
      guard let pairs = section.objectValue,
        let (kind, input) = pairs.first(where: { kinds[$0.0] != nil })
      else {
        let names = kinds.keys.sorted().joined(separator: ", ")
        throw fail(
          at,
          Localized(
            id: "seharusnya salah satu dari \(names) yang menunjuk masukan",
            en: "expected one of \(names) naming the input"))
      }
      var arguments = kinds[kind] ?? []
      switch input {
      case .string(let file): arguments.append(resolve(file))
      case .array(let files):
        for (j, f) in files.enumerated() {
          guard let file = f.stringValue else {
            throw fail("\(at).\(kind)[\(j)]", Localized(id: "seharusnya jalur berkas", en: "expected a file path"))
          }
          arguments.append(resolve(file))
        }
      case .object(let spec):
        for (key, value) in spec {
          if key == "domains", let list = value.arrayValue {
            arguments += ["--domains", list.map { v in literal(v) }.joined(separator: ",")]
          } else {
            arguments += ["--\(key)", literal(value)]
          }
        }
      default:
        throw fail(
          "\(at).\(kind)",
          Localized(
            id: "seharusnya jalur berkas, daftar jalur, atau objek",
            en: "expected a file path, a list of paths or an object"))
      }
      for (key, value) in section["options"]?.objectValue ?? [] {
        if case .bool(let flag) = value {
          if flag { arguments.append("--\(key)") }
        } else {
          arguments += ["--\(key)", literal(value)]
        }
      }
      if let dir = invocation.value("instruments") { arguments += ["--instruments", dir] }
      arguments += ["--lang", invocation.language.rawValue]
      guard case .run(var sub) = try CommandLineParser.parse(arguments, commands: Timbang.commands) else {
        let line = arguments.joined(separator: " ")
        throw fail(at, Localized(id: "tidak dapat menjalankan \(line)", en: "cannot run \(line)"))
      }
      let capture = OutputCapture()
      sub.capture = capture
      _ = try sub.command.run(sub, console)
      var tables = capture.tables
      var charts = capture.charts
      if let wanted = section["tables"]?.arrayValue?.compactMap(\.stringValue) {
        let known = tables.map(\.id) + charts.map(\.id)
        if let unknown = wanted.first(where: { !known.contains($0) }) {
          throw fail(
            "\(at).tables",
            Localized(
              id: "tabel \"\(unknown)\" tidak ada di bagian ini (tersedia: \(known.joined(separator: ", ")))",
              en: "no table \"\(unknown)\" in this section (available: \(known.joined(separator: ", ")))"))
        }
        tables = wanted.compactMap { id in tables.first { $0.id == id } }
        charts = wanted.compactMap { id in charts.first { $0.id == id } }
      }
      built.append(
        .init(
          heading: section["heading"]?.stringValue.map { Localized(stringLiteral: $0) } ?? capture.title,
          tables: tables, charts: charts, source: capture.source))
    }
    let title = root["title"]?.stringValue ?? "Lampiran"
    let document = ReportDocument(title: Localized(stringLiteral: title), sections: built)
    var format = invocation.value("format")
    if format == nil, let out = invocation.outputPath {
      format = out.hasSuffix(".xlsx") ? "xlsx" : out.hasSuffix(".md") ? "md" : "html"
    }
    switch format ?? "html" {
    case "xlsx":
      guard let out = invocation.outputPath, out != "-" else {
        throw TimbangError.usage(
          Localized(id: "report: --format xlsx memerlukan -o FILE.xlsx", en: "report: --format xlsx needs -o FILE.xlsx")
        )
      }
      try OutputWriter.write(XLSXWriter.render(document, language: invocation.language), to: out)
    case "md":
      let text = built.flatMap(\.tables).map { MarkdownRenderer.render($0, language: invocation.language) }
        .joined(separator: "\n")
      try CommandSupport.emit("# \(title)\n\n" + text, invocation, console)
    default:
      try CommandSupport.emit(HTMLRenderer.render(document, language: invocation.language), invocation, console)
    }
    return 0
  }

  /// A JSON scalar as a command-line value, keeping number literals as written (`4.40`).
  static func literal(_ value: JSONValue) -> String {
    switch value {
    case .string(let s): return s
    case .number(let x, let literal): return literal ?? JSONWriter.numberText(x)
    case .bool(let b): return b ? "true" : "false"
    default: return ""
    }
  }
}
