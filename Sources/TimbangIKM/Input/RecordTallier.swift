import TimbangCore

/// A bad record found while tallying, located relative to the scanned stretch of the file; the scanner turns it into
/// a ``TimbangError/badInput(_:_:)`` with the file name and the absolute line.
struct RecordProblem: Error {
  /// Physical line where the record starts, relative to the stretch (the sequential path: absolute).
  var line: Int
  /// Column header, when one cell is at fault.
  var column: String?
  var message: String

  func located(file: String, lineOffset: Int) -> TimbangError {
    .badInput(SourceLocation(file: file, line: line + lineOffset, column: column), message)
  }

  /// A record whose width differs from the header's (the same words as ``CSVTable/next(into:)``).
  static func ragged(line: Int, fields: Int, header: Int) -> RecordProblem {
    RecordProblem(line: line, column: nil, message: "row has \(fields) fields but the header has \(header)")
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

  init(scanner: SurveyScanner, header: [String], binding: ColumnBinding) {
    instrument = scanner.instrument
    decoder = AnswerDecoder(instrument: scanner.instrument)
    self.binding = binding
    self.header = header
    normalizedHeader = header.map(HeaderName.normalize)
    by = scanner.by
    missing = scanner.missing
    invalid = scanner.invalid
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
/// Edge Cases:
/// - A row whose element cells are all blank is skipped silently (not a respondent), but counted as read.
/// - A repeated header row or a row of column numbers (`1 2 3 … 10`, copied from Excel) is an invalid row: an error
///   under `--invalid error`, skipped with a warning under `--invalid missing`.
/// - Under `--invalid error` the first invalid cell (in instrument element order) is the error.
/// - Under `--missing listwise` a row with any blank (or invalid) element is left out and counted.
///
/// Postconditions: for any split of a file into record-aligned stretches, tallying the stretches on separate
/// talliers and merging ``finish()`` results equals tallying the whole file on one.
final class RecordTallier {
  /// A diagnostic kept for warnings, tagged with the stretch (segment) it was found in.
  struct Note {
    var segment: Int
    var line: Int
    /// The column header (invalid cell) or `nil` (skipped row).
    var column: String?
    /// The cell value (invalid cell) or the reason (skipped row).
    var text: String
  }

  /// Everything a tallier produced; ``SurveyScanner`` merges parts and places notes by segment.
  struct Part {
    var tally: SKMTally
    var rows: Int
    var invalidCells: [Note]
    var invalidCellCount: Int
    var skippedRows: [Note]
  }

  /// The invalid cells listed per segment (the scan lists the first 20 of the file).
  static let listedInvalidCells = 20

  let context: TallyContext
  private let elementCount: Int
  private let scaleCount: Int
  private let scaleMin: Int
  private let scaleMax: Int
  /// Codes per element cell: `0..<scaleCount` = score − scaleMin, then blank, then invalid.
  private let blankCode: Int
  private let invalidCode: Int
  /// Counts per group row: respondents, then per element `scaleCount` counts, missing, invalid.
  private let stride: Int
  private let elementColumns: UnsafeMutablePointer<Int>
  private let groupColumns: [Int]
  private let profileColumns: [Int]
  private let codes: UnsafeMutablePointer<Int>

  private let groups = KeyInterner()
  private var counts: UnsafeMutablePointer<Int>
  private var groupCapacity: Int
  private var scratch: [UInt8] = []
  /// Per profile column: its values interned, and counts by (group, value).
  private let profileValues: [KeyInterner]
  private var profileCounts: [CountMatrix]
  /// Per element: answer spellings already decoded (labels, decimals).
  private var answerSpellings: [KeyInterner?]
  private var answerCodes: [[Int]]

  private(set) var rows = 0
  private var listwiseDropped = 0
  private var invalidCells: [Note] = []
  private var invalidCellCount = 0
  private var listedInSegment = 0
  private var skippedRows: [Note] = []
  private var segment = 0

  init(context: TallyContext) {
    self.context = context
    let instrument = context.instrument
    elementCount = instrument.elements.count
    scaleCount = instrument.scale.count
    scaleMin = instrument.scale.min
    scaleMax = instrument.scale.max
    blankCode = scaleCount
    invalidCode = scaleCount + 1
    stride = 1 + elementCount * (scaleCount + 2)
    elementColumns = .allocate(capacity: elementCount)
    for (e, c) in context.binding.elementColumns.enumerated() { elementColumns[e] = c }
    groupColumns = context.binding.groupColumns
    profileColumns = context.binding.profileColumns.map(\.column)
    codes = .allocate(capacity: elementCount)
    groupCapacity = 16
    counts = .allocate(capacity: groupCapacity * stride)
    counts.initialize(repeating: 0, count: groupCapacity * stride)
    profileValues = profileColumns.map { _ in KeyInterner(capacity: 32) }
    profileCounts = profileColumns.map { _ in CountMatrix() }
    answerSpellings = Array(repeating: nil, count: elementCount)
    answerCodes = Array(repeating: [], count: elementCount)
  }

  deinit {
    elementColumns.deallocate()
    codes.deallocate()
    counts.deinitialize(count: groupCapacity * stride)
    counts.deallocate()
  }

  /// Starts a new stretch of the file: notes found from now on are tagged `segment`, and up to
  /// ``listedInvalidCells`` invalid cells are listed for it.
  func begin(segment: Int) {
    self.segment = segment
    listedInSegment = 0
  }

  /// Tallies one data record that starts on physical line `line`.
  ///
  /// - Throws: ``RecordProblem`` for an invalid row or cell under `--invalid error`.
  @inline(__always)
  func add(_ record: RecordFields, line: Int) throws(RecordProblem) {
    rows &+= 1
    var anyFilled = false
    var anyInvalid = false
    var anyBlank = false
    let base = record.base
    for e in 0..<elementCount {
      let c = elementColumns[e]
      let s = record.start(c)
      let n = record.end(c) &- s
      var code: Int
      if n == 1 {
        let b = base[s]
        let d = Int(b) &- 48
        if d >= 0 && d <= 9 {
          code = d >= scaleMin && d <= scaleMax ? d &- scaleMin : invalidCode
        } else if b == UInt8(ascii: " ") {
          code = blankCode
        } else {
          code = decodeSpelling(base + s, n, element: e)
        }
      } else if n == 0 {
        code = blankCode
      } else {
        code = decodeSpelling(base + s, n, element: e)
      }
      codes[e] = code
      if code < blankCode {
        anyFilled = true
      } else if code == blankCode {
        anyBlank = true
      } else {
        anyFilled = true
        anyInvalid = true
      }
    }
    if !anyFilled { return }
    if anyInvalid {
      if try !checkInvalid(record, line: line) { return }
    }
    if context.missing == .listwise && (anyBlank || anyInvalid) {
      listwiseDropped &+= 1
      return
    }
    let g = groupID(record)
    let row = counts + g &* stride
    row[0] &+= 1
    var slot = row + 1
    let width = scaleCount &+ 2
    for e in 0..<elementCount {
      slot[codes[e]] &+= 1
      slot += width
    }
    for (p, column) in profileColumns.enumerated() {
      let s = record.start(column)
      let n = record.end(column) &- s
      if n == 0 { continue }
      let v = profileValues[p].intern(base + s, n)
      profileCounts[p].add(row: g, column: v)
    }
  }

  /// The invalid-row and invalid-cell rules. Returns `false` when the row is skipped.
  @inline(never)
  private func checkInvalid(_ record: RecordFields, line: Int) throws(RecordProblem) -> Bool {
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
        invalidCells.append(Note(segment: segment, line: line, column: context.header[column], text: value))
      }
    }
    return true
  }

  /// Decodes a multi-byte (or non-digit) cell once per distinct spelling and element.
  @inline(never)
  private func decodeSpelling(_ p: UnsafePointer<UInt8>, _ n: Int, element e: Int) -> Int {
    let spellings: KeyInterner
    if let existing = answerSpellings[e] {
      spellings = existing
    } else {
      spellings = KeyInterner(capacity: 32)
      answerSpellings[e] = spellings
    }
    let id = spellings.intern(p, n)
    if id < answerCodes[e].count { return answerCodes[e][id] }
    let code: Int
    switch context.decoder.decode(UnsafeBufferPointer(start: p, count: n), element: e) {
    case .blank: code = blankCode
    case .invalid: code = invalidCode
    case .score(let s): code = s - scaleMin
    }
    answerCodes[e].append(code)
    return code
  }

  /// The group of a record: its `--by` cells interned as raw bytes (several columns length-prefixed).
  @inline(__always)
  private func groupID(_ record: RecordFields) -> Int {
    let g: Int
    if groupColumns.isEmpty {
      g = 0
      if groups.count == 0 { _ = groups.intern(UnsafeBufferPointer(start: nil, count: 0)) }
    } else if groupColumns.count == 1 {
      let c = groupColumns[0]
      let s = record.start(c)
      g = groups.intern(record.base + s, record.end(c) &- s)
    } else {
      g = compositeGroupID(record)
    }
    if g >= groupCapacity { growGroups() }
    return g
  }

  @inline(never)
  private func compositeGroupID(_ record: RecordFields) -> Int {
    scratch.removeAll(keepingCapacity: true)
    for c in groupColumns {
      let n = record.end(c) - record.start(c)
      withUnsafeBytes(of: UInt32(truncatingIfNeeded: n).littleEndian) { scratch.append(contentsOf: $0) }
      scratch.append(contentsOf: record.buffer(c))
    }
    return scratch.withUnsafeBufferPointer { groups.intern($0) }
  }

  @inline(never)
  private func growGroups() {
    let capacity = groupCapacity * 2
    let grown = UnsafeMutablePointer<Int>.allocate(capacity: capacity * stride)
    grown.initialize(repeating: 0, count: capacity * stride)
    grown.update(from: counts, count: groupCapacity * stride)
    counts.deinitialize(count: groupCapacity * stride)
    counts.deallocate()
    counts = grown
    groupCapacity = capacity
  }

  /// Splits an interned group key back into its trimmed column values.
  private func key(of g: Int) -> [String] {
    let bytes = groups.bytes(of: g)
    if groupColumns.isEmpty { return [] }
    if groupColumns.count == 1 { return [String(decoding: bytes, as: UTF8.self).trimmingWhitespace] }
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
  func finish() -> Part {
    var tally = SKMTally(instrument: context.instrument.id, by: context.by, missingPolicy: context.missing)
    tally.listwiseDropped = listwiseDropped
    var built: [GroupTally] = []
    for g in 0..<groups.count {
      var group = GroupTally(key: key(of: g), elementCount: elementCount, scaleCount: scaleCount)
      let row = counts + g * stride
      group.respondents = row[0]
      for e in 0..<elementCount {
        let slot = row + 1 + e * (scaleCount + 2)
        group.elements[e] = ElementTally(
          counts: (0..<scaleCount).map { slot[$0] }, missing: slot[scaleCount], invalid: slot[scaleCount + 1])
      }
      built.append(group)
    }
    for (p, binding) in context.binding.profileColumns.enumerated() {
      for v in 0..<profileValues[p].count {
        let raw = String(decoding: profileValues[p].bytes(of: v), as: UTF8.self).trimmingWhitespace
        if raw.isEmpty { continue }
        let value = profileValue(raw, binding.profile)
        for g in 0..<groups.count {
          let n = profileCounts[p].value(row: g, column: v)
          if n > 0 { built[g].profiles[binding.profile.key, default: [:]][value, default: 0] += n }
        }
      }
    }
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
      skippedRows: skippedRows)
  }

  private func describeInvalid(_ value: String, element e: Int) -> String {
    let instrument = context.instrument
    let element = instrument.elements[e]
    let range = "\(instrument.scale.min)–\(instrument.scale.max)"
    if let x = NumberParsing.parse(value, decimalComma: value.contains(",")) {
      return "answer \"\(value)\" is outside \(range)" + (x == x.rounded() ? "" : " (answers are whole numbers)")
    }
    return "answer \"\(value)\" is not an answer to \(element.code) \(element.name) (expected \(range), a–d, or "
      + element.answers.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
  }

  /// Why a row is not data: a repeated header, or a row of column numbers.
  private func invalidRowReason(_ record: RecordFields) -> String? {
    let cells = record.strings.map { $0.trimmingWhitespace }
    let normalizedHeader = context.normalizedHeader
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

/// Counts by (row, column), both dense ids that grow while scanning (groups × profile values).
struct CountMatrix {
  private var storage: [Int] = []
  private var rows = 0
  private var columns = 0

  @inline(__always)
  mutating func add(row: Int, column: Int) {
    if row >= rows || column >= columns { grow(row: row, column: column) }
    storage[row &* columns &+ column] &+= 1
  }

  func value(row: Int, column: Int) -> Int {
    row < rows && column < columns ? storage[row * columns + column] : 0
  }

  @inline(never)
  private mutating func grow(row: Int, column: Int) {
    var newRows = max(rows, 8)
    while newRows <= row { newRows *= 2 }
    var newColumns = max(columns, 8)
    while newColumns <= column { newColumns *= 2 }
    var grown = Array(repeating: 0, count: newRows * newColumns)
    for r in 0..<rows {
      for c in 0..<columns { grown[r * newColumns + c] = storage[r * columns + c] }
    }
    storage = grown
    rows = newRows
    columns = newColumns
  }
}
