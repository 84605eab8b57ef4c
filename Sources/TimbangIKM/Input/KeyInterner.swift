/// Interns byte strings (group keys, profile values, answer spellings) into dense ids without allocating per lookup:
/// an open-addressing hash table (linear probing, load ≤ ½) over one growing byte arena.
///
/// The table stores each key's hash, length and first 16 bytes inline, so a hit on a short key (most group keys and
/// profile values) is decided without touching the arena. Ids are dense, `0..<count`, in first-seen order.
///
/// - Complexity: amortised O(length of the key) per ``intern(_:_:)``.
///
/// Edge Cases:
/// - The empty key is a key like any other.
/// - Keys longer than 16 bytes are compared in full against the arena.
///
/// Postconditions: `bytes(of: intern(p, n))` equals the `n` bytes at `p`; equal byte strings get equal ids.
///
/// Not thread-safe: every scanning worker owns its own interners.
final class KeyInterner {
  private struct Slot {
    var hash: UInt64 = 0
    var head: UInt64 = 0
    var tail: UInt64 = 0
    var length: Int32 = 0
    /// Entry id + 1; 0 marks an empty slot.
    var idPlusOne: Int32 = 0
  }

  private var slots: UnsafeMutablePointer<Slot>
  private var mask: Int
  private var arena: UnsafeMutablePointer<UInt8>
  private var arenaCapacity: Int
  private var arenaCount = 0
  /// Per id: start offset in the arena (`offsets[id]`) and length (`offsets[id + 1] - offsets[id]`).
  private var offsets: [Int] = [0]

  /// The number of distinct keys interned.
  private(set) var count = 0

  init(capacity: Int = 64) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = .allocate(capacity: size)
    slots.initialize(repeating: Slot(), count: size)
    mask = size - 1
    arenaCapacity = 1 << 12
    arena = .allocate(capacity: arenaCapacity)
  }

  deinit {
    slots.deinitialize(count: mask + 1)
    slots.deallocate()
    arena.deallocate()
  }

  /// The first 16 bytes of a key as two little-endian words (zero-padded), read without running past its end.
  @inline(__always)
  private static func words(_ p: UnsafePointer<UInt8>, _ n: Int) -> (UInt64, UInt64) {
    if n >= 16 {
      let raw = UnsafeRawPointer(p)
      return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
    }
    var a: UInt64 = 0
    var b: UInt64 = 0
    var i = 0
    if n >= 8 {
      a = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
      i = 8
      while i < n {
        b |= UInt64(p[i]) << (UInt64(i - 8) << 3)
        i += 1
      }
    } else {
      while i < n {
        a |= UInt64(p[i]) << (UInt64(i) << 3)
        i += 1
      }
    }
    return (a, b)
  }

  @inline(__always)
  private static func mix(_ x: UInt64) -> UInt64 {
    var z = x &* 0x9E37_79B9_7F4A_7C15
    z ^= z >> 32
    z = z &* 0xD6E8_FEB8_6659_FD93
    return z ^ (z >> 29)
  }

  @inline(__always)
  private static func hash(_ p: UnsafePointer<UInt8>, _ n: Int, _ head: UInt64, _ tail: UInt64) -> UInt64 {
    var h = mix(head ^ (UInt64(truncatingIfNeeded: n) &* 0xA076_1D64_78BD_642F)) ^ mix(tail &+ 0xE703_7ED1_A0B4_28DB)
    if n > 16 {
      let raw = UnsafeRawPointer(p)
      var i = 16
      while i + 8 <= n {
        h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        i += 8
      }
      var last: UInt64 = 0
      var shift: UInt64 = 0
      while i < n {
        last |= UInt64(p[i]) << shift
        shift += 8
        i += 1
      }
      h = mix(h ^ last ^ 0x8EBC_6AF0_9C88_C6E3)
    }
    return h
  }

  /// The id of the `count` bytes at `p`, adding them if new.
  @inline(__always)
  func intern(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
    let (head, tail) = KeyInterner.words(p, n)
    let h = KeyInterner.hash(p, n, head, tail)
    var i = Int(truncatingIfNeeded: h) & mask
    while true {
      let slot = slots[i]
      if slot.idPlusOne == 0 { return insert(p, n, h, head, tail, at: i) }
      if slot.hash == h && Int(slot.length) == n && slot.head == head && slot.tail == tail {
        let id = Int(slot.idPlusOne) - 1
        if n <= 16 || memoryEqual(arena + offsets[id] + 16, p + 16, n - 16) { return id }
      }
      i = (i + 1) & mask
    }
  }

  /// The id of `bytes`, adding them if new.
  func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = bytes.baseAddress else {
      var zero: UInt8 = 0
      return withUnsafePointer(to: &zero) { intern($0, 0) }
    }
    return intern(base, bytes.count)
  }

  /// The id of `bytes` if interned, without adding.
  func find(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      var zero: UInt8 = 0
      return withUnsafePointer(to: &zero) { empty in
        let p = buffer.baseAddress ?? empty
        let n = buffer.count
        let (head, tail) = KeyInterner.words(p, n)
        let h = KeyInterner.hash(p, n, head, tail)
        var i = Int(truncatingIfNeeded: h) & mask
        while slots[i].idPlusOne != 0 {
          let slot = slots[i]
          if slot.hash == h && Int(slot.length) == n && slot.head == head && slot.tail == tail {
            let id = Int(slot.idPlusOne) - 1
            if n <= 16 || memoryEqual(arena + offsets[id] + 16, p + 16, n - 16) { return id }
          }
          i = (i + 1) & mask
        }
        return nil
      }
    }
  }

  /// The bytes of key `id`.
  func bytes(of id: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: arena + offsets[id], count: offsets[id + 1] - offsets[id]))
  }

  @inline(never)
  private func insert(
    _ p: UnsafePointer<UInt8>, _ n: Int, _ h: UInt64, _ head: UInt64, _ tail: UInt64, at index: Int
  ) -> Int {
    if arenaCount + n > arenaCapacity {
      var capacity = arenaCapacity * 2
      while arenaCount + n > capacity { capacity *= 2 }
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
      grown.update(from: arena, count: arenaCount)
      arena.deallocate()
      arena = grown
      arenaCapacity = capacity
    }
    (arena + arenaCount).update(from: p, count: n)
    arenaCount += n
    offsets.append(arenaCount)
    let id = count
    count += 1
    slots[index] = Slot(hash: h, head: head, tail: tail, length: Int32(truncatingIfNeeded: n), idPlusOne: Int32(id + 1))
    if count * 2 > mask + 1 { grow() }
    return id
  }

  private func grow() {
    let oldSize = mask + 1
    let old = slots
    let size = oldSize * 2
    slots = .allocate(capacity: size)
    slots.initialize(repeating: Slot(), count: size)
    mask = size - 1
    for i in 0..<oldSize where old[i].idPlusOne != 0 {
      var j = Int(truncatingIfNeeded: old[i].hash) & mask
      while slots[j].idPlusOne != 0 { j = (j + 1) & mask }
      slots[j] = old[i]
    }
    old.deinitialize(count: oldSize)
    old.deallocate()
  }
}

/// Whether `n` bytes at `a` and `b` are equal.
@inline(__always)
func memoryEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
  var i = 0
  while i + 8 <= n {
    if UnsafeRawPointer(a + i).loadUnaligned(as: UInt64.self) != UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self) {
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
