/// The run kernel's counters: one small block of 8-bit counts per group, so the counts of a hundred groups (answers
/// and profile values together) fit in the fastest cache, and four answers are counted with one vector add.
///
/// ```
/// block(g) = [respondents | scores: element e, code c at 1 + lanes × e + c | missing: e at missingBase + e |
///             profile value v < profileSlots at profileBase + v]          (blockBytes, a multiple of 32)
/// ```
/// A block adds into the tallier's 16-bit ``CountMatrix`` rows (``flush(_:counts:profiles:)``) when its group's
/// respondent count is about to pass 255 — a record adds at most 1 to any counter, so no 8-bit counter overflows — and
/// every block is flushed before the 16-bit counters are (``flushAll(counts:profiles:)``), so they keep their own
/// bound.
///
/// Blocks start with room for 16 profile values and grow with the values seen (``widen(toHold:counts:profiles:)``, up
/// to ``maxBlockBytes``), so a hundred groups with 80 profile values take 128 bytes each (12.5 KiB in all).
///
/// Edge Cases: profile values with ids ≥ ``profileSlots`` once blocks are at their largest are not kept here (the
/// kernel counts them in the 16-bit matrix directly); `lanes` is 4 for scales of up to 4 points (one 16-byte vector
/// holds four elements), else the scale's length. With 4 lanes, the 16 bytes of the last group of four elements lie
/// inside the block even when the group is partial (1 + 16 ⌈E/4⌉ ≤ 4E + 13 < profileBase + 16 = 5E + 17): the run
/// kernel adds 0 to the bytes past the last element's counters.
struct HotCounts: ~Copyable {
  let elementCount: Int
  let scaleCount: Int
  let lanes: Int
  let missingBase: Int
  let profileBase: Int
  private(set) var profileSlots: Int
  private(set) var blockBytes: Int
  /// The largest block.
  static let maxBlockBytes = 1024
  private var blocks: UnsafeMutablePointer<UInt8>
  private var capacity = 16
  /// Groups that have a block (0…groups − 1).
  private(set) var groups = 0

  init(elementCount: Int, scaleCount: Int) {
    self.elementCount = elementCount
    self.scaleCount = scaleCount
    lanes = scaleCount <= 4 ? 4 : scaleCount
    missingBase = 1 + elementCount * lanes
    profileBase = missingBase + elementCount
    blockBytes = HotCounts.roundUp(profileBase + 16)
    profileSlots = blockBytes - profileBase
    blocks = .allocate(capacity: capacity * blockBytes)
    blocks.initialize(repeating: 0, count: capacity * blockBytes)
  }

  deinit { blocks.deallocate() }

  private static func roundUp(_ bytes: Int) -> Int { (bytes + 31) / 32 * 32 }

  /// The block of group `g`, made (zeroed) if new.
  @inline(__always)
  mutating func block(_ g: Int) -> UnsafeMutablePointer<UInt8> {
    if g >= groups { grow(toInclude: g) }
    return blocks + g &* blockBytes
  }

  @inline(never)
  private mutating func grow(toInclude g: Int) {
    if g >= capacity {
      var grown = capacity * 2
      while grown <= g { grown *= 2 }
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown * blockBytes)
      bigger.initialize(repeating: 0, count: grown * blockBytes)
      bigger.update(from: blocks, count: capacity * blockBytes)
      blocks.deallocate()
      blocks = bigger
      capacity = grown
    }
    groups = g + 1
  }

  /// Adds group `g`'s block into its rows of `counts` (respondents, then per element `scaleCount` counts, missing,
  /// invalid) and `profiles`, and zeroes it. Both matrices must already have row `g`.
  @inline(never)
  mutating func flush(_ g: Int, counts: inout CountMatrix, profiles: inout CountMatrix) {
    let b = blocks + g * blockBytes
    if b[0] == 0 { return }
    let row = counts.row(g)
    row[0] &+= UInt16(b[0])
    let width = scaleCount + 2
    for e in 0..<elementCount {
      for c in 0..<scaleCount { row[1 + e * width + c] &+= UInt16(b[1 + e * lanes + c]) }
      row[1 + e * width + scaleCount] &+= UInt16(b[missingBase + e])
    }
    for v in 0..<profileSlots where b[profileBase + v] != 0 {
      profiles.add(row: g, column: v, count: UInt16(b[profileBase + v]))
    }
    b.update(repeating: 0, count: blockBytes)
  }

  /// Makes room for profile value `id` (and what rounding the block up to 32 bytes leaves), after flushing every
  /// block; `false` when that would pass ``maxBlockBytes`` (blocks stay as they are). Block addresses change: call it
  /// between records.
  mutating func widen(toHold id: Int, counts: inout CountMatrix, profiles: inout CountMatrix) -> Bool {
    guard canWiden(toHold: id) else { return false }
    let bytes = HotCounts.roundUp(profileBase + id + 1)
    flushAll(counts: &counts, profiles: &profiles)
    blocks.deallocate()
    blockBytes = bytes
    profileSlots = bytes - profileBase
    blocks = .allocate(capacity: capacity * blockBytes)
    blocks.initialize(repeating: 0, count: capacity * blockBytes)
    return true
  }

  /// Whether ``widen(toHold:counts:profiles:)`` can make room for profile value `id`.
  func canWiden(toHold id: Int) -> Bool { HotCounts.roundUp(profileBase + id + 1) <= HotCounts.maxBlockBytes }

  /// Flushes every block.
  mutating func flushAll(counts: inout CountMatrix, profiles: inout CountMatrix) {
    for g in 0..<groups { flush(g, counts: &counts, profiles: &profiles) }
  }
}
