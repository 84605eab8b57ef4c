import TimbangCore

/// Renders tables as aligned plain text for terminals (numbers right-aligned).
///
/// Edge Cases: line breaks and tabs inside a cell print as spaces, so every row stays one line.
public enum TextRenderer {
  public static func render(_ table: Table, language: Language = .id) -> String {
    let format = NumberFormat.forLanguage(language)
    let header = table.columns.map { $0.title.text(language).singleLine }
    let body = table.rows.map { row in
      zip(row.cells, table.columns).map { CellFormatting.text($0, $1.kind, format, language).singleLine }
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
  /// The text with line breaks and tabs turned into spaces, so one cell stays on one line of an aligned table.
  var singleLine: String {
    guard contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" }) else { return self }
    return String(map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\t" ? " " : $0 })
  }

  var trailingSpacesRemoved: String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
