import TimbangCore
import TimbangIndex

/// Checks a national SPBE results annex row by row (`year,instansi,d1,d2,d3,d4,index,predikat`) by exact
/// reconstruction, and keeps only the rows that do not follow.
public struct SPBEAnnexAudit: Sendable {
  public struct Row: Equatable, Sendable {
    public var line: Int
    public var year: Int?
    public var instansi: String
    public var reason: String
  }

  public var rows: Int
  public var inconsistent: [Row]
  public var framework: String

  /// Audits the annex at `path` against `instrument` (59/2020 by default).
  ///
  /// Edge Cases: numbers may use a decimal point or comma whatever the delimiter; an unparsable number is a located
  /// error (exit 65), not an inconsistency.
  public static func audit(path: String, instrument: IndexInstrument, dialect: CSVDialect? = nil) throws -> SPBEAnnexAudit {
    let table = try CSVTable(path: path, dialect: dialect)
    let domainCount = instrument.topTier.nodes.count
    let year = try table.column(named: ["year", "tahun"])
    let instansi = try table.column(named: ["instansi", "nama instansi", "instansi pemerintah"])
    let domains = try (1...domainCount).map { try table.requiredColumn(["d\($0)", "domain \($0)", "domain\($0)"]) }
    let index = try table.requiredColumn(["index", "indeks", "indeks spbe", "nilai indeks"])
    let predicate = try table.column(named: ["predikat", "predicate"])
    let reconstructor = try Reconstructor(instrument)
    var result = SPBEAnnexAudit(rows: 0, inconsistent: [], framework: instrument.id)
    var record = CSVRecord()
    func number(_ text: String, _ column: Int, _ line: Int) throws -> TimbangIndex.PrintedNumber {
      let cleaned = text.trimmingWhitespace.replacingOccurrences(of: ",", with: ".")
      guard let n = TimbangIndex.PrintedNumber(cleaned) else {
        throw TimbangError.badInput(
          SourceLocation(file: table.fileName, line: line, column: table.header[column]),
          Localized(id: "\"\(text)\" bukan angka", en: "\"\(text)\" is not a number"))
      }
      return n
    }
    while try table.next(into: &record) {
      if record.isBlank { continue }
      result.rows += 1
      let fields = record.strings
      let printedDomains = try domains.map { try number(fields[$0], $0, record.line) }
      let printedIndex = try number(fields[index], index, record.line)
      let y = try year.map { c -> Int in
        guard let v = Int(fields[c].trimmingWhitespace) else {
          throw TimbangError.badInput(
            SourceLocation(file: table.fileName, line: record.line, column: table.header[c]),
            Localized(id: "\"\(fields[c])\" bukan tahun", en: "\"\(fields[c])\" is not a year"))
        }
        return v
      }
      let reconstruction = reconstructor.reconstruct(printedDomains)
      let check = reconstruction.check(
        index: printedIndex, predicate: predicate.map { fields[$0].trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 },
        year: y, instrument: instrument)
      if !check.isConsistent {
        result.inconsistent.append(
          Row(line: record.line, year: y, instansi: instansi.map { fields[$0] } ?? "", reason: check.reason))
      }
    }
    return result
  }

  public var json: JSONValue {
    .object([
      ("framework", .string(framework)), ("rows", .int(rows)),
      (
        "inconsistent",
        .array(
          inconsistent.map {
            .object([
              ("line", .int($0.line)), ("year", $0.year.map(JSONValue.int) ?? .null), ("instansi", .string($0.instansi)),
              ("reason", .string($0.reason)),
            ])
          })
      ),
    ])
  }

  public var table: Table {
    Table(
      id: "spbe-annex-audit", title: Localized(id: "Baris lampiran SPBE yang tidak konsisten", en: "Inconsistent SPBE annex rows"),
      columns: [
        .init("line", Localized(id: "Baris", en: "Line"), .integer), .init("year", Localized(id: "Tahun", en: "Year")),
        .init("instansi", Localized(id: "Instansi", en: "Agency")), .init("reason", Localized(id: "Alasan", en: "Reason")),
      ],
      rows: inconsistent.map {
        Table.Row([.integer($0.line), .text($0.year.map(String.init) ?? ""), .text($0.instansi), .text($0.reason)])
      },
      notes: [Localized(id: "\(rows) baris, \(inconsistent.count) tidak konsisten", en: "\(rows) rows, \(inconsistent.count) inconsistent")])
  }
}
