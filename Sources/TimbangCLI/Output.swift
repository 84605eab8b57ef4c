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

  /// Renders a result as the requested format: `json` from its JSON value, the table formats from its tables
  /// (`--table ID` picks one), `text` from the given text rendering.
  static func emit(
    json: JSONValue, tables: [Table], text: () -> String, _ invocation: Invocation, _ console: Console
  ) throws {
    let language = invocation.language
    var chosen = tables
    if let id = invocation.value("table") {
      chosen = tables.filter { $0.id == id }
      guard !chosen.isEmpty else {
        throw TimbangError.usage(
          "--table: unknown table \"\(id)\" (available: \(tables.map(\.id).joined(separator: ", ")))")
      }
    }
    let rendered: String
    switch invocation.format {
    case "json": rendered = JSONWriter.string(json)
    case "md": rendered = chosen.map { MarkdownRenderer.render($0, language: language) }.joined(separator: "\n")
    case "csv":
      // One CSV holds one table: the first (the summary) unless --table picks another.
      rendered = chosen.first.map { CSVRenderer.render($0, language: language) } ?? ""
    case "text":
      rendered = invocation.value("table") != nil
        ? chosen.map { TextRenderer.render($0, language: language) }.joined(separator: "\n") : text()
    default:
      throw TimbangError.usage("--format \(invocation.format) is not available for \(invocation.command.name)")
    }
    try emit(rendered, invocation, console)
  }
}
