/// One CSV record: its fields' unquoted bytes laid end to end, and the physical line it starts on.
///
/// A reader reuses one record for every row, so fields are byte ranges, never `String`s, until a consumer asks.
public struct CSVRecord: Sendable {
  /// 1-based physical line where the record starts.
  public internal(set) var line: Int = 0
  /// Field contents, unquoted, end to end.
  public internal(set) var storage: [UInt8] = []
  /// `ends[i]` is the end offset of field `i` in `storage`.
  public internal(set) var ends: [Int] = []

  public init() {}

  /// Builds a record from strings (tests, in-memory data).
  public init(fields: [String], line: Int = 1) {
    self.line = line
    for field in fields {
      storage.append(contentsOf: field.utf8)
      ends.append(storage.count)
    }
  }

  public var count: Int { ends.count }

  /// The bytes of field `i`.
  @inlinable public func bytes(_ i: Int) -> ArraySlice<UInt8> {
    storage[(i == 0 ? 0 : ends[i - 1])..<ends[i]]
  }

  /// Field `i` as text (invalid UTF-8 is repaired with U+FFFD).
  public func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

  /// All fields as text.
  public var strings: [String] { (0..<count).map(string) }

  /// Whether every field is empty or white space.
  public var isBlank: Bool {
    storage.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  mutating func reset(line: Int) {
    self.line = line
    storage.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
  }
}
