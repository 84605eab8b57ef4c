import TimbangCore

/// Renders a ``ReportDocument`` as one self-contained HTML file: inline CSS, inline SVG charts, no scripts, no
/// external resources, printable on A4.
///
/// Tables get captions `Tabel N. title` (`Table N.` in English) numbered in document order (see
/// ``ReportDocument/numbered()``), numeric columns right-aligned, emphasis rows bold, notes under the table; charts
/// are figures `Gambar N.` after the table they illustrate; each section ends with its source line.
///
/// Edge Cases: every text from data (titles, labels, file names) is HTML-escaped, so `<`, `&` and quotes in a CSV
/// cell print as written; a line break inside a cell or note prints as a line break; an empty section prints its
/// heading and source only.
///
/// Postconditions: the output is well-formed XML as well as HTML (XHTML-compatible empty elements and escaping), and
/// the same document and language always give the same bytes (no dates, no random ids).
///
/// Example: `HTMLRenderer.render(document, language: .id)` contains
/// `<caption>Tabel 1. Indeks Kepuasan Masyarakat</caption>`.
public enum HTMLRenderer {
  public static func render(_ document: ReportDocument, language: Language = .id) -> String {
    let numbered = document.numbered()
    var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\"/>\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
    out += "<meta name=\"generator\" content=\"Timbang\"/>\n"
    out += "<title>\(e(document.title.text(language)))</title>\n"
    out += "<style>\n\(HTMLStyle.css)\n</style>\n</head>\n<body>\n"
    out += "<header>\n<h1>\(e(document.title.text(language)))</h1>\n"
    if let subtitle = document.subtitle { out += "<p class=\"subtitle\">\(e(subtitle.text(language)))</p>\n" }
    out += "</header>\n"

    let tables = numbered.flatMap { $0 }.compactMap { item -> (Table, Int)? in
      if case .table(let t, let n) = item { return (t, n) }
      return nil
    }
    if document.listsTables && tables.count >= 2 {
      out += "<nav class=\"contents\">\n<h2>\(e(ReportLabels.contents.text(language)))</h2>\n<ol>\n"
      for (table, n) in tables {
        out += "<li><a href=\"#table-\(n)\">\(e(document.caption(table, number: n, language: language)))</a></li>\n"
      }
      out += "</ol>\n</nav>\n"
    }

    for (index, section) in document.sections.enumerated() {
      out += "<section id=\"section-\(index + 1)\">\n"
      if let heading = section.heading { out += "<h2 class=\"section\">\(e(heading.text(language)))</h2>\n" }
      for item in numbered[index] {
        switch item {
        case .table(let table, let n):
          out += tableHTML(table, caption: document.caption(table, number: n, language: language), anchor: "table-\(n)", language: language)
        case .chart(let chart, let n):
          out += "<figure id=\"figure-\(n)\" data-chart-id=\"\(e(chart.id))\">\n"
          out += "<figcaption>\(e(document.caption(chart, number: n, language: language)))</figcaption>\n"
          out += SVGRenderer.element(chart, language: language, showsTitle: false)
          out += "</figure>\n"
        }
      }
      if let source = section.source { out += "<p class=\"source\">\(e(source.line(language)))</p>\n" }
      out += "</section>\n"
    }
    out += "<footer>\(e(ReportLabels.generator.text(language)))</footer>\n</body>\n</html>\n"
    return out
  }

  /// One result's tables and charts as a document of one section: what `--format html` of a scoring command
  /// writes.
  public static func render(
    title: Localized, tables: [Table], charts: [Chart] = [], source: ReportDocument.Source? = nil,
    language: Language = .id
  ) -> String {
    render(
      ReportDocument(title: title, sections: [.init(tables: tables, charts: charts, source: source)]),
      language: language)
  }

  /// A table as an HTML `<table>` with its caption and notes.
  static func tableHTML(_ table: Table, caption: String, anchor: String, language: Language) -> String {
    let format = NumberFormat.forLanguage(language)
    var out = "<table class=\"annex\" id=\"\(anchor)\" data-table-id=\"\(e(table.id))\">\n"
    out += "<caption>\(e(caption))</caption>\n<thead>\n<tr>"
    for column in table.columns {
      out += "<th scope=\"col\">\(e(column.title.text(language)))</th>"
    }
    out += "</tr>\n</thead>\n<tbody>\n"
    for row in table.rows {
      out += row.emphasis ? "<tr class=\"emphasis\">" : "<tr>"
      for (i, column) in table.columns.enumerated() {
        let cell = i < row.cells.count ? row.cells[i] : .empty
        let text = CellFormatting.text(cell, column.kind, format, language)
        out += isNumber(cell) ? "<td class=\"num\">\(e(text))</td>" : "<td>\(lines(text))</td>"
      }
      out += "</tr>\n"
    }
    out += "</tbody>\n</table>\n"
    if !table.notes.isEmpty {
      out += "<div class=\"notes\">\n"
      for note in table.notes { out += "<p>\(lines(note.text(language)))</p>\n" }
      out += "</div>\n"
    }
    return out
  }

  static func isNumber(_ cell: Table.Cell) -> Bool {
    switch cell {
    case .number, .fixed: return true
    default: return false
    }
  }

  static func e(_ s: String) -> String { XMLText.escape(s) }

  /// Escaped text whose line breaks stay visible (`<br/>`), for cells and notes.
  static func lines(_ s: String) -> String {
    let escaped = e(s)
    guard escaped.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return escaped }
    return escaped.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      .joined(separator: "<br/>")
  }
}
