/// A named annex table built from a result value: typed columns with their display precision, and rows of cells.
///
/// Scorers build tables (pure functions of their results); `TimbangReports` renders them as text, Markdown, CSV and
/// the richer formats. The numbers in a table are the unrounded result numbers; precision is applied on rendering.
public struct Table: Equatable, Sendable {
  /// Stable id such as `skm-summary`.
  public var id: String
  public var title: Localized
  public var columns: [Column]
  public var rows: [Row]
  /// Notes printed under the table (weighting policy, warnings, sources).
  public var notes: [Localized]

  public init(id: String, title: Localized, columns: [Column], rows: [Row] = [], notes: [Localized] = []) {
    self.id = id
    self.title = title
    self.columns = columns
    self.rows = rows
    self.notes = notes
  }

  /// A typed column.
  public struct Column: Equatable, Sendable {
    public var key: String
    public var title: Localized
    public var kind: Kind

    public init(_ key: String, _ title: Localized, _ kind: Kind = .text) {
      self.key = key
      self.title = title
      self.kind = kind
    }

    public enum Kind: Equatable, Sendable {
      case text
      case integer
      /// A decimal shown with `places` decimals.
      case number(places: Int)
      /// A percentage value (84.39 means 84.39 %) shown with `places` decimals and a `%` sign.
      case percent(places: Int)
      /// Rupiah, no decimals.
      case money

      public var isNumeric: Bool { self != .text }
    }
  }

  /// One row; `emphasis` marks total and summary rows.
  public struct Row: Equatable, Sendable {
    public var cells: [Cell]
    public var emphasis: Bool

    public init(_ cells: [Cell], emphasis: Bool = false) {
      self.cells = cells
      self.emphasis = emphasis
    }
  }

  public enum Cell: Equatable, Sendable {
    case empty
    case text(String)
    case label(Localized)
    case number(Double)
    /// A number with its own precision, overriding the column's (summary rows under a column of another precision).
    case fixed(Double, places: Int)
  }
}

extension Table.Cell {
  /// A number, or an empty cell when absent.
  public static func number(_ x: Double?) -> Table.Cell { x.map(Table.Cell.number) ?? .empty }
  public static func integer(_ x: Int) -> Table.Cell { .number(Double(x)) }
}
