import TimbangCore

/// Writes tables as an Office Open XML workbook (`.xlsx`), one sheet per table, with our own ZIP container: the
/// parts `[Content_Types].xml`, `_rels/.rels`, `xl/workbook.xml`, `xl/_rels/workbook.xml.rels`,
/// `xl/worksheets/sheetN.xml`, `xl/sharedStrings.xml` and `xl/styles.xml` (ECMA-376 Part 1, SpreadsheetML).
///
/// Each sheet: the title in A1 (bold), the header row (bold, grey, frozen and repeated on printed pages), the rows
/// (emphasis rows bold on light grey), a blank row and the notes. Numeric cells hold **numbers** — the unrounded
/// result values, as in the JSON — with a number format of the column's precision (see ``XLSXNumberFormat``), so a
/// spreadsheet shows the annex figures and computes with the exact ones. Pages are set to A4, fitted to the width.
///
/// Edge Cases:
/// - A table needing more than 1,048,576 rows (title, header, data, blank, notes) or 16,384 columns, or a cell
///   text over 32,767 characters, is refused with ``TimbangError/usage(_:)`` naming the table, before any byte is
///   produced, so no partial file is written.
/// - NaN and infinite values are written as the text `–`.
/// - Sheet names are the table ids made valid and unique (see ``SheetName``).
/// - No tables at all is refused with ``TimbangError/usage(_:)`` (a workbook needs a sheet).
/// - Rows with fewer cells than columns are padded with empty cells; extra cells are ignored (as in the other
///   renderers).
///
/// Postconditions: the same tables, language and `modified` stamp always give the same bytes.
///
/// Example: `try XLSXWriter(language: .id).write([table])` → the bytes of a workbook whose sheet `skm-summary` has
/// `C3 = 3.1234` formatted `#,##0.000`.
public struct XLSXWriter: Sendable {
  /// Rows of one worksheet (Excel 2007 and later).
  public static let maxRows = 1_048_576
  /// Columns of one worksheet (`XFD`).
  public static let maxColumns = 16_384
  /// Characters of one cell's text.
  public static let maxCellText = 32_767

  public var language: Language
  /// The modification stamp of the ZIP entries; the fixed default keeps output reproducible.
  public var modified: DOSDateTime
  /// The row limit (tests lower it to check the refusal without a million rows).
  var rowLimit = XLSXWriter.maxRows

  public init(language: Language = .id, modified: DOSDateTime = .reproducible) {
    self.language = language
    self.modified = modified
  }

  /// One sheet per table, each titled with the table's title.
  public func write(_ tables: [Table]) throws -> [UInt8] {
    try workbook(tables.map { Sheet(table: $0, caption: $0.title.text(language), extraNotes: []) })
  }

  /// One sheet per table of an annex document, titled with the numbered caption (`Tabel 3. …`) and with the
  /// section's source line under the notes. Charts have no sheet.
  public func write(_ document: ReportDocument) throws -> [UInt8] {
    var sheets: [Sheet] = []
    for (index, items) in document.numbered().enumerated() {
      let source = document.sections[index].source?.line(language)
      for case .table(let table, let n) in items {
        sheets.append(
          Sheet(
            table: table, caption: document.caption(table, number: n, language: language),
            extraNotes: source.map { [$0] } ?? []))
      }
    }
    return try workbook(sheets)
  }

  /// `XLSXWriter(language:).write(tables)`.
  public static func render(_ tables: [Table], language: Language = .id) throws -> [UInt8] {
    try XLSXWriter(language: language).write(tables)
  }

  /// `XLSXWriter(language:).write(document)`.
  public static func render(_ document: ReportDocument, language: Language = .id) throws -> [UInt8] {
    try XLSXWriter(language: language).write(document)
  }

  // MARK: Assembly

  struct Sheet {
    var table: Table
    var caption: String
    var extraNotes: [String]

    var notes: [Table.Cell] { table.notes.map(Table.Cell.label) + extraNotes.map(Table.Cell.text) }
    /// Title, header, data, then a blank row and the notes if any.
    var rowCount: Int { 2 + table.rows.count + (notes.isEmpty ? 0 : 1 + notes.count) }
  }

  func workbook(_ sheets: [Sheet]) throws -> [UInt8] {
    guard !sheets.isEmpty else {
      throw TimbangError.usage(
        Localized(id: "tidak ada tabel untuk ditulis ke XLSX", en: "no tables to write to XLSX"))
    }
    for sheet in sheets {
      if sheet.rowCount > rowLimit {
        throw TimbangError.usage(
          Localized(each: { ReportLabels.tooManyRows(table: sheet.table.id, rows: sheet.rowCount, limit: rowLimit, $0) }
          ))
      }
      if sheet.table.columns.count > Self.maxColumns {
        throw TimbangError.usage(
          Localized(each: {
            ReportLabels.tooManyColumns(
              table: sheet.table.id, columns: sheet.table.columns.count, limit: Self.maxColumns, $0)
          }))
      }
    }
    let names = SheetName.unique(sheets.map { $0.table.id })
    var strings = SharedStrings()
    var styles = XLSXStyles()
    var parts: [(String, [UInt8])] = []
    for (i, sheet) in sheets.enumerated() {
      parts.append(
        ("xl/worksheets/sheet\(i + 1).xml", try worksheet(sheet, strings: &strings, styles: &styles)))
    }

    var zip = ZIPWriter(modified: modified)
    try zip.add("[Content_Types].xml", text: contentTypes(sheets.count))
    try zip.add("_rels/.rels", text: Self.packageRelationships)
    try zip.add("xl/workbook.xml", text: workbookXML(names, sheets: sheets))
    try zip.add("xl/_rels/workbook.xml.rels", text: workbookRelationships(sheets.count))
    for (path, bytes) in parts { try zip.add(path, bytes) }
    try zip.add("xl/sharedStrings.xml", strings.xml)
    try zip.add("xl/styles.xml", text: styles.xml)
    return try zip.finish()
  }

  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

  func contentTypes(_ count: Int) -> String {
    var out = Self.header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    for i in 0..<count {
      out += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    out += "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
    out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    return out + "</Types>\n"
  }

  static let packageRelationships =
    header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "</Relationships>\n"

  func workbookXML(_ names: [String], sheets: [Sheet]) -> String {
    var out = Self.header + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
    out += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (i, name) in names.enumerated() {
      out += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
    }
    out += "</sheets>"
    if !names.isEmpty {
      // Repeat the header row on every printed page.
      out += "<definedNames>"
      for (i, name) in names.enumerated() {
        let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
        out += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(XMLText.escape(quoted))!$2:$2</definedName>"
      }
      out += "</definedNames>"
    }
    return out + "</workbook>\n"
  }

  func workbookRelationships(_ count: Int) -> String {
    var out = Self.header + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for i in 0..<count {
      out += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
    }
    out += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
    out += "<Relationship Id=\"rId\(count + 2)\" Type=\"\(Self.relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    return out + "</Relationships>\n"
  }
}
