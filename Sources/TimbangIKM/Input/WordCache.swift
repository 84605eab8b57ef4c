/// A direct-mapped cache in front of ``KeyInterner`` for short keys (up to 15 bytes: most group keys, kind 0), used by
/// the run kernel (``RecordTallier/tallyRun(_:from:end:lines:masks:ending:)``): a key and its kind are packed into two
/// words, so a hit costs one multiply, one entry load and one compare, with no branch on the key's length.
///
/// ```
/// head  = bytes 0…7 of the key (little-endian, zero beyond its length)
/// tail  = bytes 8…14, zero beyond its length | (0x80 | kind << 4 | length) << 56
/// index = ((head ⊕ tail) × 0x9E3779B97F4A7C15) >> (64 − 12)
/// hit   ⇔ entries[index] holds (head, tail)
/// ```
/// The packing is injective for keys of 0…15 bytes and kinds 0…7 (the marker bit keeps every tail non-zero, so an
/// empty entry never matches), so a hit returns exactly the id the interner gave that (bytes, kind). On a miss the
/// caller asks the interner and ``View/store(_:_:id:at:)``s the answer, replacing whatever was at that index.
///
/// - Complexity: O(1) per lookup; 96 KiB, of which only the entries of keys in use are touched.
struct WordCache: ~Copyable {
  fileprivate struct Entry {
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var id: Int = 0
  }

  static let indexBits = 12
  /// The longest key the cache holds.
  static let maxLength = 15
  /// Kinds are 0…7.
  static let kinds = 8

  private let entries: UnsafeMutablePointer<Entry>
  /// `masks[2n]` and `masks[2n + 1]` keep the first `n` ≤ 15 bytes of a key's two words.
  private let masks: UnsafeMutablePointer<UInt64>

  init() {
    entries = .allocate(capacity: 1 << WordCache.indexBits)
    entries.initialize(repeating: Entry(), count: 1 << WordCache.indexBits)
    masks = .allocate(capacity: 2 * (WordCache.maxLength + 1))
    for n in 0...WordCache.maxLength {
      masks[2 * n] = n >= 8 ? ~0 : (UInt64(1) << UInt64(8 * n)) - 1
      masks[2 * n + 1] = n >= 8 ? (UInt64(1) << UInt64(8 * (n - 8))) - 1 : 0
    }
  }

  deinit {
    entries.deallocate()
    masks.deallocate()
  }

  /// The cache's tables, to keep in registers on the scanning path (valid while the cache lives).
  var view: View { View(entries: entries, masks: masks) }

  /// Lookups and stores through the cache's tables: a plain value, so a loop can hold it in locals.
  struct View {
    fileprivate let entries: UnsafeMutablePointer<Entry>
    fileprivate let masks: UnsafeMutablePointer<UInt64>

    /// The words of the `n` ≤ 15 bytes at `p` (16 bytes must be readable) of `kind` < 8.
    @inline(__always)
    func words(_ p: UnsafePointer<UInt8>, _ n: Int, kind: Int) -> (head: UInt64, tail: UInt64) {
      let raw = UnsafeRawPointer(p)
      let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & masks[2 &* n]
      let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & masks[2 &* n &+ 1]
      return (head, tail | UInt64(truncatingIfNeeded: 0x80 | kind &<< 4 | n) &<< 56)
    }

    /// Where a key's words live.
    @inline(__always)
    func index(_ head: UInt64, _ tail: UInt64) -> Int {
      Int(truncatingIfNeeded: ((head ^ tail) &* 0x9E37_79B9_7F4A_7C15) &>> UInt64(64 - WordCache.indexBits))
    }

    /// Whether the entry at `index` holds these words, and its id (meaningful only on a hit).
    @inline(__always)
    func lookup(_ head: UInt64, _ tail: UInt64, at index: Int) -> (hit: Bool, id: Int) {
      let entry = entries[index]
      return ((entry.head ^ head) | (entry.tail ^ tail) == 0, entry.id)
    }

    /// Remembers `id` for the words at `index`, replacing what was there.
    func store(_ head: UInt64, _ tail: UInt64, id: Int, at index: Int) {
      entries[index] = Entry(head: head, tail: tail, id: id)
    }
  }
}
