import TimbangCore

/// An annex document: a title and sections of tables and charts, each section with a source line. The HTML and
/// XLSX writers number its tables (`Tabel 1`, `Tabel 2`, …) and charts (`Gambar 1`, …) in document order, so the
/// same document always gets the same numbers.
public struct ReportDocument: Equatable, Sendable {
  public var title: Localized
  /// A line under the title (agency, year), if any.
  public var subtitle: Localized?
  public var sections: [Section]
  /// Text before every table and figure number: `"3."` gives `Tabel 3.1`, `Tabel 3.2`; empty gives `Tabel 1`.
  public var numberPrefix: String
  /// Whether the HTML starts with a list of tables (shown when there are at least two).
  public var listsTables: Bool

  public init(
    title: Localized, subtitle: Localized? = nil, sections: [Section], numberPrefix: String = "",
    listsTables: Bool = true
  ) {
    self.title = title
    self.subtitle = subtitle
    self.sections = sections
    self.numberPrefix = numberPrefix
    self.listsTables = listsTables
  }

  /// One part of the annex, usually one instrument's result.
  public struct Section: Equatable, Sendable {
    public var heading: Localized?
    public var tables: [Table]
    /// Charts follow the table with the same id, or come at the end of the section when no table has their id.
    public var charts: [Chart]
    public var source: Source?

    public init(heading: Localized? = nil, tables: [Table] = [], charts: [Chart] = [], source: Source? = nil) {
      self.heading = heading
      self.tables = tables
      self.charts = charts
      self.source = source
    }
  }

  /// Where a section's figures come from: the instrument and the input files, or a text of its own.
  public struct Source: Equatable, Sendable {
    /// Instrument id and version (`skm-permenpanrb-14-2017`).
    public var instrument: String?
    /// Instrument title or regulation (`PermenPANRB 14/2017`), shown in brackets after the id.
    public var instrumentTitle: String?
    /// Input files as the user named them (`skm-banjarnegara-2023.csv`).
    public var inputs: [String]
    /// A free text replacing the generated line.
    public var text: Localized?

    public init(instrument: String? = nil, instrumentTitle: String? = nil, inputs: [String] = [], text: Localized? = nil) {
      self.instrument = instrument
      self.instrumentTitle = instrumentTitle
      self.inputs = inputs
      self.text = text
    }

    /// `Sumber: data a.csv, b.csv; instrumen skm-permenpanrb-14-2017 (PermenPANRB 14/2017).`
    public func line(_ language: Language) -> String {
      if let text { return "\(ReportLabels.source.text(language)): \(text.text(language))" }
      var parts: [String] = []
      if !inputs.isEmpty { parts.append("\(ReportLabels.data.text(language)) \(inputs.joined(separator: ", "))") }
      if let instrument {
        parts.append(
          "\(ReportLabels.instrument.text(language)) \(instrument)" + (instrumentTitle.map { " (\($0))" } ?? ""))
      }
      return "\(ReportLabels.source.text(language)): \(parts.joined(separator: "; "))."
    }
  }

  /// A table or chart with its number in the document.
  public enum Item: Equatable, Sendable {
    case table(Table, number: Int)
    case chart(Chart, number: Int)
  }

  /// The items of each section in reading order with their numbers: tables and charts are numbered separately,
  /// from 1, across the whole document.
  ///
  /// Postconditions: `numbered().count == sections.count`; table numbers run 1…T and chart numbers 1…C without
  /// gaps.
  public func numbered() -> [[Item]] {
    var tableNumber = 0
    var chartNumber = 0
    var out: [[Item]] = []
    for section in sections {
      var items: [Item] = []
      var placed = Set<Int>()
      for table in section.tables {
        tableNumber += 1
        items.append(.table(table, number: tableNumber))
        for (i, chart) in section.charts.enumerated() where chart.id == table.id && !placed.contains(i) {
          chartNumber += 1
          placed.insert(i)
          items.append(.chart(chart, number: chartNumber))
        }
      }
      for (i, chart) in section.charts.enumerated() where !placed.contains(i) {
        chartNumber += 1
        items.append(.chart(chart, number: chartNumber))
      }
      out.append(items)
    }
    return out
  }

  /// `Tabel 3.1. Indeks Kepuasan Masyarakat`: a table's caption with its number.
  public func caption(_ table: Table, number: Int, language: Language) -> String {
    "\(ReportLabels.tableNumber(number, prefix: numberPrefix, language)). \(table.title.text(language))"
  }

  public func caption(_ chart: Chart, number: Int, language: Language) -> String {
    "\(ReportLabels.figureNumber(number, prefix: numberPrefix, language)). \(chart.title.text(language))"
  }
}
