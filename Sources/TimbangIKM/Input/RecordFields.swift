/// One CSV record seen as byte ranges over a buffer: field `i` is `base[bounds[2i] ..< bounds[2i + 1]]`.
///
/// Both scanning paths hand records to ``RecordTallier`` in this shape: the sequential path over a ``CSVRecord``'s
/// unquoted storage, the parallel path directly over its read buffer (fields between delimiters). Nothing is copied
/// and no `String` is made unless a consumer asks for one (group keys once per distinct key, messages).
struct RecordFields {
  let base: UnsafePointer<UInt8>
  let bounds: UnsafePointer<Int>
  /// Number of fields.
  let count: Int

  @inline(__always) func start(_ i: Int) -> Int { bounds[2 &* i] }
  @inline(__always) func end(_ i: Int) -> Int { bounds[2 &* i &+ 1] }

  /// The bytes of field `i`.
  func buffer(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: base + start(i), count: end(i) - start(i))
  }

  /// Field `i` as text (invalid UTF-8 is repaired with U+FFFD, as ``CSVRecord/string(_:)`` does).
  func string(_ i: Int) -> String { String(decoding: buffer(i), as: UTF8.self) }

  /// All fields as text.
  var strings: [String] { (0..<count).map(string) }
}
