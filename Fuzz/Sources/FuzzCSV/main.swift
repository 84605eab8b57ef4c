import FuzzSupport
import TimbangCore

/// The CSV reader, in memory and streamed from a file (they must agree record for record, or fail with the same
/// message), sniffed and under a forced dialect; then `CSVTable`, header lookups and number parsing on every field.
func fuzzCSV(_ bytes: [UInt8]) {
  let path = Fuzz.writeScratch(bytes)
  // The sniffed dialect and one forced dialect per input (each streamed read costs a 1 MiB block).
  let forced = [CSVDialect.comma, .semicolon, .tab][bytes.count % 3]
  for dialect in [nil, forced] {
    let memory = records { CSVReader(bytes: bytes, fileName: path, dialect: dialect) }
    let streamed = records { try CSVReader(source: ByteSource(path: path), dialect: dialect) }
    Fuzz.expectSame(memory, streamed, "in-memory and streaming CSV readers")
  }
  Fuzz.check {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: "fuzz.csv"))
    _ = try table.column(named: ["indikator", "indicator"])
    _ = try? table.requiredColumn(["nilai", "value"])
    for name in table.header { _ = HeaderName.normalize(name) }
    for row in try table.allRows() {
      for field in row.fields {
        _ = NumberParsing.parse(field, decimalComma: true)
        _ = NumberParsing.parse(field, decimalComma: false)
      }
    }
  }
}

/// Every record as `line: fields`, or the error's message.
private func records(_ open: () throws -> CSVReader) -> String {
  var out = ""
  let error = Fuzz.check {
    let reader = try open()
    out += "dialect \(reader.dialect.delimiter)\n"
    var record = CSVRecord()
    while try reader.next(into: &record) {
      out += "\(record.line): \(record.strings.map { "[\($0)]" }.joined())\n"
    }
  }
  if let error { out += "error: \(error)\n" }
  return out
}

Fuzz.main(fuzzCSV)
