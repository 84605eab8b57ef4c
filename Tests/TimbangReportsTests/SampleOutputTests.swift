import Foundation
import Testing
import TimbangCore
import TimbangReports

/// Writes the sample annex for the reviewer scripts when `TIMBANG_SAMPLE_DIR` names a folder:
/// `sample.xlsx` with `sample.xlsx.json` (the values and formats every cell must read back with, for
/// `scripts/check-xlsx.sh`), `sample.html` (for `scripts/screenshot-html.sh`) and one `sample-ID.svg` per chart.
/// Without the variable the test checks only that the sidecar describes every table cell.
@Suite struct SampleOutputTests {
  /// The expected format code of a numeric cell, written out here rather than taken from the writer.
  static func expectedFormat(_ cell: Table.Cell, _ kind: Table.Column.Kind) -> String {
    if case .fixed(_, let places) = cell {
      if case .percent = kind { return "#,##0." + String(repeating: "0", count: places) + "\"%\"" }
      return places == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: places)
    }
    switch kind {
    case .integer: return "#,##0"
    case .number(let p): return p == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: p)
    case .percent(let p): return "#,##0." + String(repeating: "0", count: p) + "\"%\""
    case .money: return "\"Rp \"#,##0"
    case .text:
      if case .number(let x) = cell, x != x.rounded() { return "#,##0.00" }
      return "#,##0"
    }
  }

  static func columnName(_ i: Int) -> String {
    var n = i + 1
    var s = ""
    while n > 0 {
      s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s
      n = (n - 1) / 26
    }
    return s
  }

  /// `{"sheets": [{"name", "cells": [{"ref", "number", "format"} | {"ref", "text"}]}]}` for the sample document.
  static func sidecar(_ document: ReportDocument, language: Language) -> JSONValue {
    var sheets: [JSONValue] = []
    for (index, items) in document.numbered().enumerated() {
      for case .table(let table, let n) in items {
        var cells: [JSONValue] = [
          .object([("ref", .string("A1")), ("text", .string(document.caption(table, number: n, language: language)))])
        ]
        for (c, column) in table.columns.enumerated() {
          cells.append(.object([("ref", .string("\(columnName(c))2")), ("text", .string(column.title.text(language)))]))
        }
        for (r, row) in table.rows.enumerated() {
          for (c, cell) in row.cells.enumerated() where c < table.columns.count {
            let ref = JSONValue.string("\(columnName(c))\(r + 3)")
            switch cell {
            case .number(let x), .fixed(let x, _):
              cells.append(
                .object([
                  ("ref", ref), ("number", .number(x)),
                  ("format", .string(expectedFormat(cell, table.columns[c].kind))),
                ]))
            case .text(let s): cells.append(.object([("ref", ref), ("text", .string(s))]))
            case .label(let l): cells.append(.object([("ref", ref), ("text", .string(l.text(language)))]))
            case .empty: cells.append(.object([("ref", ref), ("empty", .bool(true))]))
            }
          }
        }
        _ = index
        sheets.append(.object([("name", .string(table.id)), ("cells", .array(cells))]))
      }
    }
    return .object([("sheets", .array(sheets))])
  }

  @Test func writeSamplesForTheReviewerScripts() throws {
    let sidecar = Self.sidecar(Samples.document, language: .id)
    let sheets = sidecar["sheets"]?.arrayValue ?? []
    #expect(sheets.count == 2)
    // Every data cell of the sample tables is described.
    let described = sheets.map { ($0["cells"]?.arrayValue?.count ?? 0) }
    #expect(described == Samples.tables.map { 1 + $0.columns.count + $0.rows.map(\.cells.count).reduce(0, +) })

    guard let folder = ProcessInfo.processInfo.environment["TIMBANG_SAMPLE_DIR"], !folder.isEmpty else { return }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let url = URL(fileURLWithPath: folder)
    try Data(XLSXWriter(language: .id).write(Samples.document)).write(to: url.appendingPathComponent("sample.xlsx"))
    try Data(JSONWriter.string(sidecar).utf8).write(to: url.appendingPathComponent("sample.xlsx.json"))
    try Data(HTMLRenderer.render(Samples.document, language: .id).utf8).write(to: url.appendingPathComponent("sample.html"))
    for chart in Samples.charts {
      try Data(SVGRenderer.render(chart).utf8).write(to: url.appendingPathComponent("sample-\(chart.id).svg"))
    }
  }
}
