/// A CSV file read as a header and data rows of the same width.
///
/// Wraps ``CSVReader``: the first record is the header; every later record must have exactly as many fields (a
/// ragged row is an error naming its line; rows are never padded).
public final class CSVTable {
  public let reader: CSVReader
  public let header: [String]
  public var fileName: String { reader.fileName }
  public var dialect: CSVDialect { reader.dialect }

  /// Opens `path` (`-` for standard input) and reads its header. An empty file is an error.
  public convenience init(path: String, dialect: CSVDialect? = nil) throws {
    try self.init(reader: CSVReader(source: ByteSource(path: path), dialect: dialect))
  }

  public init(reader: CSVReader) throws {
    self.reader = reader
    var record = CSVRecord()
    guard try reader.next(into: &record) else {
      throw TimbangError.badInput(
        SourceLocation(file: reader.fileName),
        Localized(
          id: "berkas kosong (seharusnya ada baris judul kolom)", en: "the file is empty (expected a header row)"))
    }
    header = record.strings.map { $0.trimmingWhitespace }
  }

  /// Reads the next data row into `record`; `false` at the end. A row whose width differs from the header's is an
  /// error.
  public func next(into record: inout CSVRecord) throws -> Bool {
    guard try reader.next(into: &record) else { return false }
    if record.count != header.count {
      throw TimbangError.badInput(
        SourceLocation(file: fileName, line: record.line),
        CSVTable.ragged(fields: record.count, header: header.count))
    }
    return true
  }

  /// The index of the column whose normalised header equals one of `names`, or `nil`. Two matching columns are an
  /// ambiguity error.
  public func column(named names: [String]) throws -> Int? {
    let wanted = Set(names.map(HeaderName.normalize))
    let hits = header.indices.filter { wanted.contains(HeaderName.normalize(header[$0])) }
    if hits.count > 1 {
      throw TimbangError.badInput(
        SourceLocation(file: fileName, line: 1),
        Localized(
          id:
            "kolom \(hits.map { "\"\(header[$0])\"" }.joined(separator: " dan ")) sama-sama cocok dengan \"\(names[0])\"",
          en: "columns \(hits.map { "\"\(header[$0])\"" }.joined(separator: " and ")) both match \"\(names[0])\""))
    }
    return hits.first
  }

  /// Like ``column(named:)`` but a missing column is an error naming what was expected.
  public func requiredColumn(_ names: [String]) throws -> Int {
    guard let index = try column(named: names) else {
      throw TimbangError.badInput(
        SourceLocation(file: fileName, line: 1),
        Localized(
          id: "kolom \"\(names[0])\" tidak ada (kolom yang ada: \(header.joined(separator: ", ")))",
          en: "missing column \"\(names[0])\" (header has: \(header.joined(separator: ", ")))"))
    }
    return index
  }

  /// Reads every remaining row as strings (small files only: specs, costs, maps).
  public func allRows() throws -> [(line: Int, fields: [String])] {
    var rows: [(Int, [String])] = []
    var record = CSVRecord()
    while try next(into: &record) {
      if record.isBlank { continue }
      rows.append((record.line, record.strings.map { $0.trimmingWhitespace }))
    }
    return rows
  }

  /// The message for a row whose width differs from the header's (also used by the fast survey scanner).
  public static func ragged(fields: Int, header: Int) -> Localized {
    Localized(
      id: "baris berisi \(fields) kolom, sedangkan baris judul berisi \(header)",
      en: "row has \(fields) fields but the header has \(header)")
  }
}
