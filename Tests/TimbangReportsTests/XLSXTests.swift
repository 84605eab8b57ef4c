import Foundation
import Testing
import TimbangCore

@testable import TimbangReports

/// The workbook read back with an independent ZIP reader and Foundation's XML parser.
struct Workbook {
  var parts: [String: [UInt8]]
  var sheets: [(name: String, cells: [String: Cell])]
  var formats: [Int: String]
  var xfs: [XMLNode]

  struct Cell {
    var type: String?
    var style: Int
    var value: String?
    var string: String?
  }

  init(_ bytes: [UInt8]) throws {
    let entries = try ZIPReader(bytes: bytes).entries()
    parts = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.bytes) })
    let styles = try XMLNode.parse(parts["xl/styles.xml"] ?? [])
    formats = [0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00"]
    for f in styles.all("numFmt") {
      if let id = f.attributes["numFmtId"].flatMap(Int.init), let code = f.attributes["formatCode"] { formats[id] = code }
    }
    xfs = styles.first("cellXfs")?.children ?? []
    let shared = try XMLNode.parse(parts["xl/sharedStrings.xml"] ?? []).all("si").map(\.allText)
    let workbook = try XMLNode.parse(parts["xl/workbook.xml"] ?? [])
    sheets = []
    for (i, sheet) in workbook.all("sheet").enumerated() {
      let xml = try XMLNode.parse(parts["xl/worksheets/sheet\(i + 1).xml"] ?? [])
      var cells: [String: Cell] = [:]
      for c in xml.all("c") {
        let value = c.first("v")?.text
        let type = c.attributes["t"]
        cells[c.attributes["r"] ?? ""] = Cell(
          type: type, style: Int(c.attributes["s"] ?? "0") ?? 0, value: value,
          string: type == "s" ? value.flatMap(Int.init).map { shared[$0] } : nil)
      }
      sheets.append((sheet.attributes["name"] ?? "", cells))
    }
  }

  func format(_ cell: Cell) -> String? {
    guard cell.style < xfs.count, let id = xfs[cell.style].attributes["numFmtId"].flatMap(Int.init) else { return nil }
    return formats[id]
  }

  func bold(_ cell: Cell) -> Bool { cell.style < xfs.count && xfs[cell.style].attributes["fontId"] == "1" }
}

@Suite struct XLSXTests {
  static func workbook(_ tables: [Table] = Samples.tables, language: Language = .id) throws -> Workbook {
    try Workbook(XLSXWriter(language: language).write(tables))
  }

  @Test func packageHasEveryPartAndEachIsWellFormed() throws {
    let book = try Self.workbook()
    #expect(
      Set(book.parts.keys) == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml", "xl/styles.xml",
      ])
    for (name, bytes) in book.parts { #expect(throws: Never.self, "\(name)") { _ = try XMLNode.parse(bytes) } }
    let types = try XMLNode.parse(book.parts["[Content_Types].xml"] ?? [])
    let overrides = Set(types.all("Override").compactMap { $0.attributes["PartName"] })
    #expect(overrides.isSuperset(of: ["/xl/workbook.xml", "/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml", "/xl/styles.xml", "/xl/sharedStrings.xml"]))
    // Every relationship target exists.
    let rels = try XMLNode.parse(book.parts["xl/_rels/workbook.xml.rels"] ?? [])
    for target in rels.all("Relationship").compactMap({ $0.attributes["Target"] }) {
      #expect(book.parts["xl/" + target] != nil, "\(target)")
    }
    #expect(book.sheets.map(\.name) == ["skm-summary", "efisiensi"])
  }

  /// Every numeric cell of every sample table is a number cell with the exact value, in the cell the layout puts
  /// it (title row 1, header row 2, data from row 3).
  @Test func numericCellsHoldTheUnroundedNumbers() throws {
    let book = try Self.workbook()
    for (t, table) in Samples.tables.enumerated() {
      let cells = book.sheets[t].cells
      for (r, row) in table.rows.enumerated() {
        for (c, cell) in row.cells.enumerated() {
          let ref = XLSXWriter.columnName(c) + String(r + 3)
          switch cell {
          case .number(let x), .fixed(let x, _):
            let got = try #require(cells[ref], "\(table.id) \(ref)")
            #expect(got.type == nil, "\(table.id) \(ref) is not a number cell")
            #expect(got.value.flatMap(Double.init) == x, "\(table.id) \(ref)")
          case .text(let s):
            #expect(cells[ref]?.string == s, "\(table.id) \(ref)")
          case .label(let l):
            #expect(cells[ref]?.string == l.id, "\(table.id) \(ref)")
          case .empty:
            #expect(cells[ref]?.value == nil)
          }
        }
      }
    }
  }

  struct FormatCase: Sendable, CustomTestStringConvertible {
    var sheet: Int
    var ref: String
    var code: String
    var testDescription: String { "\(sheet) \(ref) \(code)" }
  }

  static let formatCases: [FormatCase] = [
    .init(sheet: 0, ref: "C3", code: "#,##0"),  // integer
    .init(sheet: 0, ref: "E3", code: "#,##0.000"),  // NRR, 3 dp
    .init(sheet: 0, ref: "F7", code: "#,##0.000"),  // index in the 3-dp column
    .init(sheet: 0, ref: "F8", code: "#,##0.00"),  // .fixed(84.3875, places: 2)
    .init(sheet: 1, ref: "B3", code: "#,##0"),  // whole number in a text column
    .init(sheet: 1, ref: "B4", code: "#,##0.00"),  // fraction in a text column
    .init(sheet: 1, ref: "C3", code: "#,##0.00\"%\""),  // percent already × 100
    .init(sheet: 1, ref: "D3", code: "\"Rp \"#,##0"),  // money
    .init(sheet: 1, ref: "D4", code: "\"Rp \"#,##0"),  // negative money
    .init(sheet: 1, ref: "F3", code: "#,##0.00"),
    .init(sheet: 1, ref: "G3", code: "#,##0"),  // 1.054.804
  ]

  @Test(arguments: formatCases)
  func numberFormatsFollowColumnPrecision(_ c: FormatCase) throws {
    let book = try Self.workbook()
    let cell = try #require(book.sheets[c.sheet].cells[c.ref])
    #expect(book.format(cell) == c.code)
  }

  @Test func titleHeaderEmphasisAndNotes() throws {
    let book = try Self.workbook()
    let ikm = book.sheets[0].cells
    #expect(ikm["A1"]?.string == "Indeks Kepuasan Masyarakat — contoh")
    #expect(ikm["E2"]?.string == "NRR")
    #expect(try book.bold(#require(ikm["E2"])))
    #expect(try !book.bold(#require(ikm["E3"])))
    #expect(try book.bold(#require(ikm["F7"])))
    #expect(try book.bold(#require(ikm["B9"])))
    // Rows 3–9 data, row 10 blank, row 11 the note.
    #expect(ikm["A10"] == nil)
    #expect(ikm["A11"]?.string?.hasPrefix("Instrumen skm-permenpanrb-14-2017") == true)
    let efisiensi = book.sheets[1].cells
    #expect(efisiensi["A4"]?.string == "Jaringan | intranet, <b>&</b>")
    #expect(efisiensi["A5"]?.string == "Baris\nkedua")
    #expect(efisiensi["A1"]?.string == "Efisiensi penggunaan anggaran <2023> & capaian")
  }

  @Test func englishLabels() throws {
    let book = try Self.workbook(language: .en)
    #expect(book.sheets[0].cells["E2"]?.string == "Mean")
    #expect(book.sheets[1].cells["H3"]?.string == "Efficient")
  }

  @Test func reportDocumentSheetsCarryNumberedCaptionsAndSources() throws {
    let book = try Workbook(XLSXWriter(language: .id).write(Samples.document))
    #expect(book.sheets.map(\.name) == ["skm-summary", "efisiensi"])
    #expect(book.sheets[0].cells["A1"]?.string == "Tabel 3.1. Indeks Kepuasan Masyarakat — contoh")
    #expect(book.sheets[1].cells["A1"]?.string == "Tabel 3.2. Efisiensi penggunaan anggaran <2023> & capaian")
    #expect(
      book.sheets[1].cells.values.contains { $0.string == "Sumber: data iku-2023.csv, anggaran-2023.csv; instrumen capaian-scales." })
  }

  @Test func sameInputSameBytes() throws {
    #expect(try XLSXWriter().write(Samples.tables) == XLSXWriter().write(Samples.tables))
  }

  @Test func nonFiniteValuesBecomeADash() throws {
    let table = Table(id: "t", title: "t", columns: [.init("x", "x", .number(places: 2))], rows: [.init([.number(.nan)])])
    let book = try Self.workbook([table])
    #expect(book.sheets[0].cells["A3"]?.string == "–")
  }

  @Test func tooManyRowsAreRefusedBeforeWriting() throws {
    // 1,048,575 data rows + title + header = 1,048,577 rows (the rows share one storage, so this is cheap).
    let table = Table(
      id: "skm-processing", title: "t", columns: [.init("x", "x")],
      rows: Array(repeating: Table.Row([.empty]), count: 1_048_575))
    #expect(
      throws: TimbangError.usage(
        Localized(
          id: "tabel skm-processing: 1.048.577 baris tidak muat dalam satu lembar XLSX (paling banyak 1.048.576 baris "
            + "termasuk judul, kepala kolom dan catatan); gunakan --format csv untuk tabel ini",
          en: "table skm-processing: 1,048,577 rows do not fit in one XLSX sheet (at most 1,048,576 rows "
            + "including title, header and notes); use --format csv for this table"))
    ) { try XLSXWriter(language: .id).write([Samples.ikm, table]) }
    #expect(throws: TimbangError.self) { try XLSXWriter(language: .en).write([table]) }
    do {
      _ = try XLSXWriter(language: .en).write([table])
    } catch let error as TimbangError {
      #expect(error.exitCode == 64)
      #expect(error.description.contains("at most 1,048,576 rows"))
    }
  }

  @Test func rowLimitCountsTitleHeaderBlankAndNotes() throws {
    var writer = XLSXWriter()
    writer.rowLimit = 5
    var table = Table(id: "t", title: "t", columns: [.init("x", "x")], rows: Array(repeating: .init([.text("a")]), count: 3))
    #expect(throws: Never.self) { try writer.write([table]) }  // 2 + 3 = 5 rows
    table.notes = ["n"]
    #expect(throws: TimbangError.self) { try writer.write([table]) }  // 2 + 3 + 1 + 1 = 7 rows
  }

  @Test func noTablesIsRefused() {
    #expect(throws: TimbangError.self) { try XLSXWriter().write([Table]()) }
  }

  @Test func sheetNames() {
    #expect(
      SheetName.unique(["skm-summary", "SKM-summary", "a/b:c*d?e[f]g\\h", "", "'quoted'", "History",
                        String(repeating: "x", count: 40), String(repeating: "x", count: 40)])
        == ["skm-summary", "SKM-summary (2)", "a_b_c_d_e_f_g_h", "Sheet", "quoted", "History_",
            String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)"])
  }

  @Test func columnNames() {
    #expect([0, 25, 26, 51, 52, 701, 702, 16383].map(XLSXWriter.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
  }

  @Test func sharedStringsProtectLiteralEscapes() throws {
    #expect(SharedStrings.escapeUnderscores("a_x0041_b") == "a_x005F_x0041_b")
    #expect(SharedStrings.escapeUnderscores("no_escape_") == "no_escape_")
    var strings = SharedStrings()
    #expect(strings.id("a") == 0)
    #expect(strings.id("b") == 1)
    #expect(strings.id("a") == 0)
    let sst = try XMLNode.parse(strings.xml)
    #expect(sst.attributes["count"] == "3" && sst.attributes["uniqueCount"] == "2")
  }

  @Test func controlCharactersStayWellFormed() throws {
    let table = Table(id: "t", title: "t", columns: [.init("x", "x")], rows: [.init([.text("bell\u{7}here")])])
    let book = try Self.workbook([table])
    #expect(book.sheets[0].cells["A3"]?.string == "bell\u{FFFD}here")
  }
}
