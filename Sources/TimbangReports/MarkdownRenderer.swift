import TimbangCore

/// Renders tables as Markdown pipe tables (GitHub-flavoured) with the title as a bold caption line and notes below.
///
/// Edge Cases: characters Markdown would read as markup (backslash, `|`, `*`, `_`, backtick, `<`, `[`, `]`) are
/// backslash-escaped, so a cell such as `<b>&</b>` or `*catatan*` renders as written; a line break inside a cell
/// becomes `<br>` (the one way to break a line in a pipe-table cell).
public enum MarkdownRenderer {
  public static func render(_ table: Table, language: Language = .id) -> String {
    let format = NumberFormat.forLanguage(language)
    func escape(_ s: String) -> String {
      var out = ""
      for ch in s {
        switch ch {
        case "\\", "|", "*", "_", "`", "<", "[", "]":
          out.append("\\")
          out.append(ch)
        case "\r\n", "\n", "\r":
          out += "<br>"
        default:
          out.append(ch)
        }
      }
      return out
    }
    var out = "**\(escape(table.title.text(language)))**\n\n"
    out += "| " + table.columns.map { escape($0.title.text(language)) }.joined(separator: " | ") + " |\n"
    out += "|" + table.columns.map { $0.kind.isNumeric ? "---:|" : "---|" }.joined() + "\n"
    for row in table.rows {
      let cells = zip(row.cells, table.columns).map { cell, column -> String in
        let text = escape(CellFormatting.text(cell, column.kind, format, language))
        return row.emphasis && !text.isEmpty ? "**\(text)**" : text
      }
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    if !table.notes.isEmpty {
      out += "\n" + table.notes.map { escape($0.text(language)) }.joined(separator: "\n\n") + "\n"
    }
    return out
  }
}
