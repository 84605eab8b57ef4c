/// The run kernel's map from the bytes spanning a record's profile columns (`P,43,SMA,Swasta`) to where their values
/// are counted in a group's block: one lookup per record instead of one per profile column.
///
/// ```
/// key     = the span's n ≤ 23 bytes as three little-endian words, zero beyond n, with byte 23 = 0x80 | n
/// index   = ((w0 ⊕ w2) + rotl(w1, 31)) × 0x9E3779B97F4A7C15 >> (64 − 14), then the next slots (linear probing)
/// entry   = key, and per profile column c < 6 the block offset of its value (HotCounts.profileBase + id) at bit 10c
/// ```
/// The span holds the columns' bytes and the delimiters between them, so it determines every profile value (the run
/// kernel takes no quoted fields), and the key is injective (the marker byte gives the length and is never 0, so an
/// empty slot never matches): a hit gives exactly the offsets the per-column lookups would. No offset is 0 (the
/// respondent count comes first in a block), so the offsets end where the bits do, and 0 can mean "not held".
///
/// Entries are only added, never replaced, and only for spans whose every value is non-empty and has a slot in the
/// blocks (which only grow, so an offset stays valid); at ``maxEntries`` the map stops taking new spans (the rest are
/// looked up column by column), so its memory is fixed: 512 KiB, of which only the slots of spans in use are touched.
/// Entries are 32 bytes: with 64, the table no longer stays in the second-level cache beside the streaming read
/// buffer, and the kernel waits on memory.
///
/// Example: 10M synthetic respondents have 5,292 distinct spans of gender, age, education and occupation, the most
/// frequent `P,48,SMA,Swasta` (16,089 times); the top 3,000 cover 93% of the records.
struct ProfileSpans: ~Copyable {
  fileprivate struct Entry {
    var w0: UInt64 = 0
    var w1: UInt64 = 0
    var w2: UInt64 = 0
    var offsets: UInt64 = 0
  }

  static let indexBits = 14
  /// The longest span the map holds.
  static let maxLength = 23
  /// The bits of one offset (``HotCounts/maxBlockBytes`` is at most 2^10), and the most profile columns an entry holds.
  static let offsetBits = 10
  static let offsetMask: UInt64 = (1 << offsetBits) - 1
  static let maxColumns = 64 / offsetBits
  /// Spans held before the map stops taking new ones (half the slots, so probes stay short).
  static let maxEntries = 1 << (indexBits - 1)

  private let entries: UnsafeMutablePointer<Entry>
  /// `masks[3n…3n + 2]`: the words of a span of `n` bytes keep its bytes.
  private let masks: UnsafeMutablePointer<UInt64>
  /// Spans held.
  private(set) var count = 0

  init() {
    let slots = 1 << ProfileSpans.indexBits
    let raw = UnsafeMutableRawPointer.allocate(byteCount: slots * MemoryLayout<Entry>.stride, alignment: 64)
    entries = raw.bindMemory(to: Entry.self, capacity: slots)
    entries.initialize(repeating: Entry(), count: slots)
    masks = .allocate(capacity: 3 * (ProfileSpans.maxLength + 1))
    for n in 0...ProfileSpans.maxLength {
      for w in 0..<3 {
        let bytes = min(max(n - 8 * w, 0), 8)
        masks[3 * n + w] = bytes == 8 ? ~0 : (UInt64(1) << UInt64(8 * bytes)) - 1
      }
    }
  }

  deinit {
    entries.deinitialize(count: 1 << ProfileSpans.indexBits)
    UnsafeMutableRawPointer(entries).deallocate()
    masks.deallocate()
  }

  /// The map's tables, to keep in registers on the scanning path (valid while the map lives).
  var view: View { View(entries: entries, masks: masks) }

  /// A span's key.
  struct Key {
    var w0, w1, w2: UInt64
  }

  /// Lookups through the map's tables: a plain value, so a loop can hold it in locals.
  struct View {
    fileprivate let entries: UnsafeMutablePointer<Entry>
    fileprivate let masks: UnsafeMutablePointer<UInt64>

    /// The key of the `n` ≤ 23 bytes at `p` (24 bytes must be readable).
    @inline(__always)
    func key(_ p: UnsafePointer<UInt8>, _ n: Int) -> Key {
      let raw = UnsafeRawPointer(p)
      let m = masks + 3 &* n
      return Key(
        w0: UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & m[0],
        w1: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & m[1],
        w2: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)) & m[2]
          | UInt64(truncatingIfNeeded: 0x80 | n) &<< 56)
    }

    /// The first slot to look in for `key`.
    @inline(__always)
    func index(_ key: Key) -> Int {
      let mixed = ((key.w0 ^ key.w2) &+ (key.w1 &<< 31 | key.w1 &>> 33)) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: mixed &>> UInt64(64 - ProfileSpans.indexBits))
    }

    /// The offsets held for `key` if the slot at `index` holds it (the common case: one compare).
    @inline(__always)
    func lookup(_ key: Key, at index: Int) -> UInt64? {
      let e = entries + index
      let differ = (e.pointee.w0 ^ key.w0) | (e.pointee.w1 ^ key.w1) | (e.pointee.w2 ^ key.w2)
      return differ == 0 ? e.pointee.offsets : nil
    }
  }

  /// Where `key` is held (`found`) or would be placed (the empty slot that ends its probe sequence from `index`).
  private func probe(_ key: Key, from index: Int) -> (slot: Int, found: Bool) {
    let mask = (1 << ProfileSpans.indexBits) - 1
    var i = index
    while true {
      let e = entries[i]
      if e.w0 == key.w0 && e.w1 == key.w1 && e.w2 == key.w2 { return (i, true) }
      if e.w2 == 0 { return (i, false) }
      i = (i + 1) & mask
    }
  }

  /// The offsets held for `key` when it is not in its first slot (`index`), or `nil`.
  @inline(never)
  func find(_ key: Key, from index: Int) -> UInt64? {
    let (slot, found) = probe(key, from: index)
    return found ? entries[slot].offsets : nil
  }

  /// Holds `offsets` for `key` (if not held yet), unless the map is full.
  @inline(never)
  mutating func insert(_ key: Key, from index: Int, offsets: UInt64) {
    guard count < ProfileSpans.maxEntries else { return }
    let (slot, found) = probe(key, from: index)
    guard !found else { return }
    entries[slot] = Entry(w0: key.w0, w1: key.w1, w2: key.w2, offsets: offsets)
    count += 1
  }
}
