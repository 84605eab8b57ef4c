import TimbangCore

extension XLSXWriter {
  /// Rows measured for column widths (emphasis rows are always measured).
  static let measuredRows = 1_000

  /// `A`, `B`, …, `Z`, `AA`, … for a 0-based column index.
  static func columnName(_ index: Int) -> String {
    var n = index + 1
    var letters: [Character] = []
    while n > 0 {
      let r = (n - 1) % 26
      letters.append(Character(Unicode.Scalar(UInt8(65 + r))))
      n = (n - 1) / 26
    }
    return String(letters.reversed())
  }

  /// The XML of one worksheet, registering its strings and styles.
  func worksheet(_ sheet: Sheet, strings: inout SharedStrings, styles: inout XLSXStyles) throws -> [UInt8] {
    let table = sheet.table
    let format = NumberFormat.forLanguage(language)
    let columnCount = max(table.columns.count, 1)
    let columns = (0..<columnCount).map(Self.columnName)
    let lastRow = sheet.rowCount
    var out: [UInt8] = []
    out.reserveCapacity(256 + table.rows.count * columnCount * 24)
    func put(_ s: String) { out.append(contentsOf: s.utf8) }

    func text(_ s: String) throws -> Int {
      let length = s.utf16.count
      guard length <= Self.maxCellText else {
        throw TimbangError.usage(
          Localized(each: { ReportLabels.cellTooLong(table: table.id, length: length, limit: Self.maxCellText, $0) }))
      }
      return strings.id(s)
    }
    func stringCell(_ ref: String, _ s: String, style: Int) throws {
      put("<c r=\"\(ref)\" s=\"\(style)\" t=\"s\"><v>\(try text(s))</v></c>")
    }

    // Column widths in characters, from the widest formatted cell (headers wrap, so they count up to 24). Only
    // the first rows and the emphasis rows are measured: formatting a million cells for a width costs more than
    // the sheet itself.
    var widths = table.columns.map { min($0.title.text(language).count, 24) }
    if widths.isEmpty { widths = [10] }
    var measured = 0
    for row in table.rows where measured < Self.measuredRows || row.emphasis {
      measured += 1
      for (i, column) in table.columns.enumerated() where i < row.cells.count {
        widths[i] = max(widths[i], CellFormatting.text(row.cells[i], column.kind, format, language).count)
      }
    }
    let columnWidths = widths.map { min(max($0 + 2, 6), 60) }
    let landscape = columnWidths.reduce(0, +) > 110

    put(Self.header)
    put("<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">")
    put("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
    put("<dimension ref=\"A1:\(columns[columnCount - 1])\(lastRow)\"/>")
    put("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>")
    put("<selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/></sheetView></sheetViews>")
    put("<sheetFormatPr defaultRowHeight=\"15\"/><cols>")
    for (i, width) in columnWidths.enumerated() {
      put("<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(width)\" customWidth=\"1\"/>")
    }
    put("</cols><sheetData>")

    put("<row r=\"1\">")
    try stringCell("A1", sheet.caption, style: styles.style(.title))
    put("</row><row r=\"2\">")
    let headerStyle = styles.style(.header)
    for (i, column) in table.columns.enumerated() {
      try stringCell("\(columns[i])2", column.title.text(language), style: headerStyle)
    }
    put("</row>")

    let textStyle = [styles.style(.text(bold: false)), styles.style(.text(bold: true))]
    // Number styles per column for `.number` cells (the common case), looked up once.
    var numberStyle: [[Int]?] = table.columns.map { column in
      guard column.kind != .text, let code = XLSXNumberFormat.code(.number(0), column.kind) else { return nil }
      return [styles.style(.number(format: code, bold: false)), styles.style(.number(format: code, bold: true))]
    }
    if numberStyle.isEmpty { numberStyle = [nil] }
    var r = 3
    for row in table.rows {
      let rowText = String(r)
      put("<row r=\"\(rowText)\">")
      let bold = row.emphasis ? 1 : 0
      for (i, column) in table.columns.enumerated() {
        let ref = columns[i] + rowText
        let cell = i < row.cells.count ? row.cells[i] : .empty
        switch cell {
        case .empty:
          put("<c r=\"\(ref)\" s=\"\(textStyle[bold])\"/>")
        case .text(let s):
          try stringCell(ref, s, style: textStyle[bold])
        case .label(let l):
          try stringCell(ref, l.text(language), style: textStyle[bold])
        case .number(let x), .fixed(let x, _):
          guard x.isFinite else {
            try stringCell(ref, "–", style: textStyle[bold])
            continue
          }
          let style: Int
          if case .number = cell, let cached = numberStyle[i] {
            style = cached[bold]
          } else if let code = XLSXNumberFormat.code(cell, column.kind) {
            style = styles.style(.number(format: code, bold: bold == 1))
          } else {
            style = textStyle[bold]
          }
          put("<c r=\"\(ref)\" s=\"\(style)\"><v>\(JSONWriter.numberText(x))</v></c>")
        }
      }
      put("</row>")
      r += 1
    }

    if !sheet.notes.isEmpty {
      r += 1
      let noteStyle = styles.style(.note)
      for note in sheet.notes {
        put("<row r=\"\(r)\">")
        if case .label(let l) = note {
          try stringCell("A\(r)", l.text(language), style: noteStyle)
        } else if case .text(let s) = note {
          try stringCell("A\(r)", s, style: noteStyle)
        }
        put("</row>")
        r += 1
      }
    }
    put("</sheetData>")
    put("<pageMargins left=\"0.6\" right=\"0.6\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
    put("<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
    put("</worksheet>\n")
    return out
  }
}
