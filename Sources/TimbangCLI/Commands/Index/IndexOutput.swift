import TimbangCore
import TimbangIndex
import TimbangReports

/// Output of the index commands in every format: `text|json|csv|md` through ``CommandSupport``, and the annex
/// formats `html` (one self-contained page: tables and charts), `xlsx` (one sheet per table) and `svg` (the charts).
enum IndexOutput {
  static let formats = ["text", "json", "csv", "md", "html", "xlsx", "svg"]

  static func emit(
    json: JSONValue, tables: [Table], charts: [Chart], text: () -> String, instrument: IndexInstrument,
    _ invocation: Invocation, _ console: Console
  ) throws {
    let language = invocation.language
    let picked = invocation.value("table")
    switch invocation.format {
    case "svg":
      let chosen = picked.map { id in charts.filter { $0.id == id } } ?? charts
      guard !chosen.isEmpty else {
        throw TimbangError.usage(
          charts.isEmpty
            ? "\(invocation.command.name): no chart for this result (use --format md or html)"
            : "--table: no chart \"\(picked ?? "")\" (available: \(charts.map(\.id).joined(separator: ", ")))")
      }
      try CommandSupport.emit(SVGRenderer.render(chosen, language: language), invocation, console)
    case "html", "xlsx":
      var chosen = tables
      if let picked {
        chosen = tables.filter { $0.id == picked }
        guard !chosen.isEmpty else {
          throw TimbangError.usage(
            "--table: unknown table \"\(picked)\" (available: \(tables.map(\.id).joined(separator: ", ")))")
        }
      }
      let inputs =
        invocation.arguments.isEmpty
        ? (invocation.value("domains").map { ["--domains \($0)"] } ?? []) : invocation.arguments
      let document = ReportDocument(
        title: Localized(id: instrument.header.title, en: instrument.header.title),
        sections: [
          .init(
            tables: chosen, charts: picked == nil ? charts : charts.filter { $0.id == picked },
            source: .init(instrument: instrument.id, instrumentTitle: instrument.header.version, inputs: inputs))
        ])
      if invocation.format == "html" {
        try CommandSupport.emit(HTMLRenderer.render(document, language: language), invocation, console)
      } else {
        try OutputWriter.write(XLSXWriter.render(document, language: language), to: invocation.outputPath)
      }
    default:
      try CommandSupport.emit(json: json, tables: tables, text: text, invocation, console)
    }
  }
}
