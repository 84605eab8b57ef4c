import TimbangCore

/// Renders tables as CSV for spreadsheets: `;` with decimal comma for `--lang id` (what Indonesian Excel opens
/// correctly), `,` with decimal point for `--lang en`. Numbers carry the column's precision and no grouping.
public enum CSVRenderer {
  public static func render(_ table: Table, language: Language = .id) -> String {
    let delimiter = language == .id ? ";" : ","
    let format = NumberFormat(decimalSeparator: language == .id ? "," : ".", groupingSeparator: "", groups: false)
    func quote(_ s: String) -> String {
      if s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r") {
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      }
      return s
    }
    var out = table.columns.map { quote($0.title.text(language)) }.joined(separator: delimiter) + "\r\n"
    for row in table.rows {
      out +=
        zip(row.cells, table.columns).map { cell, column -> String in
          // Spreadsheet cells hold plain numbers: no currency prefix, no percent sign.
          let kind: Table.Column.Kind
          switch column.kind {
          case .percent(let p): kind = .number(places: p)
          case .money: kind = .number(places: 0)
          default: kind = column.kind
          }
          return quote(CellFormatting.text(cell, kind, format, language))
        }.joined(separator: delimiter) + "\r\n"
    }
    return out
  }
}
