/// One CSV record seen as byte ranges over a buffer: `separators[i]` is the byte before field `i` (its delimiter, or
/// the byte before the record) and `separators[count]` the record's end, so field `i` is
/// `base[separators[i] + 1 ..< separators[i + 1]]`.
///
/// Both scanning paths hand records to ``RecordTallier`` in this shape: the parallel path directly over its read
/// buffer (the delimiters' own positions), the sequential path over a ``CSVRecord``'s unquoted fields copied with a
/// one-byte gap between them. Nothing is converted and no `String` is made unless a consumer asks for one (group keys
/// once per distinct key, messages).
///
/// Padding: at least ``padding`` bytes are readable after the end of every field, so keys can be loaded as whole
/// words without a branch on their length.
struct RecordFields {
  /// Readable bytes after any field's end.
  static let padding = 16

  let base: UnsafePointer<UInt8>
  let separators: UnsafePointer<Int>
  /// Number of fields.
  let count: Int

  @inline(__always) func start(_ i: Int) -> Int { separators[i] &+ 1 }
  @inline(__always) func end(_ i: Int) -> Int { separators[i &+ 1] }

  /// The bytes of field `i`.
  func buffer(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start(i), count: end(i) - start(i))
  }

  /// Field `i` as text (invalid UTF-8 is repaired with U+FFFD, as ``CSVRecord/string(_:)`` does).
  func string(_ i: Int) -> String { String(decoding: buffer(i), as: UTF8.self) }

  /// All fields as text.
  var strings: [String] { (0..<count).map(string) }
}
