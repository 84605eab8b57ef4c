/// A tiny, independent ZIP reader for the tests: finds the end record, walks the central directory, checks that
/// each local header agrees with it, and returns the stored entries.
struct ZIPReader {
  struct Entry: Equatable {
    var name: String
    var bytes: [UInt8]
    var crc: UInt32
    var method: UInt16
    var flags: UInt16
    var dosTime: UInt16
    var dosDate: UInt16
  }

  enum Failure: Error, Equatable {
    case noEndRecord
    case bad(String)
  }

  let bytes: [UInt8]

  func u16(_ at: Int) throws -> UInt16 {
    guard at + 2 <= bytes.count else { throw Failure.bad("read past end at \(at)") }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  func u32(_ at: Int) throws -> UInt32 {
    guard at + 4 <= bytes.count else { throw Failure.bad("read past end at \(at)") }
    return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
  }

  /// The entries in central-directory order.
  func entries() throws -> [Entry] {
    guard bytes.count >= 22 else { throw Failure.noEndRecord }
    var end = bytes.count - 22
    while end >= 0, try u32(end) != 0x0605_4B50 { end -= 1 }
    guard end >= 0 else { throw Failure.noEndRecord }
    guard try u16(end + 20) == 0, end + 22 == bytes.count else { throw Failure.bad("comment or trailing bytes") }
    let count = Int(try u16(end + 10))
    guard try u16(end + 8) == count else { throw Failure.bad("entry counts differ") }
    let size = Int(try u32(end + 12))
    var at = Int(try u32(end + 16))
    guard at + size == end else { throw Failure.bad("central directory does not end at the end record") }
    var out: [Entry] = []
    for _ in 0..<count {
      guard try u32(at) == 0x0201_4B50 else { throw Failure.bad("central header signature at \(at)") }
      let flags = try u16(at + 8)
      let method = try u16(at + 10)
      let time = try u16(at + 12)
      let date = try u16(at + 14)
      let crc = try u32(at + 16)
      let compressed = Int(try u32(at + 20))
      let uncompressed = Int(try u32(at + 24))
      let nameLength = Int(try u16(at + 28))
      let extra = Int(try u16(at + 30))
      let comment = Int(try u16(at + 32))
      let local = Int(try u32(at + 42))
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      at += 46 + nameLength + extra + comment

      guard try u32(local) == 0x0403_4B50 else { throw Failure.bad("local header signature of \(name)") }
      guard try u16(local + 6) == flags, try u16(local + 8) == method, try u16(local + 10) == time,
        try u16(local + 12) == date, try u32(local + 14) == crc, Int(try u32(local + 18)) == compressed,
        Int(try u32(local + 22)) == uncompressed
      else { throw Failure.bad("local header of \(name) disagrees with the central directory") }
      let localName = Int(try u16(local + 26))
      let localExtra = Int(try u16(local + 28))
      let start = local + 30 + localName + localExtra
      guard method == 0, compressed == uncompressed, start + compressed <= bytes.count else {
        throw Failure.bad("entry \(name) is not stored or runs past the end")
      }
      out.append(
        Entry(
          name: name, bytes: Array(bytes[start..<(start + compressed)]), crc: crc, method: method, flags: flags,
          dosTime: time, dosDate: date))
    }
    return out
  }
}
