import TimbangCore

/// The indicator table of an LKjIP (`sasaran, indikator, satuan, target, realisasi` plus optional columns), read
/// from CSV with every cell kept as written so messages can quote it.
public struct IndicatorTable: Sendable, Equatable {
  /// The columns Timbang knows, with the header spellings it accepts (matched case-, accent- and
  /// space-insensitively).
  public enum Field: String, Sendable, CaseIterable {
    case kode, tahun, sasaran, indikator, satuan, target, realisasi, polaritas, skala, targetRenstra, realisasiLalu,
      anggaran, realisasiAnggaran

    public var headerNames: [String] {
      switch self {
      case .kode: return ["kode", "code", "kode indikator"]
      case .tahun: return ["tahun", "year"]
      case .sasaran: return ["sasaran", "sasaran strategis", "tujuan/sasaran"]
      case .indikator: return ["indikator", "indikator kinerja", "indicator"]
      case .satuan: return ["satuan", "unit"]
      case .target: return ["target"]
      case .realisasi: return ["realisasi", "actual"]
      case .polaritas: return ["polaritas", "polarity", "sifat"]
      case .skala: return ["skala", "scale"]
      case .targetRenstra: return ["targetRenstra", "target renstra", "target akhir renstra"]
      case .realisasiLalu: return ["realisasiLalu", "realisasi lalu", "realisasi tahun lalu"]
      case .anggaran: return ["anggaran", "pagu", "pagu anggaran"]
      case .realisasiAnggaran: return ["realisasiAnggaran", "realisasi anggaran"]
      }
    }

    static let required: [Field] = [.indikator, .target, .realisasi]
  }

  public struct Row: Sendable, Equatable {
    /// 1-based physical line of the record.
    public var line: Int
    public var cells: [Field: String]

    public init(line: Int, cells: [Field: String]) {
      self.line = line
      self.cells = cells
    }

    /// The trimmed cell, `nil` when the column is absent or the cell blank.
    public subscript(field: Field) -> String? {
      guard let text = cells[field]?.trimmingWhitespace, !text.isEmpty else { return nil }
      return text
    }
  }

  public var file: String
  /// Whether numbers use a decimal comma (`;`-separated CSV).
  public var decimalComma: Bool
  /// The header text of each present column (for messages).
  public var headers: [Field: String]
  public var rows: [Row]

  public init(file: String, decimalComma: Bool = false, headers: [Field: String], rows: [Row]) {
    self.file = file
    self.decimalComma = decimalComma
    self.headers = headers
    self.rows = rows
  }

  public func has(_ field: Field) -> Bool { headers[field] != nil }

  /// The location of a cell.
  public func location(_ row: Row, _ field: Field) -> SourceLocation {
    SourceLocation(file: file, line: row.line, column: headers[field] ?? field.rawValue)
  }

  /// Reads CSV bytes (delimiter sniffed unless given; `;` files use decimal comma).
  ///
  /// - Throws: a located error for a missing required column (`indikator`, `target`, `realisasi`), an ambiguous
  ///   header, or a ragged row.
  public static func read(_ bytes: [UInt8], file: String, dialect: CSVDialect? = nil) throws -> IndicatorTable {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: file, dialect: dialect))
    var columns: [Field: Int] = [:]
    for field in Field.allCases {
      let index =
        Field.required.contains(field)
        ? try table.requiredColumn(field.headerNames) : try table.column(named: field.headerNames)
      if let index { columns[field] = index }
    }
    var rows: [Row] = []
    for (line, fields) in try table.allRows() {
      var cells: [Field: String] = [:]
      for (field, index) in columns { cells[field] = fields[index] }
      rows.append(Row(line: line, cells: cells))
    }
    return IndicatorTable(
      file: file, decimalComma: table.dialect.decimalComma, headers: columns.mapValues { table.header[$0] },
      rows: rows)
  }
}
