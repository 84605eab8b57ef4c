import TimbangCore
import TimbangInstruments
import TimbangReports

/// Edge helpers shared by commands: the instrument folder, and writing a result in the requested format.
enum CommandSupport {
  /// The instrument library: `--instruments DIR`, then `$TIMBANG_INSTRUMENTS`, then the bundle beside the executable.
  static func library(_ invocation: Invocation, _ console: Console) -> InstrumentLibrary {
    InstrumentLibrary(
      directory: invocation.value("instruments") ?? console.environment["TIMBANG_INSTRUMENTS"]
        ?? BundledInstruments.directory)
  }

  /// Writes `text` to `-o FILE` (atomically) or standard output.
  static func emit(_ text: String, _ invocation: Invocation, _ console: Console) throws {
    if let path = invocation.outputPath, path != "-" {
      try OutputWriter.write(text, to: path)
    } else {
      console.out(text)
    }
  }

  /// Every output format a scoring command offers.
  static let formats = ["text", "json", "csv", "md", "html", "xlsx", "svg"]

  /// Renders a result as the requested format: `json` from its JSON value; `md`/`csv` from its tables (`--table ID`
  /// picks one; CSV holds one table, the summary unless picked); `html` (one self-contained page) and `xlsx` (one
  /// sheet per table) from its tables and charts; `svg` from its charts; `text` from the given text rendering.
  ///
  /// Only what the format needs is built: JSON needs neither tables nor charts (they format every figure), the other
  /// formats no JSON value.
  static func emit(
    json: @autoclosure () -> JSONValue, tables makeTables: @autoclosure () -> [Table],
    charts makeCharts: @autoclosure () -> [Chart] = [], text: () -> String, title: Localized? = nil,
    source: ReportDocument.Source? = nil, _ invocation: Invocation, _ console: Console
  ) throws {
    if invocation.capture == nil && invocation.format == "json" && invocation.value("table") == nil {
      try emit(JSONWriter.string(json()), invocation, console)
      return
    }
    let tables = makeTables()
    let charts = makeCharts()
    if let capture = invocation.capture {
      capture.tables = tables
      capture.charts = charts
      capture.title = title
      capture.source = source
      return
    }
    let language = invocation.language
    let picked = invocation.value("table")
    var chosen = tables
    var chosenCharts = charts
    if let id = picked {
      chosen = tables.filter { $0.id == id }
      chosenCharts = charts.filter { $0.id == id }
      guard !chosen.isEmpty || !chosenCharts.isEmpty else {
        throw TimbangError.usage(
          Localized(
            id:
              "--table: tabel \"\(id)\" tidak dikenal (tersedia: \((tables.map(\.id) + charts.map(\.id)).joined(separator: ", ")))",
            en:
              "--table: unknown table \"\(id)\" (available: \((tables.map(\.id) + charts.map(\.id)).joined(separator: ", ")))"
          ))
      }
    }
    switch invocation.format {
    case "json": try emit(JSONWriter.string(json()), invocation, console)
    case "md": try emit(chosen.map { MarkdownRenderer.render($0, language: language) }.joined(separator: "\n"), invocation, console)
    case "csv": try emit(chosen.first.map { CSVRenderer.render($0, language: language) } ?? "", invocation, console)
    case "text":
      let rendered = picked != nil
        ? chosen.map { TextRenderer.render($0, language: language) }.joined(separator: "\n") : text()
      try emit(rendered, invocation, console)
    case "svg":
      guard !chosenCharts.isEmpty else {
        throw TimbangError.usage(
          charts.isEmpty
            ? Localized(
              id: "\(invocation.command.name): hasil ini tidak memiliki grafik (gunakan --format md, html atau xlsx)",
              en: "\(invocation.command.name): this result has no chart (use --format md, html or xlsx)")
            : Localized(
              id: "--table \(picked ?? ""): bukan grafik (grafik: \(charts.map(\.id).joined(separator: ", ")))",
              en: "--table \(picked ?? ""): not a chart (charts: \(charts.map(\.id).joined(separator: ", ")))"))
      }
      try emit(SVGRenderer.render(chosenCharts, language: language), invocation, console)
    case "html", "xlsx":
      let document = ReportDocument(
        title: title ?? Localized(id: "Lampiran", en: "Annex"),
        sections: [.init(tables: chosen, charts: chosenCharts, source: source)])
      if invocation.format == "html" {
        try emit(HTMLRenderer.render(document, language: language), invocation, console)
      } else {
        guard let path = invocation.outputPath, path != "-" else {
          throw TimbangError.usage(
            Localized(
              id: "--format xlsx menulis buku kerja: berikan -o FILE.xlsx",
              en: "--format xlsx writes a workbook: give -o FILE.xlsx"))
        }
        try OutputWriter.write(XLSXWriter.render(document, language: language), to: path)
      }
    default:
      throw TimbangError.usage(
        Localized(
          id: "--format \(invocation.format) tidak tersedia untuk \(invocation.command.name)",
          en: "--format \(invocation.format) is not available for \(invocation.command.name)"))
    }
  }
}
