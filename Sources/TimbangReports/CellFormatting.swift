import TimbangCore

/// How one cell reads in a given language, for the text-based renderers.
enum CellFormatting {
  static func text(_ cell: Table.Cell, _ kind: Table.Column.Kind, _ format: NumberFormat, _ language: Language)
    -> String
  {
    switch cell {
    case .empty: return ""
    case .text(let s): return s
    case .label(let l): return l.text(language)
    case .fixed(let x, let places):
      if case .percent = kind { return format.string(x, places: places, suffix: "%") }
      return format.string(x, places: places)
    case .number(let x):
      switch kind {
      case .text: return format.string(x, places: x == x.rounded() ? 0 : 2)
      case .integer: return format.string(x, places: 0)
      case .number(let places): return format.string(x, places: places)
      case .percent(let places): return format.string(x, places: places, suffix: "%")
      case .money: return format.string(x, places: 0, prefix: "Rp ")
      }
    }
  }
}
