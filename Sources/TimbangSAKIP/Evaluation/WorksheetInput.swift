import TimbangCore

/// The answers of one evaluation worksheet: `code,value` pairs as written, each with where it came from.
///
/// A code is a component (`1`, with a score or `-` when not assessed), a sub-component (`1.1`, with a grade AA…E or
/// a score), a criterion (`1.1.3`, with Y/T or A–E) or an upgrade flag (`1.1.maintained1y`, with Y/T). The values
/// stay text until ``EvaluationScorer`` reads them against the instrument, so every message can quote them.
public struct WorksheetInput: Sendable, Equatable {
  public struct Entry: Sendable, Equatable {
    public var code: String
    /// The value as written (numbers keep their literal text); empty when the cell was blank.
    public var value: String
    public var location: SourceLocation

    public init(code: String, value: String, location: SourceLocation) {
      self.code = code
      self.value = value
      self.location = location
    }
  }

  /// The input's name in messages.
  public var file: String
  /// Whether numbers use a decimal comma (`;`-separated CSV).
  public var decimalComma: Bool
  public var entries: [Entry]

  public init(file: String, decimalComma: Bool = false, entries: [Entry]) {
    self.file = file
    self.decimalComma = decimalComma
    self.entries = entries
  }

  /// Entries from `(code, value)` pairs, located at lines 2, 3, … of `file` (tests, in-memory data).
  public init(file: String = "<worksheet>", pairs: [(String, String)], decimalComma: Bool = false) {
    self.file = file
    self.decimalComma = decimalComma
    self.entries = pairs.enumerated().map { i, pair in
      Entry(code: pair.0, value: pair.1, location: SourceLocation(file: file, line: i + 2, column: "value"))
    }
  }
}

/// Reads a worksheet from CSV (`code,value`, extra columns such as `uraian` ignored) or JSON (an object
/// `{"1.1": "BB", "4": "-"}` or an array `[{"code": "1.1", "value": "BB"}]`).
///
/// Edge Cases: a UTF-8 BOM is skipped; the format is chosen by the first non-blank character (`{` or `[` → JSON);
/// header names match case-, accent- and space-insensitively (`kode`/`code`, `nilai`/`value`/`jawaban`); blank
/// rows are skipped; a blank value is kept as an unanswered entry (so messages can point at its line).
public enum WorksheetReader {
  public static func read(
    _ bytes: [UInt8], file: String, dialect: CSVDialect? = nil
  ) throws -> WorksheetInput {
    var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while start < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[start]) { start += 1 }
    if start < bytes.count, bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "[") {
      return try readJSON(bytes, file: file)
    }
    return try readCSV(bytes, file: file, dialect: dialect)
  }

  static func readCSV(_ bytes: [UInt8], file: String, dialect: CSVDialect?) throws -> WorksheetInput {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: file, dialect: dialect))
    let codeColumn = try table.requiredColumn(["code", "kode"])
    let valueColumn = try table.requiredColumn(["value", "nilai", "jawaban", "answer"])
    let valueHeader = table.header[valueColumn]
    var entries: [WorksheetInput.Entry] = []
    for (line, fields) in try table.allRows() {
      let code = fields[codeColumn]
      if code.isEmpty && fields[valueColumn].isEmpty { continue }
      entries.append(
        .init(
          code: code, value: fields[valueColumn],
          location: SourceLocation(
            file: file, line: line, column: code.isEmpty ? table.header[codeColumn] : valueHeader)))
    }
    return WorksheetInput(file: file, decimalComma: table.dialect.decimalComma, entries: entries)
  }

  static func readJSON(_ bytes: [UInt8], file: String) throws -> WorksheetInput {
    let root = try JSONParser.parse(bytes, fileName: file)
    func text(_ value: JSONValue, _ path: String) throws -> String {
      switch value {
      case .null: return ""
      case .string(let s): return s.trimmingWhitespace
      case .number(let x, let literal): return literal ?? JSONWriter.numberText(x)
      default:
        throw TimbangError.badInput(
          SourceLocation(file: file, jsonPath: path),
          Localized(id: "nilai harus teks atau angka", en: "the value must be a string or a number"))
      }
    }
    var entries: [WorksheetInput.Entry] = []
    switch root {
    case .object(let pairs):
      for (key, value) in pairs {
        let path = "$['\(key)']"
        entries.append(
          .init(
            code: key.trimmingWhitespace, value: try text(value, path),
            location: SourceLocation(file: file, jsonPath: path)))
      }
    case .array(let items):
      for (i, item) in items.enumerated() {
        guard case .object = item, let code = item["code"]?.stringValue ?? item["kode"]?.stringValue else {
          throw TimbangError.badInput(
            SourceLocation(file: file, jsonPath: "$[\(i)]"),
            Localized(
              id: "harus berupa objek {\"code\": …, \"value\": …}", en: "must be an object {\"code\": …, \"value\": …}")
          )
        }
        let path = "$[\(i)].value"
        entries.append(
          .init(
            code: code.trimmingWhitespace, value: try text(item["value"] ?? item["nilai"] ?? .null, path),
            location: SourceLocation(file: file, jsonPath: path)))
      }
    default:
      throw TimbangError.badInput(
        SourceLocation(file: file, jsonPath: "$"),
        Localized(id: "harus berupa objek kode → nilai atau larik", en: "must be an object code → value or an array"))
    }
    return WorksheetInput(file: file, decimalComma: false, entries: entries)
  }
}
