import TimbangCore

/// Reads respondent rows from CSV files into ``SKMTally`` values: the streaming edge of IKM scoring.
public struct SurveyScanner: Sendable {
  public var instrument: SKMInstrument
  public var by: [String]
  public var missing: MissingPolicy
  public var invalid: InvalidPolicy
  public var map: [String: String]
  public var dialect: CSVDialect?

  /// A cell that could not be used, kept for warnings under `--invalid missing`.
  public struct InvalidCell: Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var value: String
    public var description: String { "\(location): \"\(value)\" is not a valid answer (counted as missing)" }
  }

  /// What scanning one file produced.
  public struct Scan: Sendable {
    public var tally: SKMTally
    public var binding: ColumnBinding
    public var rowsRead: Int
    /// Invalid cells (first 20) and skipped rows, under `--invalid missing`.
    public var invalidCells: [InvalidCell]
    public var invalidCellCount: Int
    public var skippedRows: [String]
  }

  public init(
    instrument: SKMInstrument, by: [String] = [], missing: MissingPolicy = .available,
    invalid: InvalidPolicy = .error, map: [String: String] = [:], dialect: CSVDialect? = nil
  ) {
    self.instrument = instrument
    self.by = by
    self.missing = missing
    self.invalid = invalid
    self.map = map
    self.dialect = dialect
  }

  /// Tallies the file at `path` (`-` for standard input).
  public func scan(path: String) throws -> Scan {
    try scan(table: CSVTable(path: path, dialect: dialect))
  }

  /// Tallies in-memory CSV text (tests).
  public func scan(text: String, fileName: String = "<memory>") throws -> Scan {
    try scan(table: CSVTable(reader: CSVReader(bytes: Array(text.utf8), fileName: fileName, dialect: dialect)))
  }

  /// Tallies every row of `table`.
  ///
  /// Edge Cases:
  /// - A row whose element cells are all blank is skipped silently (not a respondent).
  /// - A repeated header row or a row of column numbers (`1 2 3 … 10`, copied from Excel) is an invalid row: an
  ///   error under `--invalid error`, skipped with a warning under `--invalid missing`.
  /// - Under `--missing listwise` a row with any blank (or invalid) element is left out and counted.
  public func scan(table: CSVTable) throws -> Scan {
    let file = table.fileName
    let binding = try ColumnBinding.bind(
      header: table.header, instrument: instrument, by: by, map: map, file: file)
    let decoder = AnswerDecoder(instrument: instrument)
    let elementCount = instrument.elements.count
    let scaleCount = instrument.scale.count
    let scaleMin = instrument.scale.min
    var tally = SKMTally(instrument: instrument.id, by: by, missingPolicy: missing)
    var invalidCells: [InvalidCell] = []
    var invalidCount = 0
    var skipped: [String] = []
    var rows = 0
    var record = CSVRecord()
    var scores = Array(repeating: AnswerDecoder.Decoded.blank, count: elementCount)
    let normalizedHeader = table.header.map(HeaderName.normalize)
    while try table.next(into: &record) {
      rows += 1
      var anyFilled = false
      var anyInvalid = false
      var anyBlank = false
      for e in 0..<elementCount {
        let d = decoder.decode(record.bytes(binding.elementColumns[e]), element: e)
        scores[e] = d
        switch d {
        case .blank: anyBlank = true
        case .score: anyFilled = true
        case .invalid:
          anyFilled = true
          anyInvalid = true
        }
      }
      if !anyFilled { continue }
      if anyInvalid, let reason = invalidRowReason(record, normalizedHeader: normalizedHeader) {
        if invalid == .error {
          throw TimbangError.badInput(SourceLocation(file: file, line: record.line), reason)
        }
        skipped.append("\(file):\(record.line): \(reason); row skipped")
        continue
      }
      if anyInvalid {
        for e in 0..<elementCount where scores[e] == .invalid {
          let column = binding.elementColumns[e]
          let value = record.string(column)
          let location = SourceLocation(file: file, line: record.line, column: table.header[column])
          if invalid == .error {
            throw TimbangError.badInput(location, describeInvalid(value, element: e))
          }
          invalidCount += 1
          if invalidCells.count < 20 { invalidCells.append(InvalidCell(location: location, value: value)) }
        }
      }
      if missing == .listwise && (anyBlank || anyInvalid) {
        tally.listwiseDropped += 1
        continue
      }
      let key = binding.groupColumns.map { record.string($0).trimmingWhitespace }
      var group = tally.groups[key] ?? GroupTally(key: key, elementCount: elementCount, scaleCount: scaleCount)
      group.respondents += 1
      for e in 0..<elementCount {
        switch scores[e] {
        case .score(let s): group.elements[e].counts[s - scaleMin] += 1
        case .blank: group.elements[e].missing += 1
        case .invalid: group.elements[e].invalid += 1
        }
      }
      for p in binding.profileColumns {
        let raw = record.string(p.column).trimmingWhitespace
        guard !raw.isEmpty else { continue }
        group.profiles[p.profile.key, default: [:]][profileValue(raw, p.profile), default: 0] += 1
      }
      tally.groups[key] = group
    }
    return Scan(
      tally: tally, binding: binding, rowsRead: rows, invalidCells: invalidCells, invalidCellCount: invalidCount,
      skippedRows: skipped)
  }

  private func describeInvalid(_ value: String, element e: Int) -> String {
    let element = instrument.elements[e]
    let range = "\(instrument.scale.min)–\(instrument.scale.max)"
    if let x = NumberParsing.parse(value, decimalComma: value.contains(",")) {
      return "answer \"\(value)\" is outside \(range)" + (x == x.rounded() ? "" : " (answers are whole numbers)")
    }
    return "answer \"\(value)\" is not an answer to \(element.code) \(element.name) (expected \(range), a–d, or "
      + element.answers.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
  }

  /// Why a row is not data: a repeated header, or a row of column numbers.
  private func invalidRowReason(_ record: CSVRecord, normalizedHeader: [String]) -> String? {
    let cells = record.strings.map { $0.trimmingWhitespace }
    if zip(cells, normalizedHeader).filter({ HeaderName.normalize($0) == $1 && !$1.isEmpty }).count * 2 > cells.count {
      return "row repeats the header, not answers"
    }
    let numbers = cells.compactMap { Int($0) }
    if numbers.count == cells.count, numbers.count >= 3, zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
      return "row of column numbers (\(cells.first ?? "") … \(cells.last ?? "")), not answers"
    }
    return nil
  }

  /// A profile value as reported: numeric ages are grouped into the instrument's age bands.
  private func profileValue(_ raw: String, _ profile: SKMInstrument.Profile) -> String {
    guard let bands = profile.ageBands, let age = NumberParsing.parse(raw, decimalComma: false) else { return raw }
    return bands.first { band in (band.lower.map { age >= $0 } ?? true) && (band.upper.map { age < $0 } ?? true) }?
      .label ?? raw
  }
}
