import TimbangCore

/// The spreadsheet number format of a cell: the table column's precision as an Excel format code, so the cell
/// holds the unrounded number and shows it as the annex prints it (Excel's display rounding is the same
/// half-away-from-zero on 15 digits as ``excelRound(_:places:)``).
///
/// | column kind | format code |
/// |---|---|
/// | `.integer` | `#,##0` |
/// | `.number(places: 3)` | `#,##0.000` |
/// | `.percent(places: 2)` (84.39 means 84.39 %) | `#,##0.00"%"` (no ×100: the value is already a percentage) |
/// | `.money` | `"Rp "#,##0` |
/// | `.text` holding a number | `#,##0` for whole numbers, else `#,##0.00` (as the text renderers print it) |
///
/// `,` and `.` in format codes are the reader's own separators, so Indonesian Excel shows `1.054.804` and `84,39`.
enum XLSXNumberFormat {
  /// The format code of a numeric cell under a column.
  static func code(_ cell: Table.Cell, _ kind: Table.Column.Kind) -> String? {
    switch cell {
    case .fixed(_, let places):
      if case .percent = kind { return percent(places) }
      return decimal(places)
    case .number(let x):
      switch kind {
      case .text: return decimal(x == x.rounded() ? 0 : 2)
      case .integer: return decimal(0)
      case .number(let places): return decimal(places)
      case .percent(let places): return percent(places)
      case .money: return "\"Rp \"#,##0"
      }
    default:
      return nil
    }
  }

  static func decimal(_ places: Int) -> String {
    places > 0 ? "#,##0." + String(repeating: "0", count: min(places, 30)) : "#,##0"
  }

  static func percent(_ places: Int) -> String { decimal(places) + "\"%\"" }

  /// Excel's built-in format ids for the codes that have one; others get ids from 164 up.
  static let builtIn: [String: Int] = ["General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4]
}
