import TimbangCore

/// Which CSV column feeds each element, group key and profile — bound by identity (code, official name or a
/// declared alias), never by position.
///
/// Most questionnaires ask about facilities as question 8 and complaints as question 9 while the regulation lists
/// them the other way round; binding by name keeps a column labelled "Sarana" on *Sarana dan Prasarana* wherever
/// it stands.
public struct ColumnBinding: Equatable, Sendable {
  /// Column index for each instrument element, in instrument order.
  public var elementColumns: [Int]
  /// Column index for each `--by` column.
  public var groupColumns: [Int]
  /// Profile key and its column index.
  public var profileColumns: [ProfileColumn]
  /// One line per element: how it was bound (shown by `--explain`).
  public var explanation: [String]

  public struct ProfileColumn: Equatable, Sendable {
    public var profile: SKMInstrument.Profile
    public var column: Int
  }

  /// Binds `header` to `instrument`.
  ///
  /// - Parameter map: explicit bindings from `--map FILE` (normalised column header → element code).
  /// - Throws: ``TimbangError/badInput(_:_:)`` at line 1 when an element has no column, two columns claim one
  ///   element, or a `--by` column is missing.
  public static func bind(
    header: [String], instrument: SKMInstrument, by: [String], map: [String: String] = [:], file: String
  ) throws -> ColumnBinding {
    let normalized = header.map(HeaderName.normalize)
    func fail(_ message: Localized) -> TimbangError { .badInput(SourceLocation(file: file, line: 1), message) }
    var identities: [String: Int] = [:]
    for (i, element) in instrument.elements.enumerated() {
      for name in [element.code, element.name] + element.aliases { identities[HeaderName.normalize(name)] = i }
    }
    var columns = Array(repeating: [Int](), count: instrument.elements.count)
    var how = Array(repeating: "", count: instrument.elements.count)
    for (c, h) in normalized.enumerated() {
      if let code = map[h] {
        guard let i = instrument.elements.firstIndex(where: { HeaderName.normalize($0.code) == HeaderName.normalize(code) })
        else {
          throw fail(
            Localized(
              id: "--map mengaitkan kolom \"\(header[c])\" ke \"\(code)\", yang bukan unsur \(instrument.id)",
              en: "--map binds column \"\(header[c])\" to \"\(code)\", which is not an element of \(instrument.id)"))
        }
        columns[i].append(c)
        how[i] = "--map"
      } else if let i = identities[h], !map.values.contains(where: { HeaderName.normalize($0) == HeaderName.normalize(instrument.elements[i].code) }) {
        columns[i].append(c)
        let element = instrument.elements[i]
        how[i] = h == HeaderName.normalize(element.code) ? "code" : h == HeaderName.normalize(element.name) ? "name" : "alias"
      }
    }
    for (i, cols) in columns.enumerated() where cols.count > 1 {
      let element = instrument.elements[i]
      let quoted = cols.map { "\"\(header[$0])\"" }
      throw fail(
        Localized(
          id: "kolom \(quoted.joined(separator: " dan ")) sama-sama menunjuk \(element.code) (\(element.name)); "
            + "tentukan yang dipakai dengan --map FILE (CSV column,element)",
          en: "columns \(quoted.joined(separator: " and ")) both identify \(element.code) (\(element.name)); "
            + "say which one with --map FILE (CSV column,element)"))
    }
    let missing = columns.indices.filter { columns[$0].isEmpty }
    if !missing.isEmpty {
      let names = missing.map { "\(instrument.elements[$0].code) (\(instrument.elements[$0].name))" }
      let bound = Set(columns.flatMap { $0 })
      let unused = header.indices.filter { !bound.contains($0) }.map { "\"\(header[$0])\"" }
      throw fail(
        Localized(
          id: "tidak ada kolom untuk \(names.joined(separator: ", ")); kolom yang tidak terkait: "
            + "\(unused.joined(separator: ", ")). Beri nama kolom dengan kode atau nama unsur, atau kaitkan dengan "
            + "--map FILE (CSV column,element)",
          en: "no column for \(names.joined(separator: ", ")); columns not bound: \(unused.joined(separator: ", ")). "
            + "Name the columns by element code or name, or bind them with --map FILE (CSV column,element)"))
    }
    let elementColumns = columns.map { $0[0] }
    var groupColumns: [Int] = []
    for name in by {
      let hits = normalized.indices.filter { normalized[$0] == HeaderName.normalize(name) }
      guard let c = hits.first else {
        throw fail(
          Localized(
            id: "--by: kolom \"\(name)\" tidak ada (kolom yang ada: \(header.joined(separator: ", ")))",
            en: "--by: no column \"\(name)\" (header has: \(header.joined(separator: ", ")))"))
      }
      guard hits.count == 1 else {
        throw fail(
          Localized(
            id: "--by: ada lebih dari satu kolom bernama \"\(name)\"",
            en: "--by: more than one column is named \"\(name)\""))
      }
      groupColumns.append(c)
    }
    var profileColumns: [ProfileColumn] = []
    let taken = Set(elementColumns)
    for profile in instrument.profiles {
      let names = Set(([profile.key, profile.label] + profile.aliases).map(HeaderName.normalize))
      if let c = normalized.indices.first(where: { names.contains(normalized[$0]) && !taken.contains($0) }) {
        profileColumns.append(ProfileColumn(profile: profile, column: c))
      }
    }
    let explanation = instrument.elements.enumerated().map { i, element in
      "\(element.code) \(element.name) ← column \(elementColumns[i] + 1) \"\(header[elementColumns[i]])\" (by \(how[i]))"
    }
    return ColumnBinding(
      elementColumns: elementColumns, groupColumns: groupColumns, profileColumns: profileColumns,
      explanation: explanation)
  }

  /// Reads a `--map` file: CSV `column,element`.
  public static func readMap(path: String) throws -> [String: String] {
    let table = try CSVTable(path: path)
    let column = try table.requiredColumn(["column", "kolom"])
    let element = try table.requiredColumn(["element", "unsur"])
    var map: [String: String] = [:]
    for row in try table.allRows() {
      let key = HeaderName.normalize(row.fields[column])
      guard map[key] == nil else {
        throw TimbangError.badInput(
          SourceLocation(file: path, line: row.line, column: table.header[column]),
          Localized(
            id: "kolom \"\(row.fields[column])\" dipetakan dua kali",
            en: "column \"\(row.fields[column])\" is mapped twice"))
      }
      map[key] = row.fields[element]
    }
    return map
  }
}
