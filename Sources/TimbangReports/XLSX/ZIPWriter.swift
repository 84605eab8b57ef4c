import TimbangCore

/// A minimal ZIP archive writer (PKWARE APPNOTE 6.3): stored (uncompressed) entries, each with a local header,
/// then the central directory and the end-of-central-directory record. Enough for Office Open XML packages.
///
/// Layout of one entry and the directory (all integers little-endian):
/// ```
/// local header   50 4B 03 04, version 20, flags, method 0, time, date, crc-32, sizes, name length, 0, name
/// data           the bytes as given
/// central entry  50 4B 01 02, made by 20, version 20, flags, method 0, time, date, crc-32, sizes, name length,
///                0, 0, disk 0, internal 0, external 0, offset of the local header, name
/// end record     50 4B 05 06, disk 0, disk 0, entries, entries, directory size, directory offset, comment 0
/// ```
///
/// Edge Cases: names with non-ASCII characters set the UTF-8 flag (bit 11); duplicate names, empty names, more
/// than 65,535 entries, or an archive past 4 GiB (which would need ZIP64) are refused with
/// ``TimbangError/usage(_:)``.
///
/// Postconditions: `finish()` returns an archive whose every entry's CRC-32 and sizes match its bytes.
public struct ZIPWriter: Sendable {
  struct Entry: Sendable {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
    var utf8: Bool
  }

  private var output: [UInt8] = []
  private var entries: [Entry] = []
  private var names = Set<[UInt8]>()
  public let modified: DOSDateTime

  public init(modified: DOSDateTime = .reproducible) {
    self.modified = modified
  }

  /// Adds a stored entry at `path` (forward slashes, no leading slash).
  private static let tooLarge = Localized(
    id: "zip: arsip akan melebihi 4 GiB, yang memerlukan ZIP64",
    en: "zip: the archive would exceed 4 GiB, which needs ZIP64")

  public mutating func add(_ path: String, _ bytes: [UInt8]) throws {
    let name = Array(path.utf8)
    guard !name.isEmpty, name.count <= 0xFFFF else {
      throw TimbangError.usage(
        Localized(id: "zip: nama entri \"\(path)\" tidak sah", en: "zip: bad entry name \"\(path)\""))
    }
    guard !names.contains(name) else {
      throw TimbangError.usage(Localized(id: "zip: entri \"\(path)\" ganda", en: "zip: duplicate entry \"\(path)\""))
    }
    guard entries.count < 0xFFFF else {
      throw TimbangError.usage(Localized(id: "zip: lebih dari 65.535 entri", en: "zip: more than 65,535 entries"))
    }
    let offset = output.count
    guard offset + 30 + name.count + bytes.count < Int(UInt32.max) else {
      throw TimbangError.usage(Self.tooLarge)
    }
    let utf8 = name.contains { $0 >= 0x80 }
    let crc = CRC32.checksum(bytes)
    names.insert(name)
    entries.append(Entry(name: name, crc: crc, size: UInt32(bytes.count), offset: UInt32(offset), utf8: utf8))
    put32(0x0403_4B50)
    put16(20)
    put16(utf8 ? 0x0800 : 0)
    put16(0)
    put16(modified.dosTime)
    put16(modified.dosDate)
    put32(crc)
    put32(UInt32(bytes.count))
    put32(UInt32(bytes.count))
    put16(UInt16(name.count))
    put16(0)
    output += name
    output += bytes
  }

  /// Adds a UTF-8 text entry.
  public mutating func add(_ path: String, text: String) throws { try add(path, Array(text.utf8)) }

  /// The finished archive.
  public func finish() throws -> [UInt8] {
    var out = self
    let directoryOffset = out.output.count
    for entry in entries {
      out.put32(0x0201_4B50)
      out.put16(20)
      out.put16(20)
      out.put16(entry.utf8 ? 0x0800 : 0)
      out.put16(0)
      out.put16(modified.dosTime)
      out.put16(modified.dosDate)
      out.put32(entry.crc)
      out.put32(entry.size)
      out.put32(entry.size)
      out.put16(UInt16(entry.name.count))
      out.put16(0)
      out.put16(0)
      out.put16(0)
      out.put16(0)
      out.put32(0)
      out.put32(entry.offset)
      out.output += entry.name
    }
    let directorySize = out.output.count - directoryOffset
    guard out.output.count + 22 < Int(UInt32.max) else {
      throw TimbangError.usage(Self.tooLarge)
    }
    out.put32(0x0605_4B50)
    out.put16(0)
    out.put16(0)
    out.put16(UInt16(entries.count))
    out.put16(UInt16(entries.count))
    out.put32(UInt32(directorySize))
    out.put32(UInt32(directoryOffset))
    out.put16(0)
    return out.output
  }

  private mutating func put16(_ v: UInt16) {
    output.append(UInt8(v & 0xFF))
    output.append(UInt8(v >> 8))
  }

  private mutating func put32(_ v: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8((v >> UInt32(shift)) & 0xFF)) }
  }
}
