import TimbangCore

/// The rows of an answer file (`question,answer`), with the line each came from, before they are checked against an
/// instrument. Reading is the only I/O of the module; everything after it is pure.
public struct KAMIAnswerSheet: Equatable, Sendable {
  public struct Row: Equatable, Sendable {
    /// 1-based physical line of the record.
    public var line: Int
    public var question: String
    public var answer: String

    public init(line: Int, question: String, answer: String) {
      self.line = line
      self.question = question
      self.answer = answer
    }
  }

  /// The file name used in messages.
  public var file: String
  /// The header of the question column as written in the file (for messages).
  public var questionColumn: String
  /// The header of the answer column as written in the file (for messages).
  public var answerColumn: String
  public var rows: [Row]

  public init(file: String, rows: [Row], questionColumn: String = "question", answerColumn: String = "answer") {
    self.file = file
    self.rows = rows
    self.questionColumn = questionColumn
    self.answerColumn = answerColumn
  }

  /// Header names accepted for the question column.
  public static let questionNames = ["question", "pertanyaan", "nomor", "no", "nomor pertanyaan", "number"]
  /// Header names accepted for the answer column.
  public static let answerNames = ["answer", "jawaban", "status", "status penerapan"]

  /// Reads `path` (`-` for standard input): a CSV with a question and an answer column (other columns are ignored,
  /// so a filled-in template with its text column reads as is).
  ///
  /// - Throws: ``TimbangError/cannotRead(file:reason:)`` for a missing file; ``TimbangError/badInput(_:_:)`` for an
  ///   empty file, a missing column or a ragged row.
  public static func read(path: String, dialect: CSVDialect? = nil) throws -> KAMIAnswerSheet {
    let table = try CSVTable(path: path, dialect: dialect)
    let q = try table.requiredColumn(questionNames)
    let a = try table.requiredColumn(answerNames)
    let rows = try table.allRows().map { Row(line: $0.line, question: $0.fields[q], answer: $0.fields[a]) }
    return KAMIAnswerSheet(
      file: table.fileName, rows: rows, questionColumn: table.header[q], answerColumn: table.header[a])
  }

  /// The question numbers the file mentions, normalised (for choosing an instrument version).
  public var questionNumbers: Set<String> { Set(rows.map { KAMIAnswers.normalizeNumber($0.question) }) }
}
