import TimbangCore

/// Reads assessments from CSV or JSON bytes (I/O stays with the caller: these are pure functions of the bytes).
///
/// CSV, indicator data: columns `indicator,level` (aliases `indikator`/`kode`, `value`/`nilai`/`tingkat`), optionally
/// `instansi` and/or `year` (`tahun`) to hold many assessments — one result per key, sorted bytewise. CSV, published
/// top-tier data: columns `domain,index` (Pemdi: `aspect,index`; aliases `kode`, `indeks`/`nilai`/`value`), with
/// the same optional key columns. JSON: `{"framework": ID, "year": Y, "instansi": "…", "levels": {"1": 3, …}}`
/// (`values` is a synonym of `levels`), or `"domains": [4.40, …]` / `{"D1": 4.40, …}`, or an array of such objects.
///
/// Edge Cases: an unknown indicator, a node code where an indicator is expected, a duplicate row, a value outside
/// the range or a malformed number is an error naming `file:line:column` (CSV) or the JSON path; a key with an
/// incomplete set of top-tier values is an error; missing indicators are kept as `nil` (the scorer decides).
public enum AssessmentReader {
  static let indicatorColumns = ["indicator", "indikator", "kode indikator", "no"]
  static let levelColumns = ["level", "value", "nilai", "tingkat", "tingkat kematangan"]
  static let instansiColumns = ["instansi", "agency", "opd", "pemda"]
  static let yearColumns = ["year", "tahun"]
  static let indexColumns = ["index", "indeks", "nilai", "value"]

  /// Whether the bytes look like JSON (first non-space byte `{` or `[`).
  public static func isJSON(_ bytes: [UInt8]) -> Bool {
    var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    return i < bytes.count && (bytes[i] == UInt8(ascii: "{") || bytes[i] == UInt8(ascii: "["))
  }

  /// The `framework` a JSON input names, if any (to pick the instrument before reading the values).
  public static func frameworkHint(_ bytes: [UInt8], fileName: String) throws -> String? {
    guard isJSON(bytes) else { return nil }
    let json = try JSONParser.parse(bytes, fileName: fileName)
    if let s = json["framework"]?.stringValue { return s }
    if let first = json.arrayValue?.first, let s = first["framework"]?.stringValue { return s }
    return nil
  }

  /// Reads every assessment in `bytes`.
  public static func read(
    _ bytes: [UInt8], fileName: String, instrument: IndexInstrument, dialect: CSVDialect? = nil
  ) throws -> [Assessment] {
    let result =
      isJSON(bytes)
      ? try readJSON(bytes, fileName: fileName, instrument: instrument)
      : try readCSV(bytes, fileName: fileName, instrument: instrument, dialect: dialect)
    guard !result.isEmpty else {
      throw TimbangError.badInput(
        SourceLocation(file: fileName),
        Localized(
          id: "tidak ada data penilaian (seharusnya ada baris setelah baris judul)",
          en: "no assessment data (expected rows after the header)"))
    }
    return result
  }

  // MARK: CSV

  static func readCSV(
    _ bytes: [UInt8], fileName: String, instrument: IndexInstrument, dialect: CSVDialect?
  ) throws -> [Assessment] {
    let table = try CSVTable(reader: CSVReader(bytes: bytes, fileName: fileName, dialect: dialect))
    let decimalComma = table.dialect.decimalComma
    let instansiColumn = try table.column(named: instansiColumns)
    let yearColumn = try table.column(named: yearColumns)
    let rows = try table.allRows()
    func key(_ row: (line: Int, fields: [String])) throws -> AssessmentKey {
      var k = AssessmentKey()
      if let c = instansiColumn {
        let name = row.fields[c]
        guard !name.isEmpty else {
          throw TimbangError.badInput(
            SourceLocation(file: fileName, line: row.line, column: table.header[c]),
            Localized(id: "instansi kosong", en: "instansi is empty"))
        }
        k.instansi = name
      }
      if let c = yearColumn {
        guard let y = Int(row.fields[c]), (1900...2200).contains(y) else {
          throw TimbangError.badInput(
            SourceLocation(file: fileName, line: row.line, column: table.header[c]),
            Localized(id: "tahun \"\(row.fields[c])\" bukan tahun", en: "year \"\(row.fields[c])\" is not a year"))
        }
        k.year = y
      }
      return k
    }

    if let indicatorColumn = try table.column(named: indicatorColumns) {
      let levelColumn = try table.requiredColumn(levelColumns)
      let resolver = IndicatorResolver(instrument)
      var values: [AssessmentKey: [Rational?]] = [:]
      var lines: [AssessmentKey: [Int?]] = [:]
      for row in rows {
        let k = try key(row)
        let text = row.fields[indicatorColumn]
        let at = SourceLocation(file: fileName, line: row.line, column: table.header[indicatorColumn])
        let i = try indicatorIndex(text, resolver: resolver, instrument: instrument, location: at)
        var slots = values[k] ?? Array(repeating: nil, count: instrument.indicators.count)
        var seen = lines[k] ?? Array(repeating: nil, count: instrument.indicators.count)
        if let earlier = seen[i] {
          throw TimbangError.badInput(
            at,
            Localized(
              id: "indikator \(instrument.indicators[i].code) muncul dua kali\(k.isEmpty ? "" : " untuk \(k)") "
                + "(pertama di baris \(earlier))",
              en: "indicator \(instrument.indicators[i].code) appears twice\(k.isEmpty ? "" : " for \(k)") "
                + "(first on line \(earlier))"))
        }
        slots[i] = try ValueParsing.value(
          row.fields[levelColumn], decimalComma: decimalComma, scale: instrument.values,
          location: SourceLocation(file: fileName, line: row.line, column: table.header[levelColumn]),
          what: indicatorValue(instrument, i))
        seen[i] = row.line
        values[k] = slots
        lines[k] = seen
      }
      return values.keys.sorted().map { k in
        Assessment(key: k, source: fileName, content: .indicators(values[k] ?? []))
      }
    }

    let top = instrument.topTier
    guard let nodeColumn = try table.column(named: [top.column, "domain", "aspect", "aspek", "kode"]) else {
      throw TimbangError.badInput(
        SourceLocation(file: fileName, line: 1),
        Localized(
          id: "seharusnya ada kolom \"indicator,level\" atau \"\(top.column),index\" (kolom yang ada: "
            + "\(table.header.joined(separator: ", ")))",
          en: "expected columns \"indicator,level\" or \"\(top.column),index\" (header has: "
            + "\(table.header.joined(separator: ", ")))"))
    }
    let valueColumn = try table.requiredColumn(indexColumns)
    var values: [AssessmentKey: [Rational?]] = [:]
    for row in rows {
      let k = try key(row)
      let text = row.fields[nodeColumn]
      let at = SourceLocation(file: fileName, line: row.line, column: table.header[nodeColumn])
      guard let n = top.nodes.firstIndex(where: { HeaderName.normalize($0.code) == HeaderName.normalize(text) }) else {
        throw TimbangError.badInput(
          at,
          Localized(
            id: "\(top.column) \"\(text)\" tidak dikenal (seharusnya \(top.nodes.map(\.code).joined(separator: ", ")))",
            en: "unknown \(top.column) \"\(text)\" (expected \(top.nodes.map(\.code).joined(separator: ", ")))"))
      }
      var slots = values[k] ?? Array(repeating: nil, count: top.nodes.count)
      guard slots[n] == nil else {
        throw TimbangError.badInput(
          at,
          Localized(
            id: "\(top.nodes[n].code) muncul dua kali\(k.isEmpty ? "" : " untuk \(k)")",
            en: "\(top.nodes[n].code) appears twice\(k.isEmpty ? "" : " for \(k)")"))
      }
      slots[n] = try ValueParsing.value(
        row.fields[valueColumn], decimalComma: decimalComma, scale: nodeScale(instrument),
        location: SourceLocation(file: fileName, line: row.line, column: table.header[valueColumn]),
        what: nodeIndex(top.nodes[n].code))
      values[k] = slots
    }
    return try values.keys.sorted().map { k in
      let slots = values[k] ?? []
      let missing = top.nodes.indices.filter { slots[$0] == nil }.map { top.nodes[$0].code }
      guard missing.isEmpty else {
        throw TimbangError.badInput(
          SourceLocation(file: fileName),
          Localized(
            id: "\(top.column) \(missing.joined(separator: ", ")) tidak ada\(k.isEmpty ? "" : " untuk \(k)")",
            en: "missing \(top.column) \(missing.joined(separator: ", "))\(k.isEmpty ? "" : " for \(k)")"))
      }
      return Assessment(key: k, source: fileName, content: .topTier(slots.compactMap { $0 }))
    }
  }

  /// What a value is, for messages: `indicator I03: level` / `indikator I03: tingkat`.
  static func indicatorValue(_ instrument: IndexInstrument, _ i: Int) -> Localized {
    let code = instrument.indicators[i].code
    return instrument.values.wholeLevels
      ? Localized(id: "indikator \(code): tingkat", en: "indicator \(code): level")
      : Localized(id: "indikator \(code): nilai", en: "indicator \(code): value")
  }

  /// `D1 index` / `indeks D1`.
  static func nodeIndex(_ code: String) -> Localized { Localized(id: "indeks \(code)", en: "\(code) index") }

  /// Published node values are decimals on the indicator range, never whole-level restricted.
  static func nodeScale(_ instrument: IndexInstrument) -> IndexInstrument.ValueScale {
    var scale = instrument.values
    scale.wholeLevels = false
    return scale
  }

  /// The indicator `text` names, or a located error saying what was expected.
  static func indicatorIndex(
    _ text: String, resolver: IndicatorResolver, instrument: IndexInstrument, location: SourceLocation
  ) throws -> Int {
    switch resolver.resolve(text) {
    case .indicator(let i)?: return i
    case .node(let t, let n)?:
      throw TimbangError.badInput(
        location,
        Localized(
          id: "\"\(text)\" adalah \(instrument.tiers[t].label.id.lowercased()) \(instrument.tiers[t].nodes[n].code), "
            + "bukan indikator",
          en: "\"\(text)\" is \(instrument.tiers[t].label.en.lowercased()) \(instrument.tiers[t].nodes[n].code), "
            + "not an indicator"))
    case nil:
      let count = instrument.indicators.count
      let plain = instrument.indicators.map(\.code) == (1...count).map(String.init)
      let range = "\(instrument.indicators[0].code)…\(instrument.indicators[count - 1].code)"
      throw TimbangError.badInput(
        location,
        Localized(
          id: "indikator \"\(text)\" tidak dikenal (seharusnya 1–\(count), I01–I\(count)"
            + (plain ? "" : ", kode \(range)") + (instrument.addressByName ? " atau nama" : "") + ")",
          en: "unknown indicator \"\(text)\" (expected 1–\(count), I01–I\(count)"
            + (plain ? "" : ", a code \(range)") + (instrument.addressByName ? " or a name" : "") + ")"))
    }
  }

  // MARK: JSON

  static func readJSON(_ bytes: [UInt8], fileName: String, instrument: IndexInstrument) throws -> [Assessment] {
    let json = try JSONParser.parse(bytes, fileName: fileName)
    let objects: [(String, JSONValue)]
    if let array = json.arrayValue {
      objects = array.enumerated().map { ("$[\($0.offset)]", $0.element) }
    } else {
      objects = [("$", json)]
    }
    var result: [AssessmentKey: Assessment] = [:]
    let resolver = IndicatorResolver(instrument)
    for (path, object) in objects {
      func fail(_ p: String, _ message: Localized) -> TimbangError {
        .badInput(SourceLocation(file: fileName, jsonPath: p), message)
      }
      guard object.objectValue != nil else {
        throw fail(path, Localized(id: "seharusnya objek", en: "expected an object"))
      }
      if let framework = object["framework"]?.stringValue, framework != instrument.id,
        !(framework.contains("/") || framework.hasSuffix(".json"))
      {
        throw fail(
          "\(path).framework",
          Localized(
            id: "\"\(framework)\" berbeda dari instrumen yang dipakai (\(instrument.id))",
            en: "\"\(framework)\" differs from the instrument in use (\(instrument.id))"))
      }
      var key = AssessmentKey()
      if let v = object["instansi"] {
        guard let s = v.stringValue, !s.isEmpty else {
          throw fail("\(path).instansi", Localized(id: "seharusnya nama", en: "expected a name"))
        }
        key.instansi = s
      }
      if let v = object["year"] {
        guard let y = v.doubleValue, y == y.rounded(), (1900...2200).contains(y) else {
          throw fail("\(path).year", Localized(id: "seharusnya tahun", en: "expected a year"))
        }
        key.year = Int(y)
      }
      guard result[key] == nil else {
        throw fail(
          path,
          Localized(
            id: "penilaian kedua untuk \(key.isEmpty ? "kunci yang sama" : key.description)",
            en: "a second assessment for \(key.isEmpty ? "the same key" : key.description)"))
      }
      func number(_ v: JSONValue, _ p: String, what: Localized, scale: IndexInstrument.ValueScale) throws -> Rational {
        let text: String
        switch v {
        case .number(let x, let literal): text = literal ?? JSONWriter.numberText(x)
        case .string(let s): text = s
        default: throw fail(p, Localized(id: "\(what.id): seharusnya angka", en: "\(what.en): expected a number"))
        }
        return try ValueParsing.value(
          text, decimalComma: false, scale: scale, location: SourceLocation(file: fileName, jsonPath: p), what: what)
      }
      let levels = object["levels"] ?? object["values"]
      if let levels {
        guard let pairs = levels.objectValue else {
          throw fail(
            "\(path).levels", Localized(id: "seharusnya objek {\"1\": 3, …}", en: "expected an object {\"1\": 3, …}"))
        }
        var slots: [Rational?] = Array(repeating: nil, count: instrument.indicators.count)
        for (name, value) in pairs {
          let p = "\(path).levels.\(name)"
          let i = try indicatorIndex(
            name, resolver: resolver, instrument: instrument, location: SourceLocation(file: fileName, jsonPath: p))
          guard slots[i] == nil else {
            let code = instrument.indicators[i].code
            throw fail(p, Localized(id: "indikator \(code) muncul dua kali", en: "indicator \(code) appears twice"))
          }
          slots[i] = try number(
            value, p,
            what: indicatorValue(instrument, i),
            scale: instrument.values)
        }
        result[key] = Assessment(key: key, source: fileName, content: .indicators(slots))
      } else if let domains = object["domains"] ?? object[instrument.topTier.key] {
        let top = instrument.topTier
        let p = "\(path).\(object["domains"] != nil ? "domains" : top.key)"
        var slots: [Rational?] = Array(repeating: nil, count: top.nodes.count)
        if let array = domains.arrayValue {
          guard array.count == top.nodes.count else {
            let codes = top.nodes.map(\.code).joined(separator: ", ")
            throw fail(
              p,
              Localized(
                id: "seharusnya \(top.nodes.count) nilai (\(codes))",
                en: "expected \(top.nodes.count) values (\(codes))"))
          }
          for (n, v) in array.enumerated() {
            slots[n] = try number(v, "\(p)[\(n)]", what: nodeIndex(top.nodes[n].code), scale: nodeScale(instrument))
          }
        } else if let pairs = domains.objectValue {
          for (code, v) in pairs {
            guard let n = top.nodes.firstIndex(where: { HeaderName.normalize($0.code) == HeaderName.normalize(code) })
            else {
              throw fail(
                "\(p).\(code)",
                Localized(
                  id: "\(top.column) tidak dikenal (seharusnya \(top.nodes.map(\.code).joined(separator: ", ")))",
                  en: "unknown \(top.column) (expected \(top.nodes.map(\.code).joined(separator: ", ")))"))
            }
            slots[n] = try number(v, "\(p).\(code)", what: nodeIndex(top.nodes[n].code), scale: nodeScale(instrument))
          }
          let missing = top.nodes.indices.filter { slots[$0] == nil }.map { top.nodes[$0].code }
          guard missing.isEmpty else {
            let list = missing.joined(separator: ", ")
            throw fail(p, Localized(id: "\(list) tidak ada", en: "missing \(list)"))
          }
        } else {
          throw fail(
            p,
            Localized(
              id: "seharusnya array atau objek berisi nilai \(top.column)",
              en: "expected an array or an object of \(top.column) values"))
        }
        result[key] = Assessment(key: key, source: fileName, content: .topTier(slots.compactMap { $0 }))
      } else {
        throw fail(
          path,
          Localized(
            id: "seharusnya ada \"levels\" (nilai indikator) atau \"domains\"",
            en: "expected \"levels\" (indicator values) or \"domains\""))
      }
    }
    return result.keys.sorted().compactMap { result[$0] }
  }
}
