import Foundation
import Testing
import TimbangCLI

/// Error messages follow `--lang` (Indonesian by default), run as a user would (the built binary): for each
/// representative bad input the exact message in both languages, the same exit code, and the same location prefix
/// (`file:line:column`, `file: $.path`) — only the words after it change.
@Suite("Messages follow --lang (end to end)")
struct BilingualMessageTests {
  enum Content: Sendable {
    case text(String)
    /// The SKM Banjarnegara 2023 survey.
    case survey
    /// The bundled SKM instrument with custom weights summing to 1.1.
    case unbalancedInstrument
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// Files written into the test's folder first.
    var files: [String: Content] = [:]
    /// Arguments; `@` is the test's folder (the command also runs there).
    var arguments: [String]
    var status: Int32
    /// What follows `timbang: ` up to the words that change (`@` expanded); empty for usage errors.
    var location: String
    var id: String
    var en: String
    var testDescription: String { name }
  }

  static let badAnswer = Content.text("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n3,3,5,3,3,3,3,3,3\n")

  static let cases: [Case] = [
    Case(
      name: "missing file", arguments: ["skm", "score", "nowhere.csv"], status: 66, location: "nowhere.csv: ",
      id: "tidak dapat dibaca: berkas tidak ada", en: "cannot read: no such file"),
    Case(
      name: "out-of-range answer", files: ["bad.csv": badAnswer], arguments: ["skm", "score", "bad.csv"], status: 65,
      location: "bad.csv:3:U3: ", id: "jawaban \"5\" di luar rentang 1–4", en: "answer \"5\" is outside 1–4"),
    Case(
      name: "missing column", files: ["s.csv": .survey, "w.csv": .text("unsur,nilai\nU1,0.5\n")],
      arguments: ["skm", "score", "s.csv", "--weights", "custom", "--weights-file", "w.csv"], status: 65,
      location: "w.csv:1: ", id: "kolom \"weight\" tidak ada (kolom yang ada: unsur, nilai)",
      en: "missing column \"weight\" (header has: unsur, nilai)"),
    Case(
      name: "bad instrument", files: ["s.csv": .survey, "regional.json": .unbalancedInstrument],
      arguments: ["skm", "score", "s.csv", "--instrument", "./regional.json", "--weights", "custom"], status: 65,
      location: "./regional.json: $.weights.custom: ",
      id: "instrumen tidak sah: jumlah bobot khusus 1.1, seharusnya 1",
      en: "invalid instrument: custom weights sum to 1.1, expected 1"),
    Case(
      name: "usage error", files: ["bad.csv": badAnswer], arguments: ["skm", "score", "bad.csv", "--frobnicate"],
      status: 64, location: "",
      id: "timbang skm score: opsi \"--frobnicate\" tidak dikenal (lihat `timbang skm score --help`)",
      en: "timbang skm score: unknown option \"--frobnicate\" (see `timbang skm score --help`)"),
    Case(
      name: "unwritable output", files: ["s.csv": .survey],
      arguments: ["skm", "score", "s.csv", "-o", "@missing/out.json"],
      status: 73, location: "@missing/out.json: ", id: "tidak dapat ditulis: folder @missing tidak ada",
      en: "cannot write: folder @missing does not exist"),
  ]

  /// The line after a usage error.
  static let hint = (
    id: "Jalankan `timbang help` untuk melihat cara penggunaan.\n", en: "Run `timbang help` for usage.\n"
  )

  @Test(
    "the exact message in Indonesian (default and --lang id) and English (--lang en and --lang=en)", arguments: cases)
  func bothLanguages(_ c: Case) throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, content) in c.files {
      let text: String
      switch content {
      case .text(let t): text = t
      case .survey:
        text = try String(contentsOfFile: BinaryRunner.path("Datasets/skm-banjarnegara-2023.csv"), encoding: .utf8)
      case .unbalancedInstrument: text = try Self.unbalancedWeights()
      }
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    func expand(_ s: String) -> String { s.replacingOccurrences(of: "@", with: folder.path + "/") }
    let arguments = c.arguments.map(expand)
    let location = expand(c.location)
    let hint = c.status == 64 ? Self.hint : (id: "", en: "")
    let indonesian = "timbang: \(location)\(expand(c.id))\n\(hint.id)"
    let english = "timbang: \(location)\(expand(c.en))\n\(hint.en)"
    for (flags, expected) in [
      ([], indonesian), (["--lang", "id"], indonesian), (["--lang", "en"], english), (["--lang=en"], english),
    ] {
      let r = try BinaryRunner.run(arguments + flags, directory: folder)
      #expect(r.status == c.status, "\(flags): \(r.stderr)")
      #expect(r.stderr == expected, "\(flags)")
      #expect(r.stdout.isEmpty)
    }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
  }

  @Test("a --lang value other than id or en is a usage error, in Indonesian")
  func unknownLanguage() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--lang", "fr"])
    #expect(r.status == 64)
    #expect(r.stderr == "timbang: timbang skm score: --lang \"fr\" bukan salah satu dari id, en\n" + Self.hint.id)
  }

  @Test("warnings start with peringatan: or warning:, and SAKIP's own wording follows --lang too")
  func warnings() throws {
    let arguments = ["sakip", "score", "Datasets/sakip-lke-diskominfo-2023.csv", "--format", "json"]
    let id = try BinaryRunner.run(arguments)
    let en = try BinaryRunner.run(arguments + ["--lang", "en"])
    #expect(id.status == 0 && en.status == 0)
    let idLines = id.stderr.split(separator: "\n").map(String.init)
    let enLines = en.stderr.split(separator: "\n").map(String.init)
    #expect(idLines.count == 2 && enLines.count == 2, "\(id.stderr)\(en.stderr)")
    let expectedID: String =
      "peringatan: Datasets/sakip-lke-diskominfo-2023.csv:9: tanda 1.1.maintained1y diabaikan: flag hanya dipakai "
      + "oleh --method grade"
    let expectedEN: String =
      "warning: Datasets/sakip-lke-diskominfo-2023.csv:9: flag 1.1.maintained1y ignored: flags are used by --method "
      + "grade only"
    #expect(idLines.first == expectedID)
    #expect(enLines.first == expectedEN)
  }

  /// The bundled SKM instrument with custom weights summing to 1.1.
  static func unbalancedWeights() throws -> String {
    let source = try String(
      contentsOfFile: BinaryRunner.path("Instruments/skm-permenpanrb-14-2017.json"), encoding: .utf8)
    return source.replacingOccurrences(
      of: "\"printed\": [", with: "\"custom\": [0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],\n    \"printed\": [")
  }
}

/// How `Timbang.run` picks the language of messages before the command line is parsed.
@Suite("Message language from the arguments")
struct MessageLanguageTests {
  @Test(
    arguments: [
      ([String](), "id"), (["skm", "score", "x.csv"], "id"), (["skm", "score", "x.csv", "--lang", "en"], "en"),
      (["--lang=en", "skm", "score"], "en"), (["skm", "score", "--lang", "id"], "id"), (["skm", "--lang", "fr"], "id"),
      (["skm", "--lang=EN"], "id"), (["skm", "score", "--lang"], "id"), (["skm", "score", "--", "--lang", "en"], "id"),
    ])
  func language(arguments: [String], expected: String) {
    #expect(Timbang.messageLanguage(arguments).rawValue == expected)
  }

  @Test("in-process runs render errors and the usage hint in the chosen language")
  func inProcess() {
    let id = MemoryConsole()
    #expect(Timbang.run(["skm", "score", "--frobnicate"], console: id.console) == 64)
    #expect(
      id.errors
        == "timbang: timbang skm score: opsi \"--frobnicate\" tidak dikenal (lihat `timbang skm score --help`)\n"
        + "Jalankan `timbang help` untuk melihat cara penggunaan.\n")
    let en = MemoryConsole()
    #expect(Timbang.run(["skm", "score", "nowhere.csv", "--lang", "en"], console: en.console) == 66)
    #expect(en.errors == "timbang: nowhere.csv: cannot read: no such file\n")
  }
}

/// Warnings follow `--lang` as errors do.
@Suite("Warnings in both languages (end to end)")
struct WarningLanguageTests {
  /// IKM warnings (an invalid cell counted as missing, respondents left out listwise) are worded in the language of
  /// `--lang`, like errors; the JSON keeps its English text.
  @Test(
    "skm score warnings follow --lang",
    arguments: [
      (
        "3,3,3,x,3,3,3,3,3", ["--invalid", "missing"],
        "peringatan: @: 2:U4: \"x\" bukan jawaban yang sah (dihitung sebagai kosong)",
        "warning: @: 2:U4: \"x\" is not a valid answer (counted as missing)"
      ),
      (
        "3,3,3,,3,3,3,3,3", ["--missing", "listwise"],
        "peringatan: listwise: 1 responden dengan jawaban kosong tidak diikutkan",
        "warning: listwise: 1 respondents with a blank answer were left out"
      ),
    ])
  func skmWarnings(row: String, options: [String], indonesian: String, english: String) throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("survey.csv")
    try Data("U1,U2,U3,U4,U5,U6,U7,U8,U9\n\(row)\n2,2,2,2,2,2,2,2,2\n".utf8).write(to: file)
    let arguments = ["skm", "score", file.path, "--format", "json"] + options
    let inIndonesian = try BinaryRunner.run(arguments)
    let inEnglish = try BinaryRunner.run(arguments + ["--lang", "en"])
    #expect(inIndonesian.status == 0 && inEnglish.status == 0)
    #expect(inIndonesian.stderr == indonesian.replacingOccurrences(of: "@: ", with: file.path + ":") + "\n")
    #expect(inEnglish.stderr == english.replacingOccurrences(of: "@: ", with: file.path + ":") + "\n")
    let englishInJSON = english.replacingOccurrences(of: "warning: ", with: "")
      .replacingOccurrences(of: "@: ", with: "")
    #expect(inIndonesian.stdout.contains(englishInJSON.replacingOccurrences(of: "\"", with: "\\\"")))
  }
}
