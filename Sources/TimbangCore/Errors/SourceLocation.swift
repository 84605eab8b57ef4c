/// Where in the user's input a problem is: a file and, as far as known, a 1-based line, a column header, or a
/// JSON path.
public struct SourceLocation: Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int?
  public var column: String?
  public var jsonPath: String?

  public init(file: String, line: Int? = nil, column: String? = nil, jsonPath: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.jsonPath = jsonPath
  }

  /// `file:line:column`, `file:line`, `file: $.path` or `file`.
  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    if let column { s += ":\(column)" }
    if let jsonPath { s += ": \(jsonPath)" }
    return s
  }
}
