import TimbangCore

/// A bad record found while tallying, located relative to the scanned stretch of the file; the scanner turns it into
/// a ``TimbangError/badInput(_:_:)`` with the file name and the absolute line.
struct RecordProblem: Error {
  /// Physical line where the record starts, relative to the stretch (the sequential path: absolute).
  var line: Int
  /// Column header, when one cell is at fault.
  var column: String?
  var message: Localized

  func located(file: String, lineOffset: Int) -> TimbangError {
    .badInput(SourceLocation(file: file, line: line + lineOffset, column: column), message)
  }

  /// A record whose width differs from the header's (the same words as ``CSVTable/next(into:)``).
  static func ragged(line: Int, fields: Int, header: Int) -> RecordProblem {
    RecordProblem(line: line, column: nil, message: CSVTable.ragged(fields: fields, header: header))
  }
}

/// What every scanning path needs to tally a record: the instrument, its answer decoder, the column binding and the
/// two policies. Built once per file; shared read-only by the workers of a parallel scan.
struct TallyContext: @unchecked Sendable {
  let instrument: SKMInstrument
  let decoder: AnswerDecoder
  let binding: ColumnBinding
  let header: [String]
  let normalizedHeader: [String]
  let by: [String]
  let missing: MissingPolicy
  let invalid: InvalidPolicy
  /// The file's delimiter.
  let delimiter: UInt8
  /// Whether second-order tallies are kept (`--precision`).
  let precision: Bool

  init(scanner: SurveyScanner, header: [String], binding: ColumnBinding, delimiter: UInt8) {
    instrument = scanner.instrument
    decoder = AnswerDecoder(instrument: scanner.instrument)
    self.binding = binding
    self.header = header
    normalizedHeader = header.map(HeaderName.normalize)
    by = scanner.by
    missing = scanner.missing
    invalid = scanner.invalid
    self.delimiter = delimiter
    precision = scanner.precision
  }
}

/// The one per-record tallying routine, shared by the sequential and the parallel scan: decodes the bound cells of a
/// record, applies the blank-row, invalid-row, `--invalid` and `--missing` rules, and adds the respondent to its
/// group's integer counts.
///
/// Group keys and profile values are interned as raw bytes (``KeyInterner``): no allocation per row. Keys become
/// trimmed `String`s once per distinct key in ``finish()``, where keys that differ only in surrounding white space
/// merge, exactly as if each row's key had been trimmed.
///
/// The parallel scanner first offers records to the run kernel (``tallyRun(_:from:end:lines:masks:ending:)``, in
/// `RecordTallier+Run.swift`), which tallies the common shape into the same counts and declines everything else to
/// ``add(_:line:)``.
///
/// A non-copyable value owning its counts: each scanning thread has its own, without locks, reference counting or
/// exclusivity checks on the per-record path.
///
/// Edge Cases:
/// - A row whose element cells are all blank is skipped silently (not a respondent), but counted as read.
/// - A repeated header row or a row of column numbers (`1 2 3 … 10`, copied from Excel) is an invalid row: an error
///   under `--invalid error`, skipped with a warning under `--invalid missing`.
/// - Under `--invalid error` the first invalid cell (in instrument element order) is the error.
/// - Under `--missing listwise` a row with any blank (or invalid) element is left out and counted.
///
/// Postconditions: for any split of a file into record-aligned stretches, tallying the stretches on separate
/// talliers and merging ``finish()`` results equals tallying the whole file on one.
struct RecordTallier: ~Copyable {
  /// A diagnostic kept for warnings, tagged with the stretch (segment) it was found in.
  struct Note {
    var segment: Int
    var line: Int
    /// The column header (invalid cell) or `nil` (skipped row).
    var column: String?
    /// The cell value (invalid cell, the same in both languages) or the reason (skipped row).
    var text: Localized
  }

  /// Everything a tallier produced; ``SurveyScanner`` merges parts and places notes by segment.
  struct Part: Sendable {
    var tally: SKMTally
    var rows: Int
    var invalidCells: [Note]
    var invalidCellCount: Int
    var skippedRows: [Note]
    /// Rows the run kernel tallied.
    var runRows: Int
  }

  /// The invalid cells listed per segment (the scan lists the first 20 of the file).
  static let listedInvalidCells = 20

  let context: TallyContext
  let elementCount: Int
  let scaleCount: Int
  let scaleMin: Int
  private let scaleMax: Int
  let listwise: Bool
  /// Codes per element cell: `0..<scaleCount` = score − scaleMin, then blank, then invalid.
  let blankCode: Int
  private let invalidCode: Int
  /// Counts per group row: respondents, then per element `scaleCount` counts, missing, invalid.
  private let stride: Int
  private let elementColumns: UnsafeMutablePointer<Int>
  let groupColumns: UnsafeMutablePointer<Int>
  let groupColumnCount: Int
  let profileColumns: UnsafeMutablePointer<Int>
  let profileColumnCount: Int
  let codes: UnsafeMutablePointer<Int>
  /// The code of a one-byte cell by its byte: digits on the scale, other digits (invalid), a space (blank);
  /// ``notSingleByte`` for anything the decoder must look at (letters a–d, a tab, …).
  let singleByteCodes: UnsafeMutablePointer<UInt8>
  static let notSingleByte = 255
  /// When the answer columns are adjacent in the file (`U1,…,U9` in any order): the first of them, else −1; and each
  /// element's byte offset from the run's start when every answer is one byte (2 × its place in the run).
  private let answerRun: Int
  let answerOffsets: UnsafeMutablePointer<Int>
  /// Whether ``addCommon(_:)`` can apply (adjacent answer columns, no second-order tallies), and how many delimiter
  /// positions after slot 0 it reads (slots `1…commonPrefix`, plus the last slot, the record's end; 0 when it never
  /// applies).
  let commonPath: Bool
  let commonPrefix: Int
  /// When ``tallyRun(_:from:end:lines:masks:ending:)`` applies — the answer run ends the record after at least one
  /// other column, at most 7 profile columns, no `--precision` — the delimiters before the run (fields before it
  /// − 1); else −1.
  let runPrefix: Int
  /// The first and last of the `--by` columns (in the file): with several, the run kernel caches the bytes between
  /// them as one key.
  let groupSpan: (first: Int, last: Int)
  /// The first and last profile columns (in the file): the run kernel looks up the bytes between them as one key
  /// (``ProfileSpans``).
  let profileSpan: (first: Int, last: Int)
  /// The cuts the run kernel sets for every record (`cuts[1…hotCuts]`): those bounding the group's bytes and the
  /// profile span, when before the answers' first delimiter (`cuts[runPrefix + 1]`, set apart).
  let hotCuts: Int
  /// The delimiters of a run of one-byte answers ending the record, as bits from the one before the first answer:
  /// `0b0101…01` (one per element).
  let runPattern: UInt64
  /// Per place in the answer run, the element answered there.
  let runElements: UnsafeMutablePointer<Int>
  /// How the run kernel checks and counts one-byte answers.
  let runAnswers: RunAnswers
  /// The run kernel's field bounds, relative to the record's start: `cuts[c]` is the delimiter before field `c`
  /// (`cuts[0]` = −1) for the fields before the answers and the first answer.
  let cuts: UnsafeMutablePointer<Int>
  /// The run kernel's 8-bit counters per group.
  var hot: HotCounts
  /// The run kernel's cache of group keys of up to 15 bytes.
  var words = WordCache()
  /// The run kernel's map from the bytes spanning the profile columns to their values' places in a block.
  var spans = ProfileSpans()
  /// A profile value id the blocks should make room for before the next respondent, or −1.
  var widenFor = -1

  var groups = KeyInterner(directShortKeys: true)
  /// Per group (row): respondents, then per element `scaleCount` counts, missing, invalid (`stride` columns).
  var counts: CountMatrix
  /// Records counted since the counters were last flushed into their totals (each record adds at most 1 to a
  /// 16-bit counter, so flushing every 65,535 records keeps them exact).
  var pending: UInt32 = 0
  private var scratch: [UInt8] = []
  /// Profile values of every profile column (tagged by column), and counts by (group, value).
  var profileValues = KeyInterner(capacity: 128, directShortKeys: true)
  var profileCounts = CountMatrix()
  /// Answer spellings already decoded (labels, decimals), tagged by element, and their codes by id.
  private var spellings = KeyInterner()
  private var spellingCodes: [Int] = []

  var rows = 0
  /// Rows tallied by the run kernel (part of `rows`).
  var runRows = 0
  private var listwiseDropped = 0
  /// Second-order tallies per group (only with `--precision`), and the scores of the current row (0 = none).
  private var pairs: [PairMoments] = []
  private var rowScores: [Int] = []
  private var invalidCells: [Note] = []
  private var invalidCellCount = 0
  private var listedInSegment = 0
  private var skippedRows: [Note] = []
  private var segment = 0

  init(context: TallyContext) {
    // Everything is computed in locals first: self is only assigned to, never read, until fully initialised.
    let instrument = context.instrument
    let elementCount = instrument.elements.count
    let scaleCount = instrument.scale.count
    let scaleMin = instrument.scale.min
    let scaleMax = instrument.scale.max
    let stride = 1 + elementCount * (scaleCount + 2)
    let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    table.initialize(repeating: UInt8(RecordTallier.notSingleByte), count: 256)
    for d in 0...9 {
      let code = d >= scaleMin && d <= scaleMax ? d - scaleMin : scaleCount + 1
      // Codes stay below notSingleByte: a scale too long for that keeps every digit on the general path.
      if code < RecordTallier.notSingleByte { table[48 + d] = UInt8(code) }
    }
    if scaleCount < RecordTallier.notSingleByte { table[Int(UInt8(ascii: " "))] = UInt8(scaleCount) }
    let elementColumns = UnsafeMutablePointer<Int>.allocate(capacity: max(elementCount, 1))
    for (e, c) in context.binding.elementColumns.enumerated() { elementColumns[e] = c }
    let groupColumns = UnsafeMutablePointer<Int>.allocate(capacity: max(context.binding.groupColumns.count, 1))
    for (i, c) in context.binding.groupColumns.enumerated() { groupColumns[i] = c }
    let profileColumns = UnsafeMutablePointer<Int>.allocate(capacity: max(context.binding.profileColumns.count, 1))
    for (i, p) in context.binding.profileColumns.enumerated() { profileColumns[i] = p.column }
    self.context = context
    self.elementCount = elementCount
    self.scaleCount = scaleCount
    self.scaleMin = scaleMin
    self.scaleMax = scaleMax
    self.listwise = context.missing == .listwise
    self.blankCode = scaleCount
    self.invalidCode = scaleCount + 1
    self.stride = stride
    self.elementColumns = elementColumns
    self.groupColumns = groupColumns
    self.groupColumnCount = context.binding.groupColumns.count
    self.profileColumns = profileColumns
    self.profileColumnCount = context.binding.profileColumns.count
    let codes = UnsafeMutablePointer<Int>.allocate(capacity: max(elementCount, 1))
    self.codes = codes
    self.singleByteCodes = table
    let sorted = context.binding.elementColumns.sorted()
    let adjacent = !sorted.isEmpty && zip(sorted, sorted.dropFirst()).allSatisfy { $1 == $0 + 1 }
    let run = adjacent ? sorted[0] : -1
    let offsets = UnsafeMutablePointer<Int>.allocate(capacity: max(elementCount, 1))
    for (e, c) in context.binding.elementColumns.enumerated() { offsets[e] = 2 * (c - max(run, 0)) }
    self.answerRun = run
    self.answerOffsets = offsets
    // The separator slots the common path reads: those around the answer run and every group and profile column.
    let used = context.binding.groupColumns + context.binding.profileColumns.map(\.column)
    let lastSlot = max(run + elementCount, (used.map { $0 + 1 }.max() ?? 0))
    let commonPath = run >= 0 && !context.precision
    self.commonPath = commonPath
    self.commonPrefix = commonPath ? max(0, min(lastSlot, context.header.count - 1)) : 0
    let trailing = commonPath && run + elementCount == context.header.count && run > 0 && 2 * elementCount < 64
    self.runPrefix = trailing && context.binding.profileColumns.count < WordCache.kinds ? run - 1 : -1
    self.groupSpan = (context.binding.groupColumns.min() ?? 0, context.binding.groupColumns.max() ?? 0)
    let profiles = context.binding.profileColumns.map(\.column)
    self.profileSpan = (profiles.min() ?? 0, profiles.max() ?? 0)
    // The cuts around each group column and around the profile span (cuts[c] and cuts[c + 1] bound column c).
    let read = (profiles.isEmpty ? [] : [self.profileSpan.first, self.profileSpan.last + 1])
      + context.binding.groupColumns.flatMap { [$0, $0 + 1] }
    self.hotCuts = min(max(0, run - 1), read.filter { $0 <= run - 1 }.max() ?? 0)
    self.runPattern = (0..<min(elementCount, 32)).reduce(0) { $0 | UInt64(1) << UInt64(2 * $1) }
    let runElements = UnsafeMutablePointer<Int>.allocate(capacity: max(elementCount, 1))
    for (e, c) in context.binding.elementColumns.enumerated() where run >= 0 { runElements[c - run] = e }
    self.runElements = runElements
    let cuts = UnsafeMutablePointer<Int>.allocate(capacity: max(run, 0) + 2)
    cuts.initialize(repeating: -1, count: max(run, 0) + 2)
    self.cuts = cuts
    let hot = HotCounts(elementCount: elementCount, scaleCount: scaleCount)
    self.runAnswers = RunAnswers(
      elementCount: elementCount, scaleMin: scaleMin, scaleCount: scaleCount,
      inOrder: (0..<elementCount).allSatisfy { offsets[$0] == 2 * $0 }, codes: codes, table: table, offsets: offsets,
      blankCode: scaleCount, lanes: hot.lanes)
    self.hot = hot
    self.counts = CountMatrix(columns: stride)
  }

  deinit {
    elementColumns.deallocate()
    groupColumns.deallocate()
    profileColumns.deallocate()
    codes.deallocate()
    singleByteCodes.deallocate()
    answerOffsets.deallocate()
    runElements.deallocate()
    cuts.deallocate()
    runAnswers.deallocate()
  }

  /// Starts a new stretch of the file: notes found from now on are tagged `segment`, and up to
  /// ``listedInvalidCells`` invalid cells are listed for it.
  mutating func begin(segment: Int) {
    self.segment = segment
    listedInSegment = 0
  }

  /// Tallies the common record — answer columns side by side, every answer one digit on the scale — and returns
  /// `true`; returns `false`, changing nothing, for any other record (which ``add(_:line:)`` then tallies).
  ///
  /// Reads only separator slots `0…commonPrefix` and the last one, so a scanner may leave the others unset.
  @inline(__always)
  mutating func addCommon(_ record: RecordFields) -> Bool {
    let run = answerRun
    let elementCount = self.elementCount
    guard commonPath,
      record.separators[run &+ elementCount] &- record.separators[run] == 2 &* elementCount
    else { return false }
    let first = record.base + record.start(run)
    let offsets = answerOffsets
    let table = singleByteCodes
    let codes = self.codes
    let blankCode = self.blankCode
    // Any byte but a digit on the scale has a code ≥ the blank code (a space: blank; another digit: invalid; the
    // delimiter or the gap byte 0 where a cell is not one byte long, and anything else: notSingleByte), so the row
    // is declined. Negative while every code is a score: the sign bit survives the AND only then.
    var scores = -1
    for e in 0..<elementCount {
      let code = Int(table[Int(first[offsets[e]])])
      codes[e] = code
      scores &= code &- blankCode
    }
    if scores >= 0 { return false }
    rows &+= 1
    let g = groupID(record)
    let row = countRespondent(group: g)
    let width = scaleCount &+ 2
    var slot = row + 1
    for e in 0..<elementCount {
      slot[codes[e]] &+= 1
      slot += width
    }
    addProfiles(record, group: g)
    return true
  }

  /// Tallies one data record that starts on physical line `line`.
  ///
  /// - Throws: ``RecordProblem`` for an invalid row or cell under `--invalid error`.
  @inline(__always)
  mutating func add(_ record: RecordFields, line: Int) throws(RecordProblem) {
    if addCommon(record) { return }
    rows &+= 1
    // Locals: stores through `codes` could alias the fields as far as the optimiser knows.
    let elementCount = self.elementCount
    let elementColumns = self.elementColumns
    let codes = self.codes
    let digits = self.singleByteCodes
    let blankCode = self.blankCode
    let invalidCode = self.invalidCode
    let base = record.base
    // Whether any answer is blank or invalid (rare: checked in detail only then).
    var unusual = 0
    for e in 0..<elementCount {
      let c = elementColumns[e]
      let s = record.start(c)
      let n = record.end(c) &- s
      var code: Int
      if n == 1 {
        code = Int(digits[Int(base[s])])
        if code == RecordTallier.notSingleByte { code = decodeSpelling(base + s, n, element: e) }
      } else if n == 0 {
        code = blankCode
      } else {
        code = decodeSpelling(base + s, n, element: e)
      }
      codes[e] = code
      unusual |= code >= blankCode ? 1 : 0
    }
    if unusual != 0 {
      // Some answer is blank or invalid: the rules that depend on them.
      var blanks = 0
      var invalids = 0
      for e in 0..<elementCount {
        blanks &+= codes[e] == blankCode ? 1 : 0
        invalids &+= codes[e] == invalidCode ? 1 : 0
      }
      if blanks == elementCount { return }
      if invalids > 0 {
        if try !checkInvalid(record, line: line) { return }
      }
      if listwise {
        listwiseDropped &+= 1
        return
      }
    }
    let g = groupID(record)
    let row = countRespondent(group: g)
    var slot = row + 1
    let width = scaleCount &+ 2
    for e in 0..<elementCount {
      slot[codes[e]] &+= 1
      slot += width
    }
    if context.precision { recordPairs(group: g) }
    addProfiles(record, group: g)
  }

  /// Counts a respondent of group `g` and returns the group's counters: respondents, then per element `scaleCount`
  /// counts, missing, invalid.
  @inline(__always)
  private mutating func countRespondent(group g: Int) -> UnsafeMutablePointer<UInt16> {
    if pending == CountMatrix.flushEvery { flushCounts() }
    pending &+= 1
    let row = counts.row(g)
    row[0] &+= 1
    return row
  }

  /// Adds the record's profile values (jenis kelamin, usia, …) to group `g`'s profile counts.
  @inline(__always)
  private mutating func addProfiles(_ record: RecordFields, group g: Int) {
    for p in 0..<profileColumnCount {
      let column = profileColumns[p]
      let s = record.start(column)
      let n = record.end(column) &- s
      if n == 0 { continue }
      let v = profileValues.intern(record.base + s, n, tag: UInt32(truncatingIfNeeded: p))
      profileCounts.add(row: g, column: v)
    }
  }

  /// Adds the current row's valid scores to its group's second-order tallies.
  @inline(never)
  private mutating func recordPairs(group g: Int) {
    if rowScores.count != elementCount { rowScores = Array(repeating: 0, count: elementCount) }
    while pairs.count <= g { pairs.append(PairMoments(elements: elementCount)) }
    for e in 0..<elementCount {
      let code = codes[e]
      rowScores[e] = code < scaleCount ? code + scaleMin : 0
    }
    rowScores.withUnsafeBufferPointer { pairs[g].record($0) }
  }

  /// The invalid-row and invalid-cell rules. Returns `false` when the row is skipped.
  @inline(never)
  private mutating func checkInvalid(_ record: RecordFields, line: Int) throws(RecordProblem) -> Bool {
    if let reason = invalidRowReason(record) {
      if context.invalid == .error { throw RecordProblem(line: line, column: nil, message: reason) }
      skippedRows.append(Note(segment: segment, line: line, column: nil, text: reason))
      return false
    }
    for e in 0..<elementCount where codes[e] == invalidCode {
      let column = elementColumns[e]
      let value = record.string(column)
      if context.invalid == .error {
        throw RecordProblem(line: line, column: context.header[column], message: describeInvalid(value, element: e))
      }
      invalidCellCount += 1
      if listedInSegment < RecordTallier.listedInvalidCells {
        listedInSegment += 1
        invalidCells.append(Note(segment: segment, line: line, column: context.header[column], text: Localized(value)))
      }
    }
    return true
  }

  /// Decodes a cell that is not a single digit once per distinct spelling and element.
  @inline(never)
  private mutating func decodeSpelling(_ p: UnsafePointer<UInt8>, _ n: Int, element e: Int) -> Int {
    let id = spellings.intern(p, n, tag: UInt32(truncatingIfNeeded: e))
    if id < spellingCodes.count { return spellingCodes[id] }
    let code: Int
    switch context.decoder.decode(UnsafeBufferPointer(start: p, count: n), element: e) {
    case .blank: code = blankCode
    case .invalid: code = invalidCode
    case .score(let s): code = s - scaleMin
    }
    spellingCodes.append(code)
    return code
  }

  /// The group of a record: its `--by` cells interned as raw bytes (several columns length-prefixed).
  @inline(__always)
  mutating func groupID(_ record: RecordFields) -> Int {
    let g: Int
    if groupColumnCount == 0 {
      g = 0
      if groups.count == 0 { _ = groups.intern(UnsafeBufferPointer(start: nil, count: 0)) }
    } else if groupColumnCount == 1 {
      let c = groupColumns[0]
      let s = record.start(c)
      g = groups.intern(record.base + s, record.end(c) &- s)
    } else {
      g = compositeGroupID(record)
    }
    if g >= counts.rows { counts.grow(toInclude: g, 0) }
    return g
  }

  /// The group of several `--by` cells: each cell's length (4 bytes, little-endian) and bytes, interned.
  @inline(never)
  mutating func compositeGroupID(_ record: RecordFields) -> Int {
    scratch.removeAll(keepingCapacity: true)
    for i in 0..<groupColumnCount {
      let c = groupColumns[i]
      let n = record.end(c) - record.start(c)
      withUnsafeBytes(of: UInt32(truncatingIfNeeded: n).littleEndian) { scratch.append(contentsOf: $0) }
      scratch.append(contentsOf: record.buffer(c))
    }
    let n = scratch.count
    scratch.append(contentsOf: repeatElement(0, count: RecordFields.padding))
    return scratch.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      return groups.intern(base, n)
    }
  }

  @inline(never)
  mutating func flushCounts() {
    hot.flushAll(counts: &counts, profiles: &profileCounts)
    counts.flush()
    profileCounts.flush()
    pending = 0
  }

  /// Splits an interned group key back into its trimmed column values.
  private func key(of g: Int) -> [String] {
    let bytes = groups.bytes(of: g)
    if groupColumnCount == 0 { return [] }
    if groupColumnCount == 1 { return [String(decoding: bytes, as: UTF8.self).trimmingWhitespace] }
    var values: [String] = []
    var i = 0
    while i + 4 <= bytes.count {
      let n = Int(bytes[i]) | Int(bytes[i + 1]) << 8 | Int(bytes[i + 2]) << 16 | Int(bytes[i + 3]) << 24
      values.append(String(decoding: bytes[(i + 4)..<(i + 4 + n)], as: UTF8.self).trimmingWhitespace)
      i += 4 + n
    }
    return values
  }

  /// The tallies and notes gathered so far.
  mutating func finish() -> Part {
    hot.flushAll(counts: &counts, profiles: &profileCounts)
    var tally = SKMTally(instrument: context.instrument.id, by: context.by, missingPolicy: context.missing)
    tally.listwiseDropped = listwiseDropped
    var built: [GroupTally] = []
    for g in 0..<groups.count {
      var group = GroupTally(key: key(of: g), elementCount: elementCount, scaleCount: scaleCount)
      group.respondents = counts.value(row: g, column: 0)
      if context.precision { group.pairs = g < pairs.count ? pairs[g] : PairMoments(elements: elementCount) }
      for e in 0..<elementCount {
        let first = 1 + e * (scaleCount + 2)
        group.elements[e] = ElementTally(
          counts: (0..<scaleCount).map { counts.value(row: g, column: first + $0) },
          missing: counts.value(row: g, column: first + scaleCount),
          invalid: counts.value(row: g, column: first + scaleCount + 1))
      }
      built.append(group)
    }
    for (g, profiles) in profilesByGroup().enumerated() { built[g].profiles = profiles }
    for group in built {
      if var existing = tally.groups[group.key] {
        existing += group
        tally.groups[group.key] = existing
      } else {
        tally.groups[group.key] = group
      }
    }
    return Part(
      tally: tally, rows: rows, invalidCells: invalidCells, invalidCellCount: invalidCellCount,
      skippedRows: skippedRows, runRows: runRows)
  }

  /// Each group's profile counts: per profile (jenis kelamin, usia, …), per value (ages as their band, spellings that
  /// differ only by surrounding white space as one) the respondents counted.
  ///
  /// Each interned value is mapped to its (profile, value) slot once; then per group, counts are summed by slot and
  /// the dictionaries made at their size (one entry per slot counted, no rehashing as they grow).
  private func profilesByGroup() -> [[String: [String: Int]]] {
    let profiles = context.binding.profileColumns
    var slotOf = [Int](repeating: -1, count: profileValues.count)
    var slots: [(profile: String, value: String)] = []
    var slotIndex: [String: [String: Int]] = [:]
    for v in 0..<profileValues.count {
      let profile = profiles[Int(profileValues.tag(of: v))].profile
      let raw = String(decoding: profileValues.bytes(of: v), as: UTF8.self).trimmingWhitespace
      if raw.isEmpty { continue }
      let value = profileValue(raw, profile)
      if let known = slotIndex[profile.key]?[value] {
        slotOf[v] = known
      } else {
        slotOf[v] = slots.count
        slotIndex[profile.key, default: [:]][value] = slots.count
        slots.append((profile.key, value))
      }
    }
    let byProfile = Dictionary(grouping: slots.indices, by: { slots[$0].profile })
    var sums = [Int](repeating: 0, count: slots.count)
    return (0..<groups.count).map { g in
      for slot in sums.indices { sums[slot] = 0 }
      for v in 0..<profileValues.count where slotOf[v] >= 0 {
        sums[slotOf[v]] += profileCounts.value(row: g, column: v)
      }
      var counted = [String: [String: Int]](minimumCapacity: byProfile.count)
      for (profile, members) in byProfile {
        var values = [String: Int](minimumCapacity: members.count)
        for slot in members where sums[slot] > 0 { values[slots[slot].value] = sums[slot] }
        if !values.isEmpty { counted[profile] = values }
      }
      return counted
    }
  }

  private func describeInvalid(_ value: String, element e: Int) -> Localized {
    let instrument = context.instrument
    let element = instrument.elements[e]
    let range = "\(instrument.scale.min)–\(instrument.scale.max)"
    if let x = NumberParsing.parse(value, decimalComma: value.contains(",")) {
      return Localized(
        id: "jawaban \"\(value)\" di luar rentang \(range)"
          + (x == x.rounded() ? "" : " (jawaban berupa bilangan bulat)"),
        en: "answer \"\(value)\" is outside \(range)" + (x == x.rounded() ? "" : " (answers are whole numbers)"))
    }
    let labels = element.answers.map { "\"\($0)\"" }.joined(separator: ", ")
    return Localized(
      id: "jawaban \"\(value)\" bukan jawaban untuk \(element.code) \(element.name) (seharusnya \(range), a–d, atau "
        + labels + ")",
      en: "answer \"\(value)\" is not an answer to \(element.code) \(element.name) (expected \(range), a–d, or "
        + labels + ")")
  }

  /// Why a row is not data: a repeated header, or a row of column numbers.
  private func invalidRowReason(_ record: RecordFields) -> Localized? {
    let cells = record.strings.map { $0.trimmingWhitespace }
    let normalizedHeader = context.normalizedHeader
    if zip(cells, normalizedHeader).filter({ HeaderName.normalize($0) == $1 && !$1.isEmpty }).count * 2 > cells.count {
      return Localized(id: "baris ini mengulang baris judul, bukan jawaban", en: "row repeats the header, not answers")
    }
    let numbers = cells.compactMap { Int($0) }
    if numbers.count == cells.count, numbers.count >= 3, zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 })
    {
      return Localized(
        id: "baris berisi nomor kolom (\(cells.first ?? "") … \(cells.last ?? "")), bukan jawaban",
        en: "row of column numbers (\(cells.first ?? "") … \(cells.last ?? "")), not answers")
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

/// Counts by (row, column), both dense ids that grow while scanning (groups × count slots, groups × profile values).
///
/// The hot counters are 16-bit (a quarter of the cache footprint of `Int`, so the counters of a hundred groups stay in
/// the fastest cache); ``flush()`` adds them into exact `Int` totals before they could overflow (the tallier flushes
/// every ``flushEvery`` records).
struct CountMatrix: ~Copyable {
  /// Records between flushes: a record adds at most 1 to any counter, so 16-bit counters cannot overflow.
  static let flushEvery: UInt32 = 65_535
  private var cells: UnsafeMutablePointer<UInt16>
  private var totals: UnsafeMutablePointer<Int>?
  private(set) var rows = 0
  private(set) var columns: Int

  /// A matrix with a fixed number of `columns`, or growing columns when `columns` is 0.
  init(columns: Int = 0) {
    self.columns = columns
    cells = .allocate(capacity: 1)
  }

  deinit {
    cells.deallocate()
    totals?.deallocate()
  }

  /// The counters of `row` (which must exist: see ``grow(toInclude:_:)``).
  @inline(__always)
  func row(_ row: Int) -> UnsafeMutablePointer<UInt16> { cells + row &* columns }

  @inline(__always)
  mutating func add(row: Int, column: Int, count: UInt16 = 1) {
    if row >= rows || column >= columns { grow(toInclude: row, column) }
    cells[row &* columns &+ column] &+= count
  }

  /// The exact count at (row, column).
  func value(row: Int, column: Int) -> Int {
    guard row < rows && column < columns else { return 0 }
    return Int(cells[row * columns + column]) + (totals.map { $0[row * columns + column] } ?? 0)
  }

  /// Adds the 16-bit counters into the totals and zeroes them.
  mutating func flush() {
    let n = rows * columns
    if totals == nil {
      let t = UnsafeMutablePointer<Int>.allocate(capacity: max(n, 1))
      t.initialize(repeating: 0, count: max(n, 1))
      totals = t
    }
    if let totals {
      for i in 0..<n {
        totals[i] += Int(cells[i])
        cells[i] = 0
      }
    }
  }

  /// Grows so that (row, column) exists: rows double, columns grow in steps of 16.
  @inline(never)
  mutating func grow(toInclude row: Int, _ column: Int) {
    var newRows = max(rows, 16)
    while newRows <= row { newRows *= 2 }
    var newColumns = columns
    if column >= columns { newColumns = (column / 16 + 1) * 16 }
    let grown = UnsafeMutablePointer<UInt16>.allocate(capacity: newRows * newColumns)
    grown.initialize(repeating: 0, count: newRows * newColumns)
    let grownTotals: UnsafeMutablePointer<Int>? = totals.map { _ in
      let t = UnsafeMutablePointer<Int>.allocate(capacity: newRows * newColumns)
      t.initialize(repeating: 0, count: newRows * newColumns)
      return t
    }
    for r in 0..<rows {
      (grown + r * newColumns).update(from: cells + r * columns, count: columns)
      if let grownTotals, let totals {
        (grownTotals + r * newColumns).update(from: totals + r * columns, count: columns)
      }
    }
    cells.deallocate()
    totals?.deallocate()
    cells = grown
    totals = grownTotals
    rows = newRows
    columns = newColumns
  }
}
