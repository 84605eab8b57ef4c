import TimbangCore

/// Renders tables as aligned plain text for terminals (numbers right-aligned).
public enum TextRenderer {
  public static func render(_ table: Table, language: Language = .id) -> String {
    let format = NumberFormat.forLanguage(language)
    let header = table.columns.map { $0.title.text(language) }
    let body = table.rows.map { row in
      zip(row.cells, table.columns).map { CellFormatting.text($0, $1.kind, format, language) }
    }
    var widths = header.map(\.count)
    for row in body { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) } }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
        return table.columns[i].kind.isNumeric ? pad + cell : cell + pad
      }.joined(separator: "  ").trailingSpacesRemoved
    }
    var out = table.title.text(language) + "\n"
    out += line(header) + "\n"
    out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in body { out += line(row) + "\n" }
    for note in table.notes { out += note.text(language) + "\n" }
    return out
  }
}

extension String {
  var trailingSpacesRemoved: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
