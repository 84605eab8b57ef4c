import TimbangCore

/// Reads respondent rows from CSV files into ``SKMTally`` values: the streaming edge of IKM scoring.
public struct SurveyScanner: Sendable {
  public var instrument: SKMInstrument
  public var by: [String]
  public var missing: MissingPolicy
  public var invalid: InvalidPolicy
  public var map: [String: String]
  public var dialect: CSVDialect?
  /// Whether to keep second-order tallies (element pairs) for `--precision`.
  public var precision: Bool = false

  /// A cell that could not be used, kept for warnings under `--invalid missing`.
  public struct InvalidCell: Equatable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var value: String
    public var description: String { message.en }
    /// The warning, in both languages.
    public var message: Localized {
      Localized(
        id: "\(location): \"\(value)\" bukan jawaban yang sah (dihitung sebagai kosong)",
        en: "\(location): \"\(value)\" is not a valid answer (counted as missing)")
    }
  }

  /// What scanning one file produced.
  public struct Scan: Sendable {
    public var tally: SKMTally
    public var binding: ColumnBinding
    public var rowsRead: Int
    /// Invalid cells (first 20) and skipped rows, under `--invalid missing`.
    public var invalidCells: [InvalidCell]
    public var invalidCellCount: Int
    public var skippedRows: [Localized]
    /// Which scanning path produced the tally (the result is the same either way).
    public var path: ScanPath = .sequential
    /// Rows the run kernel tallied (``RecordTallier/tallyRun(_:from:end:lines:masks:ending:)``); the rest went through
    /// the general per-record path. For tests and benchmarks: the result is the same either way.
    public var runRows = 0
  }

  /// How a file was scanned.
  public enum ScanPath: Equatable, Sendable {
    /// One pass through the general RFC 4180 reader.
    case sequential
    /// The byte scanner over newline-aligned ranges on worker threads.
    case parallel(ranges: Int, threads: Int)
    /// The parallel scan gave up (a quote, an over-long line) and the general reader rescanned the file.
    case fallback(reason: String)
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
  ///
  /// A regular file large enough to gain from it is scanned by ``ParallelScanner`` on `options.threads` cores; standard
  /// input, small files and files the byte scanner cannot split safely (any `"`) take the general sequential reader.
  /// Both give the same tallies, rows, warnings and errors.
  ///
  /// - Parameter progress: called from worker threads with (bytes scanned, bytes in the file); may be `nil`.
  public func scan(
    path: String, options: ScanOptions = ScanOptions(), progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> Scan {
    if path != "-" {
      switch try ParallelScanner(scanner: self, options: options).scan(path: path, progress: progress) {
      case .done(let scan): return scan
      case .fallback(let reason):
        var scan = try scan(table: CSVTable(path: path, dialect: dialect))
        scan.path = .fallback(reason: reason)
        return scan
      case .small: break
      }
    }
    return try scan(table: CSVTable(path: path, dialect: dialect))
  }

  /// Tallies in-memory CSV text (tests).
  public func scan(text: String, fileName: String = "<memory>") throws -> Scan {
    try scan(table: CSVTable(reader: CSVReader(bytes: Array(text.utf8), fileName: fileName, dialect: dialect)))
  }

  /// Tallies every row of `table` (the general path: quoted fields, any line ends).
  ///
  /// Every record goes through ``RecordTallier``, the routine the parallel path shares; see it for the rules on blank
  /// rows, invalid rows and cells, and listwise deletion.
  public func scan(table: CSVTable) throws -> Scan {
    let file = table.fileName
    let binding = try ColumnBinding.bind(
      header: table.header, instrument: instrument, by: by, map: map, file: file)
    var tallier = RecordTallier(
      context: TallyContext(scanner: self, header: table.header, binding: binding, delimiter: table.dialect.delimiter))
    var record = CSVRecord()
    // Records have the header's width (CSVTable checks it). Fields are copied with a one-byte gap between them and
    // padding after (RecordFields' layout).
    let separators = UnsafeMutablePointer<Int>.allocate(capacity: table.header.count + 1)
    var capacity = 1 << 12
    var copy = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
    defer {
      separators.deallocate()
      copy.deallocate()
    }
    while try table.next(into: &record) {
      let size = record.storage.count + record.count + 1 + RecordFields.padding
      if size > capacity {
        copy.deallocate()
        capacity = size
        copy = .allocate(capacity: capacity)
      }
      copy.initialize(repeating: 0, count: size)
      record.storage.withUnsafeBufferPointer { storage in
        guard let source = storage.baseAddress else {
          for i in 0...record.count { separators[i] = i }
          return
        }
        var start = 0
        for (i, end) in record.ends.enumerated() {
          separators[i] = start + i
          (copy + start + i + 1).update(from: source + start, count: end - start)
          start = end
        }
        separators[record.count] = start + record.count
      }
      do {
        try tallier.add(RecordFields(base: copy, separators: separators, count: record.count), line: record.line)
      } catch {
        throw error.located(file: file, lineOffset: 0)
      }
    }
    return Self.assemble(
      parts: [tallier.finish()], lineOffsets: [0], file: file, binding: binding,
      empty: SKMTally(instrument: instrument.id, by: by, missingPolicy: missing))
  }

  /// Merges the parts of a scan (one per worker) into one ``Scan``: tallies add, notes are placed in file order by
  /// segment and located with `lineOffsets[segment]`, and the first 20 invalid cells of the file are listed.
  static func assemble(
    parts: [RecordTallier.Part], lineOffsets: [Int], file: String, binding: ColumnBinding, empty: SKMTally
  ) -> Scan {
    var tally = empty
    var rows = 0
    var cells: [RecordTallier.Note] = []
    var skipped: [RecordTallier.Note] = []
    var invalidCount = 0
    var runRows = 0
    for part in parts {
      // Same instrument, grouping and policy by construction: merging cannot fail.
      try? tally.merge(part.tally, file: file)
      rows += part.rows
      cells += part.invalidCells
      skipped += part.skippedRows
      invalidCount += part.invalidCellCount
      runRows += part.runRows
    }
    // Stable sorts: within a segment, notes keep the order the one worker that scanned it found them in.
    cells = cells.enumerated().sorted { ($0.element.segment, $0.offset) < ($1.element.segment, $1.offset) }.map(
      \.element)
    skipped = skipped.enumerated().sorted { ($0.element.segment, $0.offset) < ($1.element.segment, $1.offset) }
      .map(\.element)
    let invalidCells = cells.prefix(RecordTallier.listedInvalidCells).map { note in
      InvalidCell(
        location: SourceLocation(file: file, line: note.line + lineOffsets[note.segment], column: note.column),
        value: note.text.en)
    }
    let skippedRows = skipped.map { note -> Localized in
      let at = "\(file):\(note.line + lineOffsets[note.segment])"
      return Localized(id: "\(at): \(note.text.id); baris dilewati", en: "\(at): \(note.text.en); row skipped")
    }
    return Scan(
      tally: tally, binding: binding, rowsRead: rows, invalidCells: invalidCells, invalidCellCount: invalidCount,
      skippedRows: skippedRows, runRows: runRows)
  }
}
