import TimbangCore
import TimbangReports

/// What a command would have written, kept for composing a report: its tables, charts, title and source line.
public final class OutputCapture: @unchecked Sendable {
  public var tables: [Table] = []
  public var charts: [Chart] = []
  public var title: Localized?
  public var source: ReportDocument.Source?

  public init() {}
}
