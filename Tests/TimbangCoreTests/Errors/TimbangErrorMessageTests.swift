import Foundation
import Testing
import TimbangCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `TimbangError.message(in:)`: the whole line in Indonesian or English, the location identical in both, the fixed
/// words translated, and `description` the English line.
@Suite("Error messages in both languages")
struct TimbangErrorMessageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var error: TimbangError
    var id: String
    var en: String
    var exitCode: Int32
    var testDescription: String { name }
  }

  static let answer = Localized(id: "jawaban \"5\" di luar rentang 1–4", en: "answer \"5\" is outside 1–4")

  static let cases: [Case] = [
    Case(
      name: "usage",
      error: .usage(Localized(id: "--units: berikan 1 atau lebih", en: "--units: give 1 or more")),
      id: "--units: berikan 1 atau lebih", en: "--units: give 1 or more", exitCode: 64),
    Case(
      name: "bad input at file:line:column",
      error: .badInput(SourceLocation(file: "responses.csv", line: 41, column: "U3"), answer),
      id: "responses.csv:41:U3: jawaban \"5\" di luar rentang 1–4",
      en: "responses.csv:41:U3: answer \"5\" is outside 1–4", exitCode: 65),
    Case(
      name: "bad input at a JSON path",
      error: .badInput(
        SourceLocation(file: "t.json", jsonPath: "$.by"),
        Localized(id: "seharusnya array nama kolom", en: "expected an array of column names")),
      id: "t.json: $.by: seharusnya array nama kolom", en: "t.json: $.by: expected an array of column names",
      exitCode: 65),
    Case(
      name: "bad instrument",
      error: .badInstrument(
        SourceLocation(file: "x.json", jsonPath: "$.weights.custom"),
        Localized(id: "jumlah bobot khusus 1.1, seharusnya 1", en: "custom weights sum to 1.1, expected 1")),
      id: "x.json: $.weights.custom: instrumen tidak sah: jumlah bobot khusus 1.1, seharusnya 1",
      en: "x.json: $.weights.custom: invalid instrument: custom weights sum to 1.1, expected 1", exitCode: 65),
    Case(
      name: "cannot read",
      error: .cannotRead(file: "nope.csv", reason: SystemReason.noSuchFile),
      id: "nope.csv: tidak dapat dibaca: berkas tidak ada", en: "nope.csv: cannot read: no such file", exitCode: 66),
    Case(
      name: "cannot write",
      error: .cannotWrite(file: "out/x.json", reason: SystemReason.localized(ENOSPC)),
      id: "out/x.json: tidak dapat ditulis: ruang penyimpanan penuh",
      en: "out/x.json: cannot write: No space left on device", exitCode: 73),
    Case(
      name: "internal error (English text for the bug report)",
      error: .internalError("KSE score 99 outside every band"),
      id: "galat internal: KSE score 99 outside every band", en: "internal error: KSE score 99 outside every band",
      exitCode: 70),
  ]

  @Test("every case in both languages, with its exit code", arguments: cases)
  func message(_ c: Case) {
    #expect(c.error.message(in: .id) == c.id)
    #expect(c.error.message(in: .en) == c.en)
    #expect(c.error.description == c.en)
    #expect(c.error.rawDescription == c.en)
    #expect(c.error.exitCode == c.exitCode)
  }

  @Test("the location prefix is the same in both languages", arguments: cases)
  func sameLocation(_ c: Case) {
    let prefix: String
    switch c.error {
    case .badInput(let location, _), .badInstrument(let location, _): prefix = "\(location): "
    case .cannotRead(let file, _), .cannotWrite(let file, _): prefix = "\(file): "
    case .usage, .internalError: prefix = ""
    }
    #expect(c.error.message(in: .id).hasPrefix(prefix) && c.error.message(in: .en).hasPrefix(prefix))
  }

  @Test("quoted input is cleaned in both languages")
  func cleaned() {
    let error = TimbangError.badInput(
      SourceLocation(file: "t.csv", line: 2, column: "U1"),
      Localized(id: "jawaban \"a\nb\" salah", en: "answer \"a\nb\" is bad"))
    #expect(error.message(in: .id) == #"t.csv:2:U1: jawaban "a\nb" salah"#)
    #expect(error.message(in: .en) == #"t.csv:2:U1: answer "a\nb" is bad"#)
    #expect(error.rawMessage(in: .id) == "t.csv:2:U1: jawaban \"a\nb\" salah")
  }

  @Test("errors with the same text in other words are different errors (Equatable compares both languages)")
  func equality() {
    let a = TimbangError.badInput(SourceLocation(file: "r.csv", line: 3), Self.answer)
    #expect(a == .badInput(SourceLocation(file: "r.csv", line: 3), Self.answer))
    #expect(a != .badInput(SourceLocation(file: "r.csv", line: 3), Localized(Self.answer.en)))
  }
}

/// `SystemReason`: the common `errno` values in Indonesian, glibc's wording in English, `strerror` otherwise.
@Suite("Operating-system reasons")
struct SystemReasonTests {
  @Test(
    arguments: [
      (ENOENT, "berkas atau folder tidak ada", "No such file or directory"),
      (EACCES, "akses ditolak (tidak ada izin)", "Permission denied"),
      (EISDIR, "merupakan folder, bukan berkas", "Is a directory"),
      (ENOTDIR, "salah satu bagian jalurnya bukan folder", "Not a directory"),
      (ENOSPC, "ruang penyimpanan penuh", "No space left on device"),
      (EROFS, "sistem berkas hanya-baca", "Read-only file system"),
      (EEXIST, "berkas sudah ada", "File exists"),
      (ENAMETOOLONG, "nama berkas terlalu panjang", "File name too long"),
      (EMFILE, "terlalu banyak berkas terbuka", "Too many open files"),
      (EIO, "galat masukan/keluaran (I/O)", "Input/output error"),
      (EPIPE, "sambungan pipa terputus", "Broken pipe"),
    ])
  func known(code: Int32, id: String, en: String) {
    let reason = SystemReason.localized(code)
    #expect(reason.id == id)
    #expect(reason.en == en)
    #if canImport(Glibc)
      // The English wording is glibc's own, so English messages read as they did before translation.
      #expect(reason.en == String(cString: strerror(code)))
    #endif
  }

  @Test("an errno without a translation falls back to strerror in both languages")
  func fallback() {
    let code = ECONNREFUSED
    #expect(SystemReason.known[code] == nil)
    let reason = SystemReason.localized(code)
    #expect(reason.id == String(cString: strerror(code)) && reason.en == reason.id)
    #expect(!reason.en.isEmpty)
  }

  @Test("every translated value has an Indonesian wording different from the English one")
  func translated() {
    for (code, reason) in SystemReason.known {
      #expect(reason.id != reason.en, "errno \(code)")
      #expect(!reason.id.isEmpty)
    }
  }

  @Test("the reasons the writers give themselves")
  func ownReasons() {
    #expect(
      SystemReason.missingFolder("/a/b") == Localized(id: "folder /a/b tidak ada", en: "folder /a/b does not exist"))
    #expect(
      SystemReason.notAFolder("r.csv")
        == Localized(id: "r.csv adalah berkas, bukan folder", en: "r.csv is a file, not a folder"))
    #expect(SystemReason.isDirectory.en == "is a directory" && SystemReason.noSuchFile.en == "no such file")
  }
}
