#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Interns byte strings (group keys, profile values, answer spellings) into dense ids without allocating per lookup:
/// an open-addressing hash table (linear probing, load ≤ ½) over one growing byte arena.
///
/// Each key carries a small `tag` (which column or element it came from), so one table serves several columns
/// without copying bytes to prefix them. Slots keep the key's hash, tag, length and first 16 bytes inline, so a hit on
/// a short key (most group keys and profile values) is decided without touching the arena. Ids are dense,
/// `0..<count`, in first-seen order.
///
/// A non-copyable value that owns its memory: no reference counting or exclusivity checks on the scanning path.
///
/// - Complexity: amortised O(length of the key) per ``intern(_:_:tag:)``.
///
/// Edge Cases:
/// - The empty key is a key like any other.
/// - Keys longer than 16 bytes are compared in full against the arena.
///
/// Postconditions: `bytes(of: intern(p, n, tag: t))` equals the `n` bytes at `p` and `tag(of:)` equals `t`; equal
/// (bytes, tag) pairs get equal ids.
struct KeyInterner: ~Copyable {
  /// 32 bytes: two slots per cache line.
  private struct Slot {
    var head: UInt64 = 0
    var tail: UInt64 = 0
    /// Length in the low 32 bits, tag in the high 32.
    var meta: UInt64 = 0
    /// Entry id + 1; 0 marks an empty slot.
    var idPlusOne: Int = 0
  }

  /// A direct-mapped cache in front of the table for keys of up to 15 bytes (most group keys and profile values):
  /// one multiply and two compares on a hit.
  private struct CacheEntry {
    /// The key's first 8 bytes, zero-padded.
    var head: UInt64 = 0
    /// Bytes 8…14, zero-padded, with the length (and a marker bit) in the top byte.
    var tail: UInt64 = 0
    var tag: UInt32 = 0
    /// Entry id + 1; 0 marks an empty entry.
    var idPlusOne: UInt32 = 0
  }
  private static let cacheBits = 9
  private let cache: UnsafeMutablePointer<CacheEntry>
  /// For a key of `k` ≤ 16 bytes: `masks[2k]` keeps its bytes in the first word, `masks[2k + 1]` in the second.
  private let masks: UnsafeMutablePointer<UInt64>

  private var slots: UnsafeMutablePointer<Slot>
  private var mask: Int
  private var arena: UnsafeMutablePointer<UInt8>
  private var arenaCapacity: Int
  private var arenaCount = 0
  /// Per id: start offset in the arena (`offsets[id]`; length `offsets[id + 1] - offsets[id]`) and tag.
  private var offsets: UnsafeMutablePointer<Int>
  private var tags: UnsafeMutablePointer<UInt32>
  private var idCapacity: Int

  /// The number of distinct keys interned.
  private(set) var count = 0

  /// Ids of keys of at most 2 bytes, by tag (< ``tinyTags``) and key: a direct table of 65,793 slots (id + 1, 0 when
  /// unseen) allocated with `calloc` when a tag first needs it, so only the pages holding seen keys become resident.
  private let tiny: UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>?
  static let tinyTags = 32
  static let tinySlots = 65_793

  /// - Parameter directShortKeys: keep a direct table for keys of at most 2 bytes (codes such as `L`/`P`, ages).
  init(capacity: Int = 64, directShortKeys: Bool = false) {
    if directShortKeys {
      let tables = UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>.allocate(capacity: KeyInterner.tinyTags)
      tables.initialize(repeating: nil, count: KeyInterner.tinyTags)
      tiny = tables
    } else {
      tiny = nil
    }
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = .allocate(capacity: size)
    slots.initialize(repeating: Slot(), count: size)
    mask = size - 1
    arenaCapacity = 1 << 12
    // Padding after the arena: keys are re-hashed from it with whole-word loads when the table grows.
    arena = .allocate(capacity: arenaCapacity + 16)
    arena.initialize(repeating: 0, count: arenaCapacity + 16)
    idCapacity = size
    offsets = .allocate(capacity: idCapacity + 1)
    offsets[0] = 0
    tags = .allocate(capacity: idCapacity)
    masks = .allocate(capacity: 34)
    for k in 0...16 {
      let headBytes = min(k, 8)
      let tailBytes = max(k - 8, 0)
      masks[2 * k] = headBytes == 8 ? ~0 : (1 << UInt64(8 * headBytes)) - 1
      masks[2 * k + 1] = tailBytes == 8 ? ~0 : (1 << UInt64(8 * tailBytes)) - 1
    }
    cache = .allocate(capacity: 1 << KeyInterner.cacheBits)
    cache.initialize(repeating: CacheEntry(), count: 1 << KeyInterner.cacheBits)
  }

  deinit {
    slots.deallocate()
    arena.deallocate()
    offsets.deallocate()
    tags.deallocate()
    cache.deallocate()
    masks.deallocate()
    if let tiny {
      for t in 0..<KeyInterner.tinyTags { free(tiny[t]) }
      tiny.deallocate()
    }
  }

  /// The first 16 bytes of a key as two little-endian words, zero beyond its end. The key must be *padded*: 16 bytes
  /// readable from `p` whatever `n` (the scanners' buffers guarantee it), so no branch depends on the length.
  @inline(__always)
  private func words(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UInt64, UInt64) {
    let raw = UnsafeRawPointer(p)
    let head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
    let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    let k = min(n, 16) &* 2
    return (head & masks[k], tail & masks[k &+ 1])
  }

  /// Up to 7 bytes as a little-endian word (the tail of a long key; not on the short-key path).
  private static func partial(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var w: UInt64 = 0
    for i in 0..<n { w |= UInt64(p[i]) << UInt64(8 * i) }
    return w
  }

  @inline(__always)
  private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, _ head: UInt64, _ tail: UInt64, _ tag: UInt32)
    -> UInt64
  {
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h = (head ^ UInt64(truncatingIfNeeded: n) << 56 ^ UInt64(tag) << 40) &* k
    h = (h ^ (h >> 29) ^ tail) &* 0xBF58_476D_1CE4_E5B9
    if n > 16 {
      let raw = UnsafeRawPointer(p)
      var i = 16
      while i + 8 <= n {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
        h ^= h >> 31
        i += 8
      }
      h = (h ^ partial(p + i, n - i)) &* k
    }
    return h ^ (h >> 32)
  }

  /// The id of the `n` bytes at `p` with `tag`, adding them if new. At least `n + 16` bytes must be readable at `p`.
  @inline(__always)
  mutating func intern(_ p: UnsafePointer<UInt8>, _ n: Int, tag: UInt32 = 0) -> Int {
    if n <= 2, let tiny, tag < KeyInterner.tinyTags {
      let key = KeyInterner.tinyKey(p, n)
      if let table = tiny[Int(tag)] {
        let known = table[key]
        if known != 0 { return Int(known) &- 1 }
      }
      return internTiny(p, n, tag: tag, key: key)
    }
    guard n <= 15 else { return lookup(p, n, tag: tag) }
    let (head, rest) = words(p, n)
    // The length with a marker bit: never 0, so an empty entry never matches.
    let tail = rest | (UInt64(truncatingIfNeeded: n) | 0x80) &<< 56
    let mixed = (head ^ UInt64(tag) &<< 44) &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F
    let index = Int(truncatingIfNeeded: mixed &>> UInt64(64 - KeyInterner.cacheBits))
    let entry = cache[index]
    if (entry.head ^ head) | (entry.tail ^ tail) | UInt64(entry.tag ^ tag) == 0 { return Int(entry.idPlusOne) &- 1 }
    return cacheMiss(p, n, tag: tag, head: head, tail: tail, index: index)
  }

  /// The direct-table slot of a key of `n` ≤ 2 bytes at `p` (2 bytes must be readable): 2 bytes `b0 b1` → `b0 << 8 | b1`
  /// (0…65,535: keys sharing a first byte share cache lines — ages 40…49 are 10 neighbouring slots); 1 byte → 65,536 +
  /// `b0`; empty → 65,792.
  @inline(__always)
  static func tinyKey(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let pair = Int(UInt16(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)))
    return n == 2 ? pair : n == 1 ? 0x1_0000 | pair &>> 8 : 0x1_0100
  }

  /// The cache is two-way: the entry beside the first choice (`index ^ 1`) is tried next; a new key takes the first
  /// choice and moves what was there to the second, so two keys competing for one place both stay cached.
  @inline(never)
  private mutating func cacheMiss(
    _ p: UnsafePointer<UInt8>, _ n: Int, tag: UInt32, head: UInt64, tail: UInt64, index: Int
  ) -> Int {
    let other = cache[index ^ 1]
    if (other.head ^ head) | (other.tail ^ tail) | UInt64(other.tag ^ tag) == 0 { return Int(other.idPlusOne) &- 1 }
    let id = lookup(p, n, tag: tag)
    if id < Int(UInt32.max) {
      cache[index ^ 1] = cache[index]
      cache[index] = CacheEntry(head: head, tail: tail, tag: tag, idPlusOne: UInt32(id + 1))
    }
    return id
  }

  /// A short key not yet in its direct table.
  @inline(never)
  private mutating func internTiny(_ p: UnsafePointer<UInt8>, _ n: Int, tag: UInt32, key: Int) -> Int {
    let id = lookup(p, n, tag: tag)
    guard let tiny, id < Int(UInt32.max) else { return id }
    if tiny[Int(tag)] == nil {
      tiny[Int(tag)] = calloc(KeyInterner.tinySlots, MemoryLayout<UInt32>.stride)?.assumingMemoryBound(to: UInt32.self)
    }
    tiny[Int(tag)]?[key] = UInt32(id + 1)
    return id
  }

  /// The table lookup behind the cache.
  @inline(never)
  private mutating func lookup(_ p: UnsafePointer<UInt8>, _ n: Int, tag: UInt32) -> Int {
    let (head, tail) = words(p, n)
    let h = KeyInterner.hash(p, n, head, tail, tag)
    let meta = UInt64(truncatingIfNeeded: n) | UInt64(tag) << 32
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let slot = slots[i]
      if slot.idPlusOne == 0 { return insert(p, n, tag, meta, head, tail, at: i) }
      if slot.head == head && slot.tail == tail && slot.meta == meta {
        let id = slot.idPlusOne &- 1
        if n <= 16 || memoryEqual(arena + offsets[id] + 16, p + 16, n - 16) { return id }
      }
      i = (i &+ 1) & mask
    }
  }

  /// The id of `bytes` with `tag`, adding them if new (any buffer: copied with padding first).
  mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, tag: UInt32 = 0) -> Int {
    let padded = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 16)
    defer { padded.deallocate() }
    padded.initialize(repeating: 0, count: bytes.count + 16)
    if let base = bytes.baseAddress { padded.update(from: base, count: bytes.count) }
    return intern(padded, bytes.count, tag: tag)
  }

  /// The id of `bytes` with `tag` if interned, without adding.
  func find(_ bytes: [UInt8], tag: UInt32 = 0) -> Int? {
    let padded = bytes + Array(repeating: 0, count: 16)
    return padded.withUnsafeBufferPointer { buffer -> Int? in
      guard let p = buffer.baseAddress else { return nil }
      let n = bytes.count
      let (head, tail) = words(p, n)
      let h = KeyInterner.hash(p, n, head, tail, tag)
      let meta = UInt64(truncatingIfNeeded: n) | UInt64(tag) << 32
      var i = Int(truncatingIfNeeded: h) & mask
      while slots[i].idPlusOne != 0 {
        let slot = slots[i]
        if slot.head == head && slot.tail == tail && slot.meta == meta {
          let id = slot.idPlusOne - 1
          if n <= 16 || memoryEqual(arena + offsets[id] + 16, p + 16, n - 16) { return id }
        }
        i = (i + 1) & mask
      }
      return nil
    }
  }

  /// The bytes of key `id`.
  func bytes(of id: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: arena + offsets[id], count: offsets[id + 1] - offsets[id]))
  }

  /// The tag key `id` was interned with.
  func tag(of id: Int) -> UInt32 { tags[id] }

  @inline(never)
  private mutating func insert(
    _ p: UnsafePointer<UInt8>, _ n: Int, _ tag: UInt32, _ meta: UInt64, _ head: UInt64, _ tail: UInt64,
    at index: Int
  ) -> Int {
    if arenaCount + n > arenaCapacity {
      var capacity = arenaCapacity * 2
      while arenaCount + n > capacity { capacity *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity + 16)
      grown.initialize(repeating: 0, count: capacity + 16)
      grown.update(from: arena, count: arenaCount)
      arena.deallocate()
      arena = grown
      arenaCapacity = capacity
    }
    if count == idCapacity {
      let capacity = idCapacity * 2
      let grownOffsets = UnsafeMutablePointer<Int>.allocate(capacity: capacity + 1)
      grownOffsets.update(from: offsets, count: count + 1)
      offsets.deallocate()
      offsets = grownOffsets
      let grownTags = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
      grownTags.update(from: tags, count: count)
      tags.deallocate()
      tags = grownTags
      idCapacity = capacity
    }
    (arena + arenaCount).update(from: p, count: n)
    arenaCount += n
    let id = count
    offsets[id + 1] = arenaCount
    tags[id] = tag
    count += 1
    slots[index] = Slot(head: head, tail: tail, meta: meta, idPlusOne: id + 1)
    if count * 2 > mask + 1 { grow() }
    return id
  }

  private mutating func grow() {
    let oldSize = mask + 1
    let old = slots
    let size = oldSize * 2
    slots = .allocate(capacity: size)
    slots.initialize(repeating: Slot(), count: size)
    mask = size - 1
    for i in 0..<oldSize where old[i].idPlusOne != 0 {
      let id = old[i].idPlusOne - 1
      let start = arena + offsets[id]
      let n = offsets[id + 1] - offsets[id]
      let h = KeyInterner.hash(start, n, old[i].head, old[i].tail, tags[id])
      var j = Int(truncatingIfNeeded: h) & mask
      while slots[j].idPlusOne != 0 { j = (j + 1) & mask }
      slots[j] = old[i]
    }
    old.deallocate()
  }
}

/// Whether `n` bytes at `a` and `b` are equal.
@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i + 8 <= n {
    if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
    {
      return false
    }
    i += 8
  }
  while i < n {
    if a[i] != b[i] { return false }
    i += 1
  }
  return true
}
