#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which profile columns the run kernel looks up in the ``KeyInterner``'s direct tables of one- and two-byte keys
/// (jenis kelamin `L`/`P`, ages, one-digit codes) rather than in the ``WordCache``: the value's bytes index the table
/// (``KeyInterner/tinyKey(_:_:)``), with no hashing and no compare.
///
/// A column is given its table once ``sample`` of its values have been seen and all but 2% of them were one or two
/// bytes; the choice is made once, so the kernel's branch on it stays predictable (a column mixing `SD` and `SMA`
/// keeps the word cache). The tables belong to the interner (which fills them as it interns); this only holds them.
struct TinyKeys: ~Copyable {
  /// Values looked at before a column's choice is made.
  static let sample = 1024

  /// Per column: its table, or `nil` (undecided, or decided against).
  private let tables: UnsafeMutablePointer<UnsafeMutablePointer<UInt32>?>
  /// Per column: values seen while undecided, or −1 once decided.
  private let seen: UnsafeMutablePointer<Int>
  /// Per column: how many of them were one or two bytes.
  private let short: UnsafeMutablePointer<Int>

  init(columns: Int) {
    tables = .allocate(capacity: max(columns, 1))
    tables.initialize(repeating: nil, count: max(columns, 1))
    seen = .allocate(capacity: max(columns, 1))
    seen.initialize(repeating: 0, count: max(columns, 1))
    short = .allocate(capacity: max(columns, 1))
    short.initialize(repeating: 0, count: max(columns, 1))
  }

  deinit {
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
    static func key(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int { KeyInterner.tinyKey(p, n) }
  }

  /// Notes a value of `n` > 0 bytes in an undecided `column`, and makes the choice after ``sample`` of them: the
  /// column keeps `table` (the interner's table for its tag) when the values were short.
  mutating func observe(_ column: Int, length n: Int, table: @autoclosure () -> UnsafeMutablePointer<UInt32>?) {
    seen[column] += 1
    if n <= 2 { short[column] += 1 }
    guard seen[column] == TinyKeys.sample else { return }
    seen[column] = -1
    if short[column] * 50 >= TinyKeys.sample * 49 { tables[column] = table() }
  }
}
