#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Direct tables for the profile columns whose values are one or two bytes (jenis kelamin `L`/`P`, ages, one-digit
/// codes), used by the run kernel in front of the ``WordCache``: the value's bytes index a table of interned ids, with
/// no hashing and no compare.
///
/// ```
/// key(2 bytes b0 b1) = b0 << 8 | b1            (0…65,535: values that share a first byte share cache lines —
///                                              ages 40…49 are 10 neighbouring entries)
/// key(1 byte b0)     = 65,536 + b0
/// id                 = table[column][key] − 1  (0: not seen yet; the caller interns and stores id + 1)
/// ```
/// A column gets a table once ``sample`` of its values have been seen and all but 2% of them were one or two bytes;
/// the choice is made once, so the kernel's branch on it stays predictable (a column mixing `SD` and `SMA` keeps the
/// word cache). Tables come from `calloc`: only the pages holding keys in use become resident.
struct TinyKeys: ~Copyable {
  static let slots = 65_792
  /// Values looked at before a column's choice is made.
  static let sample = 1024

  let columns: Int
  /// Per column: its table, or `nil` (undecided, or decided against).
  private let tables: UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>
  /// Per column: values seen while undecided, or −1 once decided.
  private let seen: UnsafeMutablePointer<Int>
  /// Per column: how many of them were one or two bytes.
  private let short: UnsafeMutablePointer<Int>

  init(columns: Int) {
    self.columns = columns
    tables = .allocate(capacity: max(columns, 1))
    tables.initialize(repeating: nil, count: max(columns, 1))
    seen = .allocate(capacity: max(columns, 1))
    seen.initialize(repeating: 0, count: max(columns, 1))
    short = .allocate(capacity: max(columns, 1))
    short.initialize(repeating: 0, count: max(columns, 1))
  }

  deinit {
    for c in 0..<columns { free(tables[c]) }
    tables.deallocate()
    seen.deallocate()
    short.deallocate()
  }

  /// The tables, to keep in a register on the scanning path.
  var view: View { View(tables: tables, seen: seen) }

  struct View {
    fileprivate let tables: UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>
    fileprivate let seen: UnsafeMutablePointer<Int>

    /// The table of `column`, if it has one.
    @inline(__always)
    func table(_ column: Int) -> UnsafeMutablePointer<UInt32>? { tables[column] }

    /// Whether `column` is still being sampled.
    @inline(__always)
    func undecided(_ column: Int) -> Bool { seen[column] >= 0 }

    /// The table key of the `n` (1 or 2) bytes at `p` (2 bytes must be readable).
    @inline(__always)
    static func key(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int {
      let pair = Int(UInt16(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)))
      return n == 2 ? pair : 0x1_0000 | pair &>> 8
    }
  }

  /// Notes a value of `n` > 0 bytes in an undecided `column`, and makes the choice after ``sample`` of them.
  mutating func observe(_ column: Int, length n: Int) {
    seen[column] += 1
    if n <= 2 { short[column] += 1 }
    guard seen[column] == TinyKeys.sample else { return }
    seen[column] = -1
    if short[column] * 50 >= TinyKeys.sample * 49 {
      tables[column] = calloc(TinyKeys.slots, MemoryLayout<UInt32>.stride)?.assumingMemoryBound(to: UInt32.self)
    }
  }
}
