import TimbangCore

/// The one catalogue of the words the renderers add around a table or chart (captions, source lines, sheet
/// notes), in Indonesian and English. Table titles, headers and labels come from the tables themselves.
enum ReportLabels {
  static let table = Localized(id: "Tabel", en: "Table")
  static let figure = Localized(id: "Gambar", en: "Figure")
  static let source = Localized(id: "Sumber", en: "Source")
  static let contents = Localized(id: "Daftar Tabel", en: "List of Tables")
  static let figures = Localized(id: "Daftar Gambar", en: "List of Figures")
  static let data = Localized(id: "data", en: "data")
  static let instrument = Localized(id: "instrumen", en: "instrument")
  static let notes = Localized(id: "Catatan", en: "Notes")
  static let generator = Localized(id: "Dihasilkan oleh Timbang", en: "Produced by Timbang")

  /// `Tabel 3.1` / `Table 3.1`: the caption number of the `n`th table with a prefix such as `3.`.
  static func tableNumber(_ n: Int, prefix: String, _ language: Language) -> String {
    "\(table.text(language)) \(prefix)\(n)"
  }

  static func figureNumber(_ n: Int, prefix: String, _ language: Language) -> String {
    "\(figure.text(language)) \(prefix)\(n)"
  }

  /// The message refusing a sheet with more rows than a spreadsheet holds.
  static func tooManyRows(table: String, rows: Int, limit: Int, _ language: Language) -> String {
    let f = NumberFormat.forLanguage(language)
    switch language {
    case .id:
      return "tabel \(table): \(f.string(rows)) baris tidak muat dalam satu lembar XLSX (paling banyak "
        + "\(f.string(limit)) baris termasuk judul, kepala kolom dan catatan); gunakan --format csv untuk tabel ini"
    case .en:
      return "table \(table): \(f.string(rows)) rows do not fit in one XLSX sheet (at most \(f.string(limit)) rows "
        + "including title, header and notes); use --format csv for this table"
    }
  }

  static func tooManyColumns(table: String, columns: Int, limit: Int, _ language: Language) -> String {
    let f = NumberFormat.forLanguage(language)
    switch language {
    case .id:
      return "tabel \(table): \(f.string(columns)) kolom melebihi batas XLSX \(f.string(limit)) kolom"
    case .en:
      return "table \(table): \(f.string(columns)) columns exceed the XLSX limit of \(f.string(limit)) columns"
    }
  }

  static func cellTooLong(table: String, length: Int, limit: Int, _ language: Language) -> String {
    let f = NumberFormat.forLanguage(language)
    switch language {
    case .id:
      return "tabel \(table): teks sel sepanjang \(f.string(length)) karakter melebihi batas XLSX "
        + "\(f.string(limit)) karakter"
    case .en:
      return "table \(table): a cell text of \(f.string(length)) characters exceeds the XLSX limit of "
        + "\(f.string(limit)) characters"
    }
  }
}
