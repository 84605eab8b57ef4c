import TimbangCore
import TimbangIndex
import TimbangReports

/// Output of the index commands: every format through ``CommandSupport``, with the instrument as the source line.
enum IndexOutput {
  static let formats = CommandSupport.formats

  static func emit(
    json: JSONValue, tables: [Table], charts: [Chart], text: () -> String, instrument: IndexInstrument,
    _ invocation: Invocation, _ console: Console
  ) throws {
    let inputs =
      invocation.arguments.isEmpty
      ? (invocation.value("domains").map { ["--domains \($0)"] } ?? []) : invocation.arguments
    try CommandSupport.emit(
      json: json, tables: tables, charts: charts, text: text,
      title: Localized(id: instrument.header.title, en: instrument.header.title),
      source: .init(instrument: instrument.id, instrumentTitle: instrument.header.version, inputs: inputs),
      invocation, console)
  }
}
