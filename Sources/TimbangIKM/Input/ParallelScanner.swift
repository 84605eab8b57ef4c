#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch
import Synchronization
import TimbangCore

/// The fast path of ``SurveyScanner``: tallies a regular file on several cores with a byte scanner.
///
/// ```
/// header  = first record (after a BOM and empty lines), parsed by the general reader
/// ranges  = [dataStart, …) cut just after a newline near every `rangeBytes`
/// worker  : claim the next range; pread it in buffer-sized windows; RecordTallier.tallyRun takes the records of the
///           common shape; any other is split at CR/LF and fields at the delimiter into byte ranges for
///           RecordTallier.add(record, line)
/// result  = Σ worker tallies; notes and errors located by the lines counted in the ranges before them
/// ```
///
/// Memory: one read buffer per worker (``ScanOptions/bufferBytes``) plus tallies of O(groups × elements); the file is
/// never mapped or held whole, so resident memory does not grow with the file.
///
/// Edge Cases:
/// - A `"` anywhere before the first bad record makes the whole file go through the general reader (a quoted field
///   may hold a newline, which would make the cut points wrong); so does a line longer than the read buffer, a file
///   whose header line is over 1 MiB or ends in a lone CR, and a header with quotes. See ``Outcome/fallback(_:)``.
/// - Standard input and files under ``ScanOptions/minimumParallelBytes`` are never split (``Outcome/small``).
/// - Lines are counted as the general reader counts them (LF, CR LF and a lone CR each end one line), so the
///   earliest bad record is reported at the same `file:line:column` with the same message.
///
/// Postconditions: the scan equals ``SurveyScanner/scan(table:)`` of the same file: tallies, rows read, warnings,
/// and the error, if any.
struct ParallelScanner {
  enum Outcome {
    case done(SurveyScanner.Scan)
    /// The general reader must scan the file; the reason is kept for tests and `ScanPath`.
    case fallback(String)
    /// Too small (or not a regular file) to split.
    case small
  }

  /// How one range ended.
  enum RangeOutcome {
    case pending
    /// Every record tallied; `lines` physical lines ended in the range.
    case complete(lines: Int)
    case problem(RecordProblem)
    case quote
    case longLine
    case readError(Localized)
  }

  let scanner: SurveyScanner
  let options: ScanOptions

  func scan(path: String, progress: (@Sendable (Int, Int) -> Void)?) throws -> Outcome {
    // The same missing-file and directory errors as the sequential reader.
    _ = try ByteSource(path: path)
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return .small }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return .small }
    let size = Int(status.st_size)
    guard size >= options.minimumParallelBytes, size > 0 else { return .small }

    // Header: the first record, parsed by the general reader from the first MiB.
    var prefix = [UInt8](repeating: 0, count: min(size, 1 << 20))
    let got = prefix.withUnsafeMutableBytes { FileWindow.read(fd, $0.baseAddress, $0.count, at: 0) }
    guard got == prefix.count else { return .fallback("could not read the header") }
    let head: HeaderSpan
    switch HeaderSpan.find(in: prefix, wholeFile: size == prefix.count) {
    case .success(let span): head = span
    case .failure(let reason): return .fallback(reason.text)
    }
    let table = try CSVTable(
      reader: CSVReader(bytes: Array(prefix[..<head.dataStart]), fileName: path, dialect: scanner.dialect))
    let binding = try ColumnBinding.bind(
      header: table.header, instrument: scanner.instrument, by: scanner.by, map: scanner.map, file: path)
    let context = TallyContext(
      scanner: scanner, header: table.header, binding: binding, delimiter: table.dialect.delimiter)
    prefix = []

    let threads = options.threads
    let ranges = Self.cut(
      fd: fd, from: head.dataStart, to: size,
      target: options.rangeBytes ?? min(max((size - head.dataStart) / (threads * 8), 1 << 20), 4 << 20))
    let shared = Shared(ranges: ranges.count, workers: threads)
    defer { shared.release() }
    let job = RangeJob(
      fd: fd, ranges: ranges, context: context, delimiter: table.dialect.delimiter, bufferBytes: options.bufferBytes,
      total: size, shared: shared, progress: progress)
    if threads == 1 {
      job.work(worker: 0)
    } else {
      DispatchQueue.concurrentPerform(iterations: threads) { job.work(worker: $0) }
    }

    // Ranges in file order: the first one that did not complete decides.
    var lineOffsets: [Int] = []
    var line = 1 + head.lines
    for i in 0..<ranges.count {
      lineOffsets.append(line)
      switch shared.outcomes[i] {
      case .complete(let lines): line += lines
      case .problem(let problem): throw problem.located(file: path, lineOffset: line)
      case .quote: return .fallback("a quote (\") in the data")
      case .longLine: return .fallback("a line longer than the \(options.bufferBytes)-byte read buffer")
      case .readError(let reason): throw TimbangError.cannotRead(file: path, reason: reason)
      case .pending: return .fallback("a range was not scanned")
      }
    }
    var scan = SurveyScanner.assemble(
      parts: (0..<threads).compactMap { shared.parts[$0] }, lineOffsets: lineOffsets, file: path, binding: binding,
      empty: SKMTally(instrument: scanner.instrument.id, by: scanner.by, missingPolicy: scanner.missing))
    scan.path = .parallel(ranges: ranges.count, threads: threads)
    return .done(scan)
  }

  /// Cuts `[start, end)` into ranges of about `target` bytes, each beginning just after an LF (or at `start`).
  static func cut(fd: Int32, from start: Int, to end: Int, target: Int) -> [Range<Int>] {
    var bounds = [start]
    var nominal = start + max(target, 1)
    var window = [UInt8](repeating: 0, count: 64 << 10)
    search: while nominal < end {
      // The first LF at or after nominal − 1: the cut goes just after it.
      var offset = nominal - 1
      while offset < end {
        let n = window.withUnsafeMutableBytes {
          FileWindow.read(fd, $0.baseAddress, min($0.count, end - offset), at: offset)
        }
        guard n > 0 else { break search }
        if let i = window[..<n].firstIndex(of: UInt8(ascii: "\n")) {
          let cut = offset + i + 1
          if cut >= end { break search }
          if let last = bounds.last, cut > last { bounds.append(cut) }
          nominal = cut + max(target, 1)
          continue search
        }
        offset += n
      }
      break
    }
    bounds.append(end)
    return zip(bounds, bounds.dropFirst()).map { $0..<$1 }
  }
}

/// Where the data begins: after an optional BOM, leading empty lines and the header record.
struct HeaderSpan {
  /// Offset of the first byte after the header's line end.
  var dataStart: Int
  /// Physical lines ended before `dataStart` (empty lines and the header).
  var lines: Int

  struct Reason: Error {
    var text: String
  }

  /// Finds the header in the first bytes of a file; a failure says why the general reader should scan instead.
  static func find(in bytes: [UInt8], wholeFile: Bool) -> Result<HeaderSpan, Reason> {
    let lf = UInt8(ascii: "\n")
    let cr = UInt8(ascii: "\r")
    var p = 0
    if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { p = 3 }
    var lines = 0
    while p < bytes.count && (bytes[p] == lf || bytes[p] == cr) {
      if bytes[p] == lf || p + 1 >= bytes.count || bytes[p + 1] != lf { lines += 1 }
      p += 1
    }
    guard p < bytes.count else { return .failure(Reason(text: "no header line")) }
    if lines > 0 { return .failure(Reason(text: "empty lines before the header")) }
    var r = p
    while r < bytes.count && bytes[r] != lf && bytes[r] != cr {
      if bytes[r] == UInt8(ascii: "\"") { return .failure(Reason(text: "a quoted header")) }
      r += 1
    }
    if r < bytes.count && bytes[r] == lf { return .success(HeaderSpan(dataStart: r + 1, lines: 1)) }
    if r + 1 < bytes.count && bytes[r] == cr && bytes[r + 1] == lf {
      return .success(HeaderSpan(dataStart: r + 2, lines: 1))
    }
    return .failure(Reason(text: wholeFile ? "a header without LF line end" : "a header line over 1 MiB"))
  }
}

/// State the workers share: the next range to claim, the earliest range that stopped, bytes scanned, and one slot per
/// range and per worker that exactly one thread writes.
final class Shared: @unchecked Sendable {
  let next = Atomic<Int>(0)
  let stopAt = Atomic<Int>(Int.max)
  let scanned = Atomic<Int>(0)
  let outcomes: UnsafeMutableBufferPointer<ParallelScanner.RangeOutcome>
  let parts: UnsafeMutableBufferPointer<RecordTallier.Part?>

  init(ranges: Int, workers: Int) {
    outcomes = .allocate(capacity: ranges)
    outcomes.initialize(repeating: .pending)
    parts = .allocate(capacity: workers)
    parts.initialize(repeating: nil)
  }

  func release() {
    outcomes.deinitialize()
    outcomes.deallocate()
    parts.deinitialize()
    parts.deallocate()
  }

  /// Records that range `i` stopped early; later ranges need not be scanned.
  func stop(at i: Int) {
    var current = stopAt.load(ordering: .relaxed)
    while i < current {
      let (exchanged, original) = stopAt.compareExchange(expected: current, desired: i, ordering: .relaxed)
      if exchanged { return }
      current = original
    }
  }
}

/// One parallel scan's work: claimed range by range by each worker.
struct RangeJob: @unchecked Sendable {
  let fd: Int32
  let ranges: [Range<Int>]
  let context: TallyContext
  let delimiter: UInt8
  let bufferBytes: Int
  let total: Int
  let shared: Shared
  let progress: (@Sendable (Int, Int) -> Void)?

  func work(worker: Int) {
    var tallier = RecordTallier(context: context)
    // Slack after the buffer: the sentinel LF and the 64-byte blocks the classifier reads past the data.
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: bufferBytes + 128)
    buffer.initialize(repeating: 0, count: bufferBytes + 128)
    let width = context.header.count
    // Delimiter positions of the record being read (a record is at most a buffer long), the unconditional writes
    // past them (at most 7), and the slots before and after the record.
    let separators = UnsafeMutablePointer<Int>.allocate(capacity: bufferBytes + 2048)
    defer {
      buffer.deallocate()
      separators.deallocate()
    }
    let masks = ByteMasks(delimiter: delimiter)
    while true {
      let i = shared.next.wrappingAdd(1, ordering: .relaxed).oldValue
      guard i < ranges.count, i <= shared.stopAt.load(ordering: .relaxed) else { break }
      tallier.begin(segment: i)
      let outcome = scan(
        ranges[i], tallier: &tallier, buffer: buffer, separators: separators, width: width, masks: masks)
      shared.outcomes[i] = outcome
      if case .complete = outcome { continue }
      shared.stop(at: i)
    }
    shared.parts[worker] = tallier.finish()
  }

  /// Scans one range window by window; each window is cut after its last LF and the rest carried to the next.
  private func scan(
    _ range: Range<Int>, tallier: inout RecordTallier, buffer: UnsafeMutablePointer<UInt8>,
    separators: UnsafeMutablePointer<Int>, width: Int, masks: ByteMasks
  ) -> ParallelScanner.RangeOutcome {
    var carry = 0
    var position = range.lowerBound
    var lines = 0
    while position < range.upperBound {
      let want = min(bufferBytes - carry, range.upperBound - position)
      if want == 0 { return .longLine }
      let got = FileWindow.read(fd, buffer + carry, want, at: position)
      if got < 0 { return .readError(SystemReason.localized(errno)) }
      if got < want {
        return .readError(Localized(id: "berkas berubah saat dibaca", en: "the file changed while it was read"))
      }
      position += want
      let count = carry + want
      var end = count
      let final = position == range.upperBound
      if final {
        buffer[count] = UInt8(ascii: "\n")
      } else {
        while end > 0 && buffer[end - 1] != UInt8(ascii: "\n") { end -= 1 }
        if end == 0 { return .longLine }
      }
      let outcome = records(
        buffer, end: end, limit: final ? end + 1 : end, lines: &lines, tallier: &tallier, separators: separators,
        width: width, masks: masks)
      if case .complete = outcome {} else { return outcome }
      carry = count - end
      if carry > 0 { buffer.update(from: buffer + end, count: carry) }
      if let progress {
        let done = shared.scanned.wrappingAdd(want, ordering: .relaxed).newValue
        progress(done, total)
      }
    }
    return .complete(lines: lines)
  }

  /// Tallies the records in `buffer[0..<end]`, which ends with an LF or (when `limit` is `end + 1`) is followed by a
  /// sentinel LF.
  ///
  /// The run kernel (``RecordTallier/tallyRun(_:from:end:lines:masks:ending:)``) takes records while they have the
  /// common shape; each other record goes through this loop, one at a time. Record by record: classify the 64 bytes
  /// from the record's start (and the next 64 while no line end is among them), append the positions of the delimiters
  /// before the first stop byte to `separators` with unconditional writes (no branch per field), and hand the record
  /// over as `separators[0…fields]`, where slot 0 is `start − 1` and the last slot the line end. A record of up to 63
  /// bytes costs one classification.
  ///
  /// Line ends are counted as ``CSVReader`` counts them: LF, CR LF and a lone CR each end one physical line; empty
  /// lines are skipped.
  @inline(__always)
  private func records(
    _ buffer: UnsafeMutablePointer<UInt8>, end: Int, limit: Int, lines: inout Int, tallier: inout RecordTallier,
    separators: UnsafeMutablePointer<Int>, width: Int, masks: ByteMasks
  ) -> ParallelScanner.RangeOutcome {
    let base = UnsafePointer(buffer)
    let prefix = tallier.commonPrefix
    let run = tallier.runPrefix >= 0
    // The kernel takes the window's kind of line end: CR LF when its first line ends so.
    var firstLF = 0
    while run && firstLF < end && buffer[firstLF] != UInt8(ascii: "\n") { firstLF &+= 1 }
    let crlf = firstLF > 0 && firstLF < end && buffer[firstLF &- 1] == UInt8(ascii: "\r")
    var start = 0
    // A stop byte is always found: the window ends with an LF, or the sentinel LF follows it.
    while start < limit {
      if run {
        start =
          crlf
          ? tallier.tallyRun(base, from: start, end: end, lines: &lines, masks: masks, ending: CRLFEnding.self)
          : tallier.tallyRun(base, from: start, end: end, lines: &lines, masks: masks, ending: LFEnding.self)
        if start >= limit { break }
      }
      separators[0] = start &- 1
      var (delimiters, stops) = masks.classify(buffer + start)
      var stop: Int
      var tallied = false
      if stops != 0 {
        // The whole record in one block (the common case): count its fields, then locate only the delimiters the
        // common path reads; the rest only if that path declines the record.
        let i = stops.trailingZeroBitCount
        delimiters &= (UInt64(1) << UInt64(i)) &- 1
        stop = start &+ i
        if buffer[stop] == UInt8(ascii: "\"") { return .quote }
        let fields = delimiters.nonzeroBitCount &+ 1
        if i > 0 {
          if fields != width { return .problem(.ragged(line: lines, fields: fields, header: width)) }
          RangeJob.append(delimiters, offset: start, to: separators + 1, atLeast: prefix)
          separators[fields] = stop
          let record = RecordFields(base: base, separators: separators, count: fields)
          tallied = tallier.addCommon(record)
          if !tallied { RangeJob.append(delimiters, offset: start, to: separators + 1, atLeast: fields) }
          separators[fields] = stop
        }
      } else {
        // A record longer than a block: every delimiter, block by block, until the line end.
        var next = 1
        var block = start
        while true {
          next &+= RangeJob.append(delimiters, offset: block, to: separators + next)
          block &+= 64
          (delimiters, stops) = masks.classify(buffer + block)
          if stops != 0 {
            let i = stops.trailingZeroBitCount
            delimiters &= (UInt64(1) << UInt64(i)) &- 1
            next &+= RangeJob.append(delimiters, offset: block, to: separators + next)
            stop = block &+ i
            break
          }
        }
        if buffer[stop] == UInt8(ascii: "\"") { return .quote }
        // `next` − 1 delimiters: `next` fields.
        if next != width { return .problem(.ragged(line: lines, fields: next, header: width)) }
        separators[next] = stop
      }
      if stop > start && !tallied {
        do {
          try tallier.add(RecordFields(base: base, separators: separators, count: width), line: lines)
        } catch {
          return .problem(error)
        }
      }
      let b = buffer[stop]
      // The sentinel after the data ends the last record but is not a line end of the file.
      if stop == end { break }
      // CR LF ends one line: the CR defers to the LF after it.
      if !(b == UInt8(ascii: "\r") && buffer[stop &+ 1] == UInt8(ascii: "\n")) { lines &+= 1 }
      start = stop &+ 1
    }
    return .complete(lines: lines)
  }

  /// Appends the positions (`offset` + bit index) of the set bits of `bits` at `target`, eight at a time without a
  /// branch per bit (writes past the last position are scratch), stopping once `atLeast` of them are written (all of
  /// them by default); returns how many bits were set.
  @inline(__always)
  @discardableResult
  static func append(
    _ bits: UInt64, offset: Int, to target: UnsafeMutablePointer<Int>, atLeast: Int = 64
  ) -> Int {
    let count = bits.nonzeroBitCount
    let wanted = min(count, atLeast)
    var b = bits
    var p = target
    var written = 0
    while written < wanted {
      p[0] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[1] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[2] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[3] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[4] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[5] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[6] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p[7] = offset &+ b.trailingZeroBitCount
      b &= b &- 1
      p += 8
      written &+= 8
    }
    return count
  }
}

/// `pread` until `count` bytes or the end of the file.
enum FileWindow {
  /// Bytes read (short only at the end of the file), or −1 on an error (`errno` says which).
  static func read(_ fd: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int, at offset: Int) -> Int {
    guard let pointer else { return 0 }
    var done = 0
    while done < count {
      let n = pread(fd, pointer + done, count - done, off_t(offset + done))
      if n < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if n == 0 { break }
      done += n
    }
    return done
  }
}
