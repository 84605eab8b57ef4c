import Foundation
import Testing
import TimbangCore

@testable import TimbangReports

@Suite struct ZIPTests {
  struct Vector: Sendable, CustomTestStringConvertible {
    var input: [UInt8]
    var crc: UInt32
    var testDescription: String { String(decoding: input.prefix(20), as: UTF8.self) }
  }

  /// Published CRC-32 check values (the "123456789" check value of the CRC catalogue, and common test strings).
  static let vectors: [Vector] = [
    Vector(input: [], crc: 0),
    Vector(input: Array("a".utf8), crc: 0xE8B7_BE43),
    Vector(input: Array("abc".utf8), crc: 0x3524_41C2),
    Vector(input: Array("123456789".utf8), crc: 0xCBF4_3926),
    Vector(input: Array("The quick brown fox jumps over the lazy dog".utf8), crc: 0x414F_A339),
    Vector(input: [UInt8](repeating: 0, count: 32), crc: 0x190A_55AD),
  ]

  @Test(arguments: vectors)
  func crc32KnownVectors(_ v: Vector) {
    #expect(CRC32.checksum(v.input) == v.crc)
  }

  @Test func crc32Continues() {
    let a = Array("1234".utf8)
    let b = Array("56789".utf8)
    #expect(CRC32.update(CRC32.checksum(a), b) == 0xCBF4_3926)
  }

  @Test func dosDateAndTime() {
    let t = DOSDateTime(year: 2024, month: 3, day: 15, hour: 13, minute: 45, second: 30)
    #expect(t.dosDate == 0x586F)
    #expect(t.dosTime == 0x6DAF)
    #expect(DOSDateTime.reproducible.dosDate == 0x0041)
    #expect(DOSDateTime.reproducible.dosTime == 0)
    // From a Date in UTC; odd seconds round down; before 1980 clamps to the epoch.
    let date = Date(timeIntervalSince1970: 1_710_510_331)  // 2024-03-15T13:45:31Z
    #expect(DOSDateTime(date) == DOSDateTime(year: 2024, month: 3, day: 15, hour: 13, minute: 45, second: 31))
    #expect(DOSDateTime(date).dosTime == 0x6DAF)
    #expect(DOSDateTime(Date(timeIntervalSince1970: 0)).dosDate == 0x0021)
  }

  @Test func archiveReadsBackWithItsHeaders() throws {
    var zip = ZIPWriter(modified: DOSDateTime(year: 2024, month: 3, day: 15, hour: 13, minute: 45, second: 30))
    try zip.add("a.txt", text: "hello\n")
    try zip.add("dir/b.bin", [0, 1, 2, 255])
    try zip.add("dir/é.xml", text: "<x/>")
    try zip.add("empty", [])
    let bytes = try zip.finish()
    let entries = try ZIPReader(bytes: bytes).entries()
    #expect(entries.map(\.name) == ["a.txt", "dir/b.bin", "dir/é.xml", "empty"])
    #expect(entries[0].bytes == Array("hello\n".utf8))
    #expect(entries[1].bytes == [0, 1, 2, 255])
    #expect(entries[3].bytes == [])
    for entry in entries {
      #expect(entry.crc == CRC32.checksum(entry.bytes))
      #expect(entry.method == 0)
      #expect(entry.dosDate == 0x586F && entry.dosTime == 0x6DAF)
    }
    #expect(entries.map { $0.flags & 0x0800 != 0 } == [false, false, true, false])
    // The first local header starts the file.
    #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04])
  }

  @Test func emptyArchiveIsJustTheEndRecord() throws {
    let bytes = try ZIPWriter().finish()
    #expect(bytes.count == 22)
    #expect(try ZIPReader(bytes: bytes).entries().isEmpty)
  }

  @Test func duplicateAndEmptyNamesAreRefused() throws {
    var zip = ZIPWriter()
    try zip.add("a", [1])
    #expect(throws: TimbangError.usage(Localized(id: "zip: entri \"a\" ganda", en: "zip: duplicate entry \"a\""))) {
      try zip.add("a", [2])
    }
    #expect(throws: TimbangError.self) { try zip.add("", [2]) }
  }
}
