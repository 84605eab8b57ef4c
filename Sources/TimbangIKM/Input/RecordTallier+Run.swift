#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

/// The run kernel: the parallel scanner's path for the common record shape, fused from field location to counting.
extension RecordTallier {
  /// Tallies the records from `start` on while they have the common shape, and returns where the first other record
  /// starts (`end` when there is none); ``add(_:line:)`` takes that one.
  ///
  /// The common shape: one line of at most 127 bytes ending in LF or CR LF before `end`, the answer run ending the
  /// record (``runPrefix`` ≥ 0), every answer one digit on the scale or blank, the right number of fields; any number
  /// of `--by` columns before the answers.
  ///
  /// ```
  /// (delimiters, stops) = classify(64 bytes at start, and the next 64 if no stop);  i = first stop;
  ///                       byte i = LF, or CR and byte i + 1 = LF
  /// cuts[1…runPrefix]   = the lowest delimiters (the fields before the answers)
  /// rest of delimiters  = runPattern << (i − 2 × elements)  ⇒ every answer one byte: check them all at once, count
  ///                       four elements with one vector add into the group's 8-bit block (HotCounts)
  ///                     or runPattern with one empty answer at b (its delimiters from i − 2 × elements + 1 are
  ///                       RunAnswers.blankPlace's pattern(b)): check and count the others at once, b as missing
  ///                     otherwise: exactly one delimiter per answer, every answer 0 or 1 byte (blanks) — else decline
  /// profile values     = the bytes spanning the profile columns (≤ 23) looked up once in ProfileSpans, before the
  ///                       answers: their block offsets; a span not held yet goes column by column and is held
  /// group               = keys of up to 15 bytes through the WordCache, longer ones through the KeyInterner
  /// ```
  /// Declined records (quotes, a CR not before the LF, long lines, labels, invalid or out-of-scale answers, ragged
  /// rows, a blank under `--missing listwise`) go to the general ``add(_:line:)``, which applies every rule and finds
  /// every error; a record the kernel tallies gets exactly the counts ``add(_:line:)`` would give it: a row of all
  /// blanks is read but not a respondent, a blank answer counts as missing. Each record is one physical line
  /// (`lines` + 1).
  @inline(__always)
  mutating func tallyRun<Ending: LineEnding>(
    _ buffer: UnsafePointer<UInt8>, from start: Int, end: Int, lines: inout Int, masks: ByteMasks, ending: Ending.Type
  ) -> Int {
    let answerBits = 2 &* elementCount
    let cache = words.view
    let answers = runAnswers
    let shape = RunShape(prefix: runPrefix, hot: hotCuts, cuts: cuts, pattern: runPattern)
    let spans = self.spans.view
    var start = start
    // Records taken (each one physical line), added to the counters when the kernel stops.
    var taken = 0
    defer {
      rows &+= taken
      runRows &+= taken
      lines &+= taken
    }
    while true {
      let p = buffer + start
      var (delimiters, stops) = masks.classify(p)
      var i = stops.trailingZeroBitCount
      var base = 0
      if i < 64 {
        guard i >= answerBits, Ending.ends(p, at: i, room: end &- start) else { return start }
        delimiters &= (UInt64(1) << UInt64(i)) &- 1
        // The cuts the kernel reads (the group's and the profile span's); the other delimiters before the answers are
        // only cleared (``fillCuts(_:delimiter:)`` finds them when a lookup misses).
        var k = 1
        while k <= shape.hot {
          shape.cuts[k] = delimiters.trailingZeroBitCount
          delimiters &= delimiters &- 1
          k &+= 1
        }
        delimiters = RecordTallier.clearLowest(shape.prefix &- shape.hot, of: delimiters)
      } else {
        // A record of 64 to 127 bytes (long unit names).
        guard let wide = wideRecord(p, delimiters, room: end &- start, shape, masks, ending: Ending.self) else {
          return start
        }
        (i, base, delimiters) = wide
      }
      // The answers: a run of one-byte answers, or one with blanks; anything else is declined.
      let run = i &- answerBits
      let block: UnsafeMutablePointer<UInt8>
      let g: Int
      let held: UInt64
      if delimiters == shape.pattern &<< UInt64(run &- base) {
        shape.cuts[shape.prefix &+ 1] = run
        held = heldProfiles(p, spans: spans)
        let first = p + (run &+ 1)
        guard let checked = answers.check(first) else { return start }
        g = runGroup(p, cache: cache)
        block = respondent(g)
        answers.count(checked, first, into: block)
      } else if let (blank, checked) = oneBlank(p, delimiters, run: run, base: base, answers: answers) {
        // One empty answer (the commonest blank): still one vector check and one vector add.
        shape.cuts[shape.prefix &+ 1] = run &+ 1
        held = heldProfiles(p, spans: spans)
        g = runGroup(p, cache: cache)
        block = respondent(g)
        answers.count(checked, blank: blank, into: block)
      } else {
        guard let blanks = decodeWithBlanks(p, delimiters, from: base, lineEnd: i) else { return start }
        if blanks == elementCount {
          // Not a respondent: read and skipped, as add(_:line:) does.
          taken &+= 1
          start &+= i &+ Ending.length
          continue
        }
        if listwise { return start }
        held = heldProfiles(p, spans: spans)
        g = runGroup(p, cache: cache)
        block = respondent(g)
        countWithBlanks(into: block)
      }
      countProfiles(p, group: g, block: block, held: held, delimiter: masks.delimiter)
      taken &+= 1
      start &+= i &+ Ending.length
    }
  }

  /// `bits` without their `n` lowest set bits. The count is the same for every record of a file, so the switch is
  /// predicted, and a few fields cost a few instructions (the loop the compiler makes of a `while` costs about 30).
  @inline(__always)
  static func clearLowest(_ n: Int, of bits: UInt64) -> UInt64 {
    var b = bits
    switch n {
    case 0: break
    case 1: b &= b &- 1
    case 2:
      b &= b &- 1
      b &= b &- 1
    case 3:
      b &= b &- 1
      b &= b &- 1
      b &= b &- 1
    case 4:
      b &= b &- 1
      b &= b &- 1
      b &= b &- 1
      b &= b &- 1
    default:
      for _ in 0..<n { b &= b &- 1 }
    }
    return b
  }

  /// A record of 64 to 127 bytes whose first 64 bytes have `delimiters`, ending within `room` bytes: its line end
  /// `i`, the fields before the answers (from a 128-bit delimiter mask, into `cuts`), and the remaining delimiters from
  /// byte `base` = `i` − 63 on, where all of a run of answers of at most one byte lies. `nil` declines the record (no
  /// line end of the `Ending` kind at the first stop within 128 bytes, or a delimiter left before `base`: one field
  /// too many).
  @inline(never)
  private func wideRecord<Ending: LineEnding>(
    _ p: UnsafePointer<UInt8>, _ delimiters: UInt64, room: Int, _ shape: RunShape, _ masks: ByteMasks,
    ending: Ending.Type
  ) -> (i: Int, base: Int, rest: UInt64)? {
    let (more, stops) = masks.classify(p + 64)
    let j = stops.trailingZeroBitCount
    let i = 64 &+ j
    guard j < 64, Ending.ends(p, at: i, room: room) else { return nil }
    var bits = UInt128(delimiters) | UInt128(more & ((UInt64(1) << UInt64(j)) &- 1)) &<< 64
    var k = 1
    while k <= shape.prefix {
      shape.cuts[k] = bits.trailingZeroBitCount
      bits &= bits &- 1
      k &+= 1
    }
    let base = i &- 63
    guard bits & ((UInt128(1) &<< base) &- 1) == 0 else { return nil }
    return (i, base, UInt64(truncatingIfNeeded: bits &>> base))
  }

  /// A run with exactly one empty answer, every other answer one byte on the scale (checked): the empty answer's place
  /// and the checked answers, or `nil` (then ``decodeWithBlanks(_:_:from:lineEnd:)`` decides). `delimiters` are
  /// those after the fields before the run (bit 0 is byte `base`); the run is one byte shorter than `run` assumes.
  /// Not under `--missing listwise` (a blank declines the record there), nor with one element (a row of blanks).
  @inline(__always)
  private func oneBlank(
    _ p: UnsafePointer<UInt8>, _ delimiters: UInt64, run: Int, base: Int, answers: RunAnswers
  ) -> (Int, RunAnswers.Checked)? {
    guard answers.vectors, !listwise, elementCount > 1 else { return nil }
    let shift = UInt64(run &+ 1 &- base)
    let x = delimiters &>> shift
    guard x &<< shift == delimiters, let blank = answers.blankPlace(x),
      let checked = answers.check(p + (run &+ 2), blank: blank)
    else { return nil }
    return (blank, checked)
  }

  /// Counts the answers ``decodeWithBlanks(_:_:from:lineEnd:)`` left in `codes` into `block`: scores, and blanks as
  /// missing.
  @inline(__always)
  private func countWithBlanks(into block: UnsafeMutablePointer<UInt8>) {
    let lanes = hot.lanes
    let missing = hot.missingBase
    for e in 0..<elementCount {
      let code = codes[e]
      block[code < blankCode ? 1 &+ e &* lanes &+ code : missing &+ e] &+= 1
    }
  }

  /// Widens the 8-bit blocks to hold profile value `widenFor` (when they can grow that far).
  @inline(never)
  private mutating func widenBlocks() {
    _ = hot.widen(toHold: widenFor, counts: &counts, profiles: &profileCounts)
    widenFor = -1
  }

  /// Counts a respondent of group `g` and returns its 8-bit block.
  @inline(__always)
  private mutating func respondent(_ g: Int) -> UnsafeMutablePointer<UInt8> {
    if pending == CountMatrix.flushEvery { flushCounts() }
    if widenFor >= 0 { widenBlocks() }
    pending &+= 1
    let block = hot.block(g)
    if block[0] == UInt8.max { hot.flush(g, counts: &counts, profiles: &profileCounts) }
    block[0] &+= 1
    return block
  }

  /// Decodes a run whose delimiters (`rest`, after those of the fields before it; bit 0 is byte `base`) are not those
  /// of one-byte answers: exactly one delimiter before each answer, each answer empty, a blank one-byte code or a
  /// score. Sets `codes`, `cuts[runPrefix + 1]` and returns the number of blanks, or `nil` to decline the record.
  @inline(never)
  private mutating func decodeWithBlanks(_ p: UnsafePointer<UInt8>, _ rest: UInt64, from base: Int, lineEnd: Int)
    -> Int?
  {
    var rest = rest
    guard rest != 0 else { return nil }
    var at = base &+ rest.trailingZeroBitCount
    rest &= rest &- 1
    cuts[runPrefix + 1] = at
    var blanks = 0
    for k in 0..<elementCount {
      let next: Int
      if k == elementCount - 1 {
        guard rest == 0 else { return nil }
        next = lineEnd
      } else {
        guard rest != 0 else { return nil }
        next = base &+ rest.trailingZeroBitCount
        rest &= rest &- 1
      }
      let code: Int
      switch next - at - 1 {
      case 0: code = blankCode
      case 1: code = Int(singleByteCodes[Int(p[at + 1])])
      default: return nil
      }
      guard code <= blankCode else { return nil }
      blanks += code == blankCode ? 1 : 0
      codes[runElements[k]] = code
      at = next
    }
    return blanks
  }

  /// The group of the record at `p` (fields located by `cuts`): its `--by` cell, interned; with several `--by` columns,
  /// the bytes from the first to the last of them are the cache key (they determine every cell), and a miss interns
  /// the cells as ``compositeGroupID(_:)`` does.
  @inline(__always)
  private mutating func runGroup(_ p: UnsafePointer<UInt8>, cache: WordCache.View) -> Int {
    var g = 0
    if groupColumnCount > 0 {
      let s = cuts[groupSpan.first] &+ 1
      let n = cuts[groupSpan.last &+ 1] &- s
      if n <= WordCache.maxLength {
        let (head, tail) = cache.words(p + s, n, kind: 0)
        let index = cache.index(head, tail)
        let (hit, known) = cache.lookup(head, tail, at: index)
        g = hit ? known : internGroup(p, s, n, head, tail, index: index)
      } else {
        g = internGroup(p, s, n, 0, 0, index: -1)
      }
    } else if groups.count == 0 {
      _ = groups.intern(UnsafeBufferPointer(start: nil, count: 0))
    }
    if g >= counts.rows { counts.grow(toInclude: g, 0) }
    return g
  }

  /// Sets every cut before the answers (`cuts[1…runPrefix]`) of the record at `p`, which has the common shape: the
  /// kernel itself only sets the first ``hotCuts``. Only when a lookup misses (and idempotent).
  @inline(never)
  private func fillCuts(_ p: UnsafePointer<UInt8>, delimiter: UInt8) {
    guard hotCuts < runPrefix else { return }
    var k = 1
    var j = 0
    while k <= runPrefix {
      if p[j] == delimiter {
        cuts[k] = j
        k &+= 1
      }
      j &+= 1
    }
  }

  /// The block offsets ``ProfileSpans`` holds for the bytes spanning the profile columns of the record at `p` (fields
  /// located by `cuts`), or 0 when it holds none (or there are no profile columns: no offset is 0). Looked up before
  /// the answers are counted, so the entry's load overlaps that work.
  @inline(__always)
  private func heldProfiles(_ p: UnsafePointer<UInt8>, spans: ProfileSpans.View) -> UInt64 {
    let count = profileColumnCount
    let s = cuts[profileSpan.first] &+ 1
    let n = cuts[profileSpan.last &+ 1] &- s
    guard count > 0, n <= ProfileSpans.maxLength, count <= ProfileSpans.maxColumns else { return 0 }
    let key = spans.key(p + s, n)
    let index = spans.index(key)
    return spans.lookup(key, at: index) ?? self.spans.find(key, from: index) ?? 0
  }

  /// Adds the profile values of the record at `p` to group `g`'s block: at the offsets `held` for its span
  /// (``heldProfiles(_:spans:)``), else column by column (``countEachProfile(_:group:block:)``, after
  /// ``fillCuts(_:delimiter:)``), which holds the span for the next time.
  @inline(__always)
  private mutating func countProfiles(
    _ p: UnsafePointer<UInt8>, group g: Int, block: UnsafeMutablePointer<UInt8>, held: UInt64, delimiter: UInt8
  ) {
    guard held != 0 else {
      if profileColumnCount > 0 {
        fillCuts(p, delimiter: delimiter)
        countEachProfile(p, group: g, block: block)
      }
      return
    }
    // Two offsets a step (the offsets end where the bits do: none is 0).
    var o = held
    repeat {
      let second = o &>> UInt64(ProfileSpans.offsetBits) & ProfileSpans.offsetMask
      block[Int(truncatingIfNeeded: o & ProfileSpans.offsetMask)] &+= 1
      if second == 0 { break }
      block[Int(truncatingIfNeeded: second)] &+= 1
      o &>>= UInt64(2 &* ProfileSpans.offsetBits)
    } while o != 0
  }

  /// Adds the profile values of the record at `p` to group `g` one column at a time: in its block, or (ids past the
  /// block's slots) in the 16-bit matrix. Values are interned with their column as the tag (the interner's own cache
  /// and direct tables of one- and two-byte keys make this cheap enough for a span's first record). When every value
  /// is non-empty and in the block, their offsets are held in ``ProfileSpans`` for the record's span (when it can
  /// hold it).
  @inline(never)
  private mutating func countEachProfile(_ p: UnsafePointer<UInt8>, group g: Int, block: UnsafeMutablePointer<UInt8>) {
    let cuts = self.cuts
    let columns = profileColumns
    let count = profileColumnCount
    let slots = hot.profileSlots
    let base = hot.profileBase
    var offsets: UInt64 = 0
    var whole = true
    for column in 0..<count {
      let c = columns[column]
      let s = cuts[c] &+ 1
      let n = cuts[c &+ 1] &- s
      if n == 0 {
        whole = false
        continue
      }
      // The interner's own cache and direct tables of one- and two-byte keys (ages, L/P).
      let v = profileValues.intern(p + s, n, tag: UInt32(truncatingIfNeeded: column))
      if v < slots {
        block[base &+ v] &+= 1
        if column < ProfileSpans.maxColumns {
          offsets |= UInt64(base &+ v) &<< UInt64(ProfileSpans.offsetBits &* column)
        }
      } else {
        countWideProfile(v, group: g)
        whole = false
      }
    }
    let s = cuts[profileSpan.first] &+ 1
    let n = cuts[profileSpan.last &+ 1] &- s
    if whole, n <= ProfileSpans.maxLength, count <= ProfileSpans.maxColumns {
      let key = spans.view.key(p + s, n)
      spans.insert(key, from: spans.view.index(key), offsets: offsets)
    }
  }

  /// A profile value past the blocks' slots: counted in the 16-bit matrix, and the blocks are widened to hold it
  /// before the next respondent (between records, so every counter of a block stays within its respondents).
  @inline(never)
  private mutating func countWideProfile(_ v: Int, group g: Int) {
    profileCounts.add(row: g, column: v)
    if hot.canWiden(toHold: v) { widenFor = max(widenFor, v) }
  }

  /// A group key the word cache did not have (or too long for it: `index` −1): the `n` bytes at `p + s` (one `--by`
  /// column) or the cells of several, interned, and cached when short.
  @inline(never)
  private mutating func internGroup(
    _ p: UnsafePointer<UInt8>, _ s: Int, _ n: Int, _ head: UInt64, _ tail: UInt64, index: Int
  ) -> Int {
    let id =
      groupColumnCount == 1
      ? groups.intern(p + s, n) : compositeGroupID(RecordFields(base: p, separators: cuts, count: runPrefix &+ 1))
    if index >= 0 { words.view.store(head, tail, id: id, at: index) }
    return id
  }

}

/// The line end the run kernel takes (``RecordTallier/tallyRun(_:from:end:lines:masks:ending:)`` is compiled once for
/// each, so the other costs nothing): LF, or CR LF (files saved by Excel on Windows).
protocol LineEnding {
  /// Bytes from the first byte of the line end to the next record.
  static var length: Int { get }
  /// Whether the first stop byte of a record, `p[i]`, begins a line end of this kind within `room` bytes of `p`.
  static func ends(_ p: UnsafePointer<UInt8>, at i: Int, room: Int) -> Bool
}

enum LFEnding: LineEnding {
  static var length: Int { 1 }
  @inline(__always)
  static func ends(_ p: UnsafePointer<UInt8>, at i: Int, room: Int) -> Bool { i < room && p[i] == UInt8(ascii: "\n") }
}

/// A CR before an LF: one line, as the general reader counts it (a lone CR is declined).
enum CRLFEnding: LineEnding {
  static var length: Int { 2 }
  @inline(__always)
  static func ends(_ p: UnsafePointer<UInt8>, at i: Int, room: Int) -> Bool {
    i &+ 1 < room && p[i] == UInt8(ascii: "\r") && p[i &+ 1] == UInt8(ascii: "\n")
  }
}

/// The tallier's constants the run kernel reads for every record, held in registers for the loop.
struct RunShape {
  /// ``RecordTallier/runPrefix``, ``RecordTallier/hotCuts``, ``RecordTallier/cuts``, ``RecordTallier/runPattern``.
  let prefix: Int
  let hot: Int
  let cuts: UnsafeMutablePointer<Int>
  let pattern: UInt64
}

/// The one-byte answers of a run: checked against the scale and counted into a group's block, 16 bytes (8 answers) at
/// a time on x86-64 when the run is in element order, the scale has at most 4 points and there are at most 16
/// elements; else one by one through the tallier's code table.
///
/// ```
/// v     = bytes − ("0" + scale minimum)            answers at the even bytes
/// check : min(v, points − 1) == v at every answer's byte (one compare for 8 answers)
/// count : codes = even bytes of v (0xFF past the last element), each repeated 4 times (4 elements); cmpeq with lanes
///         0 1 2 3 … gives −1 in the lane of each code; block[1 + 4e …] −= that (adds 1), for 4 elements at once; the
///         last group of four may be partial (it adds 0 past the last element)
/// ```
struct RunAnswers {
  /// The checked answers: the two 16-byte vectors of `v` (the second only for more than 8 elements).
  struct Checked {
    #if arch(x86_64)
      var low: __m128i
      var high: __m128i
    #endif
  }

  let elementCount: Int
  /// Groups of four elements counted with one vector add each (the last one may be partial).
  let chunks: Int
  let vectors: Bool
  let codes: UnsafeMutablePointer<Int>
  let table: UnsafeMutablePointer<UInt8>
  let offsets: UnsafeMutablePointer<Int>
  let blankCode: Int
  let lanes: Int
  #if arch(x86_64)
    let zero: __m128i
    let top: __m128i
    let even: __m128i
    let laneNumbers: __m128i
    /// 0xFF at the places (bytes) of the 16 from the number of elements on.
    let pastLast: __m128i
    /// The even bits of the answers' bytes in the first and the second vector.
    let wantedLow: Int32
    let wantedHigh: Int32
  #endif
  /// Per place b of an empty answer (runs with one blank): the run's delimiters from the one before the first answer
  /// (``blankPlace(_:)``); 32 bytes choosing, per byte of the two vectors, the answers before b (0xFF, read from the
  /// first answer on) or after it (0, read one byte earlier); 16 bytes with 0xFF at code b.
  private let blankPatterns: UnsafeMutablePointer<UInt64>
  private let blankSelect: UnsafeMutablePointer<UInt8>
  private let blankLanes: UnsafeMutablePointer<UInt8>
  /// Where a group's block counts element e's missing answers: `missingBase + e` (``HotCounts/missingBase``).
  let missingBase: Int

  /// - Parameters: `codes`, `table`, `offsets`, `blankCode`: the tallier's (see ``RecordTallier``); `lanes`: the
  ///   counters per element in a block (``HotCounts/lanes``).
  init(
    elementCount: Int, scaleMin: Int, scaleCount: Int, inOrder: Bool, codes: UnsafeMutablePointer<Int>,
    table: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>, blankCode: Int, lanes: Int
  ) {
    self.elementCount = elementCount
    chunks = (elementCount + 3) >> 2
    missingBase = 1 + elementCount * lanes
    let places = max(elementCount, 1)
    blankPatterns = .allocate(capacity: places)
    blankSelect = .allocate(capacity: 32 * places)
    blankLanes = .allocate(capacity: 16 * places)
    for b in 0..<places {
      // Answers k ≤ b have their delimiter at 2k, the later ones at 2k − 1 (the empty answer has no byte).
      blankPatterns[b] = (0..<min(elementCount, 32)).reduce(0) {
        $0 | UInt64(1) << UInt64($1 <= b ? 2 * $1 : 2 * $1 - 1)
      }
      for q in 0..<32 { blankSelect[32 * b + q] = q < 2 * b ? 0xFF : 0 }
      for q in 0..<16 { blankLanes[16 * b + q] = q == b ? 0xFF : 0 }
    }
    #if arch(x86_64)
      vectors = inOrder && scaleCount <= 4 && elementCount <= 16
    #else
      vectors = false
    #endif
    self.codes = codes
    self.table = table
    self.offsets = offsets
    self.blankCode = blankCode
    self.lanes = lanes
    #if arch(x86_64)
      zero = _mm_set1_epi8(Int8(truncatingIfNeeded: 48 + scaleMin))
      top = _mm_set1_epi8(Int8(truncatingIfNeeded: scaleCount - 1))
      even = _mm_set1_epi16(0x00FF)
      laneNumbers = _mm_set_epi8(3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1, 0, 3, 2, 1, 0)
      let n = elementCount
      pastLast = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { bytes in
        for k in 0..<16 { bytes[k] = k < n ? 0 : 0xFF }
        return _mm_loadu_si128(UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: __m128i.self))
      }
      wantedLow = Int32(truncatingIfNeeded: 0x5555 & ((1 << (2 * min(n, 8))) - 1))
      wantedHigh = Int32(truncatingIfNeeded: 0x5555 & ((1 << (2 * max(min(n - 8, 8), 0))) - 1))
    #endif
  }

  /// The answers at `first` (every one a byte, two bytes apart) if all are on the scale, else `nil`.
  @inline(__always)
  func check(_ first: UnsafePointer<UInt8>) -> Checked? {
    #if arch(x86_64)
      if vectors {
        let low = _mm_sub_epi8(_mm_loadu_si128(UnsafeRawPointer(first).assumingMemoryBound(to: __m128i.self)), zero)
        var bad = (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(low, top), low)) & wantedLow) ^ wantedLow
        var high = low
        if wantedHigh != 0 {
          high = _mm_sub_epi8(
            _mm_loadu_si128(UnsafeRawPointer(first + 16).assumingMemoryBound(to: __m128i.self)), zero)
          bad |= (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(high, top), high)) & wantedHigh) ^ wantedHigh
        }
        return bad == 0 ? Checked(low: low, high: high) : nil
      }
    #endif
    var scores = -1
    for e in 0..<elementCount {
      let code = Int(table[Int(first[offsets[e]])])
      codes[e] = code
      scores &= code &- blankCode
    }
    // Negative exactly when every code is below the blank code (a score).
    #if arch(x86_64)
      return scores < 0 ? Checked(low: _mm_setzero_si128(), high: _mm_setzero_si128()) : nil
    #else
      return scores < 0 ? Checked() : nil
    #endif
  }

  /// The tables ``init`` made.
  func deallocate() {
    blankPatterns.deallocate()
    blankSelect.deallocate()
    blankLanes.deallocate()
  }

  /// The place of the one empty answer of a run whose delimiters from the one before the first answer are `x`, if they
  /// are exactly those of a run with one empty answer and one-byte others.
  ///
  /// ```
  /// pattern(b) = Σ_{k ≤ b} 2^(2k) + Σ_{k > b} 2^(2k − 1)   ⇒ its even bits are 0, 2, …, 2b: b = (highest even bit) / 2
  /// ```
  @inline(__always)
  func blankPlace(_ x: UInt64) -> Int? {
    let evenBits = x & 0x5555_5555_5555_5555
    guard evenBits != 0 else { return nil }
    let b = (63 &- evenBits.leadingZeroBitCount) &>> 1
    guard b < elementCount, x == blankPatterns[b] else { return nil }
    return b
  }

  /// The answers of a run with one empty answer at place `blank` (answers before it from `first` on, two bytes apart;
  /// those after it one byte earlier) if all the others are on the scale, else `nil`. Only with ``vectors``.
  @inline(__always)
  func check(_ first: UnsafePointer<UInt8>, blank b: Int) -> Checked? {
    #if arch(x86_64)
      let select = UnsafeRawPointer(blankSelect + 32 &* b)
      let m0 = _mm_loadu_si128(select.assumingMemoryBound(to: __m128i.self))
      let before = _mm_loadu_si128(UnsafeRawPointer(first).assumingMemoryBound(to: __m128i.self))
      let after = _mm_loadu_si128(UnsafeRawPointer(first - 1).assumingMemoryBound(to: __m128i.self))
      let low = _mm_sub_epi8(_mm_or_si128(_mm_and_si128(m0, before), _mm_andnot_si128(m0, after)), zero)
      // The empty answer's byte is not an answer.
      let wantLow = wantedLow & ~Int32(truncatingIfNeeded: b < 8 ? 1 << (2 &* b) : 0)
      var bad = (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(low, top), low)) & wantLow) ^ wantLow
      var high = low
      if wantedHigh != 0 {
        let m1 = _mm_loadu_si128((select + 16).assumingMemoryBound(to: __m128i.self))
        let before = _mm_loadu_si128(UnsafeRawPointer(first + 16).assumingMemoryBound(to: __m128i.self))
        let after = _mm_loadu_si128(UnsafeRawPointer(first + 15).assumingMemoryBound(to: __m128i.self))
        high = _mm_sub_epi8(_mm_or_si128(_mm_and_si128(m1, before), _mm_andnot_si128(m1, after)), zero)
        let wantHigh = wantedHigh & ~Int32(truncatingIfNeeded: b >= 8 ? 1 << (2 &* (b &- 8)) : 0)
        bad |= (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(high, top), high)) & wantHigh) ^ wantHigh
      }
      return bad == 0 ? Checked(low: low, high: high) : nil
    #else
      return nil
    #endif
  }

  /// Counts answers checked by ``check(_:blank:)`` into `block`: the others as scores, the empty one as missing.
  @inline(__always)
  func count(_ checked: Checked, blank b: Int, into block: UnsafeMutablePointer<UInt8>) {
    #if arch(x86_64)
      let lanes = _mm_loadu_si128(UnsafeRawPointer(blankLanes + 16 &* b).assumingMemoryBound(to: __m128i.self))
      add(checked, into: block, skipping: lanes)
      block[missingBase &+ b] &+= 1
    #endif
  }

  /// Counts checked answers into `block`.
  @inline(__always)
  func count(_ checked: Checked, _ first: UnsafePointer<UInt8>, into block: UnsafeMutablePointer<UInt8>) {
    var e = 0
    #if arch(x86_64)
      if vectors {
        add(checked, into: block, skipping: _mm_setzero_si128())
        return
      }
    #endif
    while e < elementCount {
      block[1 &+ e &* lanes &+ codes[e]] &+= 1
      e &+= 1
    }
  }

  #if arch(x86_64)
    /// Adds the codes of `checked` (but those at the places where `skipped` is 0xFF) to their counters in `block`.
    @inline(__always)
    private func add(_ checked: Checked, into block: UnsafeMutablePointer<UInt8>, skipping skipped: __m128i) {
      // Codes of places past the last element are 0xFF (never a lane number), so a last, partial chunk adds 0 to the
      // bytes after the last element's counters (all inside the block: see HotCounts).
      let counters = UnsafeMutableRawPointer(block + 1)
      let codes = _mm_or_si128(
        _mm_or_si128(_mm_packus_epi16(_mm_and_si128(checked.low, even), _mm_and_si128(checked.high, even)), pastLast),
        skipped)
      let pairs = _mm_unpacklo_epi8(codes, codes)
      add(_mm_unpacklo_epi16(pairs, pairs), at: counters)
      if chunks > 1 { add(_mm_unpackhi_epi16(pairs, pairs), at: counters + 16) }
      if chunks > 2 {
        let more = _mm_unpackhi_epi8(codes, codes)
        add(_mm_unpacklo_epi16(more, more), at: counters + 32)
        if chunks > 3 { add(_mm_unpackhi_epi16(more, more), at: counters + 48) }
      }
    }

    /// Adds 1 to the 16 counters at `at` whose lane number equals the byte of `repeated` in that lane.
    @inline(__always)
    private func add(_ repeated: __m128i, at: UnsafeMutableRawPointer) {
      let counters = at.assumingMemoryBound(to: __m128i.self)
      _mm_storeu_si128(counters, _mm_sub_epi8(_mm_loadu_si128(counters), _mm_cmpeq_epi8(repeated, laneNumbers)))
    }
  #endif
}
