import Foundation
import Testing

/// Every command × every class of bad input, run as a user would (the built binary): the documented exit code, a
/// message naming where the problem is, and no output file — nor a temporary file — left behind.
///
/// Classes: missing file (66), folder instead of a file (66), empty file, binary garbage, invalid UTF-8, ragged row,
/// unbalanced quote, huge field, duplicate header (65, `file:line[:column]` or JSON path), wrong instrument kind (65,
/// `instrument.json: $.kind`), unknown instrument id (64), instrument or weights that do not validate (65, JSON path
/// or `file:line`), out-of-range value and unknown code (65, `file:line:column`), output in a missing folder or under
/// a regular file (73). A BOM is not bad input: ``bomIsAccepted(_:)`` checks it gives the same output as without.
@Suite("Bad input matrix (end to end)")
struct BadInputMatrixTests {
  @Test(arguments: BadInputCase.all)
  func rejects(_ c: BadInputCase) throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try c.create(in: folder)
    let before = try Self.listing(folder)
    let arguments =
      c.expanded(c.arguments, folder)
      + (c.output ? ["-o", folder.appendingPathComponent("result.txt").path] : [])
    // The matrix checks the English wording; BilingualMessageTests checks both languages.
    let r = try BinaryRunner.run(arguments + (c.library ? BadInputCase.instruments : []) + ["--lang", "en"])

    #expect(r.status == c.status, "\(c.testDescription): \(r.stderr)")
    let expected = "timbang: " + c.expanded([c.message], folder)[0]
    #expect(r.stderr.hasPrefix(expected), "expected \(expected)…, got \(r.stderr)")
    // One message line (plus the usage hint for exit 64), printable and short, whatever the input held.
    let lines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == (c.status == 64 ? 3 : 2) && lines.last == "", "\(r.stderr)")
    #expect(
      !r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" },
      "control characters in \(r.stderr)")
    #expect(r.stderr.count < 2500, "\(r.stderr.count) characters of message")
    if c.output { #expect(r.stdout.isEmpty, "\(r.stdout)") }
    #expect(try Self.listing(folder) == before, "files left behind")
  }

  /// A UTF-8 byte-order mark (as Excel writes) changes nothing.
  @Test(arguments: BOMCase.all)
  func bomIsAccepted(_ c: BOMCase) throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = folder.appendingPathComponent("plain" + c.suffix)
    let marked = folder.appendingPathComponent("marked" + c.suffix)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: BinaryRunner.path(c.dataset)))
    try bytes.write(to: plain)
    try (Data([0xEF, 0xBB, 0xBF]) + bytes).write(to: marked)
    let format = c.json ? ["--format", "json"] : []
    let a = try BinaryRunner.run(c.arguments + [plain.path] + format + BadInputCase.instruments)
    let b = try BinaryRunner.run(c.arguments + [marked.path] + format + BadInputCase.instruments)
    #expect(a.status == c.status, "\(a.stderr)")
    #expect(b.status == a.status, "\(b.stderr)")
    #expect(b.stdout.replacingOccurrences(of: marked.path, with: plain.path) == a.stdout)
  }

  /// Warnings quote input too (`--invalid missing` lists the cells it counted as blank): one printable line each.
  @Test("warnings quoting a cell are printable and short")
  func warningsArePrintable() throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("survey.csv")
    let rows =
      "1,\"a\u{1B}[31m\nb\",3,3,3,3,3,3,3,3\n2,\(BadInputCase.huge),3,3,3,3,3,3,3,3\n3,3,3,3,3,3,3,3,3,3\n"
    try Data((BadInputCase.skmHeader + rows).utf8).write(to: file)
    let r = try BinaryRunner.run(
      ["skm", "score", file.path, "--invalid", "missing", "--lang", "en"] + BadInputCase.instruments)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stderr.split(separator: "\n")
    #expect(lines.count == 2, "\(r.stderr)")
    #expect(
      lines.first?.hasPrefix(
        "warning: \(file.path):2:U1: \"a\\u{1B}[31m\\nb\" is not a valid answer") == true)
    #expect(r.stderr.count < 1000)
    #expect(!r.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
  }

  /// In an audit an impossible row is a finding about the annex (exit 1, the row named on standard output), not
  /// malformed input.
  @Test(
    "audit spbe-annex: an out-of-range domain or an unknown predicate is a finding naming the row",
    arguments: [
      "2023,Kab. A,9.40,2.70,1.18,4.07,3.29,Baik", "2023,Kab. A,4.40,2.70,1.18,4.07,3.29,Istimewa",
    ])
  func annexFinding(row: String) throws {
    let folder = try BinaryRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("annex.csv")
    try Data(("year,instansi,d1,d2,d3,d4,index,predikat\n" + row + "\n").utf8).write(to: file)
    let r = try BinaryRunner.run(["audit", "spbe-annex", file.path] + BadInputCase.instruments)
    #expect(r.status == 1, "\(r.stderr)")
    #expect(r.stdout.hasPrefix(file.path + ":2: 2023 Kab. A: "), "\(r.stdout)")
  }

  /// Standard output that cannot be written (a full disk, `> /dev/full`) is exit 73 with a message, never a trap,
  /// whatever the command and format.
  @Test(
    "standard output on a full device: exit 73 with a message",
    arguments: [
      ["skm", "score", "Datasets/skm-banjarnegara-2023.csv"],
      ["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--format", "json"],
      ["instruments"],
      ["help"],
    ])
  func fullStandardOutput(arguments: [String]) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let r = try BinaryRunner.run(arguments, stdoutDevice: "/dev/full")
    #expect(r.status == 73, "\(r.stderr)")
    #expect(r.stderr.hasPrefix("timbang: <stdout>: "), "\(r.stderr)")
    #expect(r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
  }

  /// Relative paths of everything in `folder`, hidden files included.
  static func listing(_ folder: URL) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    return walker.compactMap { $0 as? String }.sorted()
  }
}

/// One bad input for one command.
struct BadInputCase: Sendable, CustomTestStringConvertible {
  enum Content: Sendable {
    case text(String)
    case bytes([UInt8])
    case folder
    /// A file of the repository (`Datasets/…`).
    case dataset(String)
    /// A bundled instrument with one text replacement.
    case instrument(String, replacing: String, with: String)
  }

  struct File: Sendable {
    var name: String
    var content: Content
  }

  var command: String
  var inputClass: String
  var files: [File]
  /// Arguments; `@name` is a path in the test's folder, `$I/` the instruments folder.
  var arguments: [String]
  var status: Int32
  /// What standard error starts with after `timbang: `, expanded like the arguments.
  var message: String
  /// Whether to add `-o FOLDER/result.txt` (commands without `-o` write nothing anyway).
  var output = true
  /// Whether to add `--instruments` with the source tree's folder.
  var library = true

  var testDescription: String { "\(command) × \(inputClass)" }

  static let instrumentsFolder = BinaryRunner.path("Instruments")
  static let instruments = ["--instruments", instrumentsFolder]

  func expanded(_ arguments: [String], _ folder: URL) -> [String] {
    arguments.map { argument in
      var a = argument.replacingOccurrences(of: "$I/", with: BadInputCase.instrumentsFolder + "/")
      while let at = a.firstIndex(of: "@") {
        a.replaceSubrange(at...at, with: folder.path + "/")
      }
      return a
    }
  }

  func create(in folder: URL) throws {
    for file in files {
      let url = folder.appendingPathComponent(file.name)
      switch file.content {
      case .text(let text): try Data(text.utf8).write(to: url)
      case .bytes(let bytes): try Data(bytes).write(to: url)
      case .folder:
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
      case .dataset(let path):
        try Data(contentsOf: URL(fileURLWithPath: BinaryRunner.path(path))).write(to: url)
      case .instrument(let id, let old, let new):
        let text = try String(
          contentsOfFile: BadInputCase.instrumentsFolder + "/\(id).json", encoding: .utf8)
        guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
        try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
      }
    }
  }
}

// MARK: - The matrix

extension BadInputCase {
  /// Binary garbage without line breaks, quotes or delimiters: every reader sees one odd header field.
  static let garbage: [UInt8] = (0..<2048).map { i -> UInt8 in
    let b = UInt8((i * 167 + 13) % 256)
    return [0x0A, 0x0D, 0x22, 0x2C, 0x3B, 0x09, 0x7B, 0x5B].contains(b) ? 0x80 : b
  }
  /// One megabyte in one cell.
  static let huge = String(repeating: "9", count: 1 << 20)

  static var all: [BadInputCase] {
    let groups: [[BadInputCase]] = [
      skmScore, skmMerge, skmSampleSize, index, spbeReconstruct, kami, sakipScore, sakipCapaian,
      audit, spbeAnnex,
      report, instrumentFiles, outputOnly,
    ]
    return groups.flatMap { $0 }
  }

  /// The classes every command that reads one file shares: missing, folder, empty, and the two output failures
  /// (given a valid input `valid`).
  static func fileClasses(
    _ command: String, _ words: [String], extra: [String] = [], valid: File, emptyMessage: String
  ) -> [BadInputCase] {
    [
      BadInputCase(
        command: command, inputClass: "missing file", files: [],
        arguments: words + ["@nowhere.csv"] + extra,
        status: 66, message: "@nowhere.csv: cannot read: no such file"),
      BadInputCase(
        command: command, inputClass: "folder instead of a file",
        files: [File(name: "folder", content: .folder)],
        arguments: words + ["@folder"] + extra, status: 66,
        message: "@folder: cannot read: is a directory"),
      BadInputCase(
        command: command, inputClass: "empty file",
        files: [File(name: "empty", content: .text(""))],
        arguments: words + ["@empty"] + extra, status: 65, message: "@empty" + emptyMessage),
      BadInputCase(
        command: command, inputClass: "output in a missing folder", files: [valid],
        arguments: words + ["@" + valid.name] + extra + ["-o", "@nowhere/out.txt"], status: 73,
        message: "@nowhere/out.txt: cannot write: folder", output: false),
      BadInputCase(
        command: command, inputClass: "output under a regular file",
        files: [valid, File(name: "afile", content: .text("x"))],
        arguments: words + ["@" + valid.name] + extra + ["-o", "@afile/out.txt"], status: 73,
        message: "@afile/out.txt: cannot write:", output: false),
    ]
  }

  static func instrumentClasses(
    _ command: String, _ words: [String], option: String = "--instrument", wrong: String
  )
    -> [BadInputCase]
  {
    [
      BadInputCase(
        command: command, inputClass: "wrong instrument kind", files: [],
        arguments: words + [option, wrong],
        status: 65, message: "$I/\(wrong).json: $.kind: invalid instrument: is a"),
      BadInputCase(
        command: command, inputClass: "unknown instrument id", files: [],
        arguments: words + [option, "no-such-instrument"],
        status: 64, message: "unknown instrument \"no-such-instrument\""),
    ]
  }

  // MARK: skm

  static let skmHeader = "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
  static let skmRow = "1,3,3,3,3,3,3,3,3,3\n"

  static func csvClasses(
    _ command: String, _ words: [String], extra: [String] = [], header: String, row: String,
    replaceFirstValue value: (String) -> String, valueColumn: String, firstColumn: Int = 1
  ) -> [BadInputCase] {
    let cut = row.split(separator: ",", omittingEmptySubsequences: false)
    let ragged = cut.prefix(max(1, cut.count - 2)).joined(separator: ",") + "\n"
    let quoted =
      cut.prefix(firstColumn).joined(separator: ",") + ",\""
      + cut.dropFirst(firstColumn).joined(separator: ",")
    let names = header.dropLast().split(separator: ",", omittingEmptySubsequences: false).map(
      String.init)
    let doubled =
      (names.prefix(firstColumn + 1) + names.dropFirst(firstColumn)).joined(separator: ",") + "\n"
    let fields = row.dropLast().split(separator: ",", omittingEmptySubsequences: false).map(
      String.init)
    let doubledRow =
      (fields.prefix(firstColumn + 1) + fields.dropFirst(firstColumn)).joined(separator: ",") + "\n"
    return [
      BadInputCase(
        command: command, inputClass: "binary garbage",
        files: [File(name: "garbage.bin", content: .bytes(garbage))],
        arguments: words + ["@garbage.bin"] + extra, status: 65, message: "@garbage.bin:1: "),
      BadInputCase(
        command: command, inputClass: "invalid UTF-8",
        files: [
          File(
            name: "in.csv",
            content: .bytes(
              Array((header).utf8) + Array(value("\u{1}").utf8).map { $0 == 1 ? 0xFF : $0 }))
        ],
        arguments: words + ["@in.csv"] + extra, status: 65, message: "@in.csv:2:\(valueColumn): "),
      BadInputCase(
        command: command, inputClass: "ragged row",
        files: [File(name: "in.csv", content: .text(header + row + ragged))],
        arguments: words + ["@in.csv"] + extra, status: 65, message: "@in.csv:3: row has "),
      BadInputCase(
        command: command, inputClass: "unbalanced quote",
        files: [File(name: "in.csv", content: .text(header + row + quoted))],
        arguments: words + ["@in.csv"] + extra, status: 65, message: "@in.csv:3: unbalanced quote"),
      BadInputCase(
        command: command, inputClass: "huge field",
        files: [File(name: "in.csv", content: .text(header + value(huge)))],
        arguments: words + ["@in.csv"] + extra, status: 65, message: "@in.csv:2:\(valueColumn): "),
      BadInputCase(
        command: command, inputClass: "duplicate header",
        files: [File(name: "in.csv", content: .text(doubled + doubledRow))],
        arguments: words + ["@in.csv"] + extra, status: 65, message: "@in.csv:1: columns "),
    ]
  }

  static var skmScore: [BadInputCase] {
    let c = "skm score"
    let w = ["skm", "score"]
    let valid = File(name: "survey.csv", content: .text(skmHeader + skmRow))
    return fileClasses(c, w, valid: valid, emptyMessage: ": the file is empty")
      + csvClasses(
        c, w, header: skmHeader, row: skmRow, replaceFirstValue: { "1,\($0),3,3,3,3,3,3,3,3\n" },
        valueColumn: "U1")
      + instrumentClasses(c, w + ["@survey.csv"], wrong: "kami-bssn-5.0").map { $0.with(valid) }
      + [
        BadInputCase(
          command: c, inputClass: "weights not summing",
          files: [
            valid,
            File(
              name: "w.csv",
              content: .text("element,weight\n" + (1...9).map { "U\($0),0.1\n" }.joined())),
          ],
          arguments: w + ["@survey.csv", "--weights-file", "@w.csv"], status: 65,
          message: "@w.csv:10: weights sum to 0.9, expected 1"),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [File(name: "in.csv", content: .text(skmHeader + "1,3,3,5,3,3,3,3,3,3\n"))],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2:U3: "),
        BadInputCase(
          command: c, inputClass: "out-of-range option", files: [valid],
          arguments: w + ["@survey.csv", "--round-index", "-5"], status: 64,
          message: "--round-index: -5 is not a number of decimals (give 0–10)"),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [
            valid, File(name: "map.csv", content: .text("column,element\nrespondent,U99\n")),
          ],
          arguments: w + ["@survey.csv", "--map", "@map.csv"], status: 65,
          message: "@survey.csv:1: --map binds column \"respondent\" to \"U99\""),
      ]
  }

  func with(_ file: File) -> BadInputCase {
    var c = self
    c.files.append(file)
    return c
  }

  static let tally = """
    {"schemaVersion": 1, "instrument": "skm-permenpanrb-14-2017", "by": [], "missingPolicy": "available",
     "listwiseDropped": 0, "groups": [{"key": {}, "respondents": 1, "elements": {\(
      (1...9).map { "\"U\($0)\": {\"counts\": [0, 0, 1, 0], \"missing\": 0, \"invalid\": 0}" }.joined(separator: ", "))},
     "profiles": {}}]}
    """

  static var skmMerge: [BadInputCase] {
    let c = "skm merge"
    let w = ["skm", "merge"]
    let valid = File(name: "a.tally.json", content: .text(tally))
    func edited(_ old: String, _ new: String) -> File {
      File(name: "t.json", content: .text(tally.replacingOccurrences(of: old, with: new)))
    }
    return fileClasses(c, w, valid: valid, emptyMessage: ":1: malformed JSON")
      + [
        BadInputCase(
          command: c, inputClass: "binary garbage",
          files: [File(name: "garbage.bin", content: .bytes(garbage))],
          arguments: w + ["@garbage.bin"], status: 65, message: "@garbage.bin:1: malformed JSON"),
        BadInputCase(
          command: c, inputClass: "invalid UTF-8",
          files: [
            File(
              name: "t.json",
              content: .bytes(Array(tally.utf8).map { $0 == UInt8(ascii: "U") ? 0xFF : $0 }))
          ],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json: $.groups[0].elements.U1: missing element U1"),
        BadInputCase(
          command: c, inputClass: "unbalanced brace",
          files: [File(name: "t.json", content: .text(String(tally.dropLast())))],
          arguments: w + ["@t.json"], status: 65, message: "@t.json:3: malformed JSON"),
        BadInputCase(
          command: c, inputClass: "duplicate key",
          files: [edited("\"by\": []", "\"by\": [], \"by\": [\"unit\"]")],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json:1: malformed JSON: duplicate key \"by\""),
        BadInputCase(
          command: c, inputClass: "huge field",
          files: [edited("\"by\": []", "\"by\": [\"\(huge)\"]")],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json: $.groups[0].key: missing \"9999"),
        BadInputCase(
          command: c, inputClass: "wrong instrument kind",
          files: [edited("skm-permenpanrb-14-2017", "kami-bssn-5.0")],
          arguments: w + ["@t.json"], status: 65,
          message: "$I/kami-bssn-5.0.json: $.kind: invalid instrument: is a"),
        BadInputCase(
          command: c, inputClass: "unknown instrument id",
          files: [edited("skm-permenpanrb-14-2017", "no-such-instrument")],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json: $.instrument: unknown instrument \"no-such-instrument\""),
        BadInputCase(
          command: c, inputClass: "weights not summing",
          files: [
            valid,
            File(
              name: "w.csv",
              content: .text("element,weight\n" + (1...9).map { "U\($0),0.2\n" }.joined())),
          ],
          arguments: w + ["@a.tally.json", "--weights-file", "@w.csv"], status: 65,
          message: "@w.csv:10: weights sum to 1.8, expected 1"),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [edited("\"counts\": [0, 0, 1, 0]", "\"counts\": [0, -1, 1, 0]")],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json: $.groups[0].elements.U1.counts[1]: expected a whole number"),
        BadInputCase(
          command: c, inputClass: "unknown code", files: [edited("\"available\"", "\"sometimes\"")],
          arguments: w + ["@t.json"], status: 65,
          message: "@t.json: $.missingPolicy: expected available or listwise"),
      ]
  }

  static var skmSampleSize: [BadInputCase] {
    let c = "skm sample-size"
    let survey = File(name: "survey.csv", content: .dataset("Datasets/skm-synthetic-units.csv"))
    func run(_ population: String) -> [String] {
      ["skm", "sample-size", "--survey", "@survey.csv", "--by", "unit", "--population", population]
    }
    return [
      BadInputCase(
        command: c, inputClass: "missing file", files: [survey], arguments: run("@nowhere.csv"),
        status: 66,
        message: "@nowhere.csv: cannot read: no such file"),
      BadInputCase(
        command: c, inputClass: "out-of-range value",
        files: [
          survey, File(name: "pop.csv", content: .text("group,population\nDinas Dukcapil,-40\n")),
        ],
        arguments: run("@pop.csv"), status: 65, message: "@pop.csv:2:population: population \"-40\""
      ),
      BadInputCase(
        command: c, inputClass: "duplicate header",
        files: [
          survey,
          File(
            name: "pop.csv", content: .text("group,population,populasi\nDinas Dukcapil,40,40\n")),
        ],
        arguments: run("@pop.csv"), status: 65, message: "@pop.csv:1: columns "),
      BadInputCase(
        command: c, inputClass: "output in a missing folder", files: [],
        arguments: ["skm", "sample-size", "1000", "-o", "@nowhere/out.txt"], status: 73,
        message: "@nowhere/out.txt: cannot write: folder", output: false),
    ]
  }

  // MARK: spbe / pemdi

  static var index: [BadInputCase] {
    var cases: [BadInputCase] = []
    for (family, dataset, valueColumn, wrongValue, framework, weight) in [
      (
        "spbe", "Datasets/spbe-assessment-2024.csv", "level", "6", "spbe-permenpanrb-59-2020",
        "\"weight\": 13"
      ),
      (
        "pemdi", "Datasets/pemdi-aceh-tengah-2026.csv", "value", "5.5", "pemdi-permenpanrb-8-2026",
        "\"weight\": 10"
      ),
    ] {
      let header = "indicator,\(valueColumn)\n"
      for sub in ["score", "simulate", "sensitivity", "plan"] {
        let c = "\(family) \(sub)"
        let w = [family, sub]
        let extra: [String] =
          switch sub {
          case "simulate": ["--set", "1=+1"]
          case "plan": ["--target", "4"]
          default: []
          }
        let valid = File(name: "base.csv", content: .dataset(dataset))
        cases += fileClasses(c, w, extra: extra, valid: valid, emptyMessage: ": the file is empty")
        cases += csvClasses(
          c, w, extra: extra, header: header, row: "1,2\n", replaceFirstValue: { "1,\($0)\n" },
          valueColumn: valueColumn)
        cases += instrumentClasses(
          c, w + ["@base.csv"] + extra, option: "--framework", wrong: "kami-bssn-5.0"
        )
        .map { $0.with(valid) }
        cases += [
          BadInputCase(
            command: c, inputClass: "weights not summing",
            files: [
              valid,
              File(
                name: "framework.json",
                content: .instrument(framework, replacing: weight, with: weight + "1")),
            ],
            arguments: w + ["@base.csv", "--framework", "@framework.json"] + extra, status: 65,
            message: "@framework.json: $.tiers[0].nodes: invalid instrument: weights sum to"),
          BadInputCase(
            command: c, inputClass: "out-of-range value",
            files: [File(name: "in.csv", content: .text(header + "1,\(wrongValue)\n"))],
            arguments: w + ["@in.csv"] + extra, status: 65, message: "@in.csv:2:\(valueColumn): "),
          BadInputCase(
            command: c, inputClass: "unknown code",
            files: [File(name: "in.csv", content: .text(header + "99.9,1\n"))],
            arguments: w + ["@in.csv"] + extra, status: 65, message: "@in.csv:2:indicator: "),
        ]
      }
    }
    // The side files of simulate and plan.
    let base = ["@base.csv"]
    let valid = File(name: "base.csv", content: .dataset("Datasets/spbe-assessment-2024.csv"))
    for (c, option, header, row, bad, column) in [
      (
        "spbe simulate --scenarios", "--scenarios", "scenario,target,value\n", "A,21,+1\n",
        "A,21,+9\n", "value"
      ),
      ("spbe plan --costs", "--costs", "indicator,step,cost\n", "1,2,8\n", "1,2,-8\n", "cost"),
    ] {
      let w =
        ["spbe", c.split(separator: " ")[1].description] + base
        + (c.hasPrefix("spbe plan") ? ["--target", "4"] : [])
      cases += [
        BadInputCase(
          command: c, inputClass: "missing file", files: [valid],
          arguments: w + [option, "@nowhere.csv"], status: 66,
          message: "@nowhere.csv: cannot read: no such file"),
        BadInputCase(
          command: c, inputClass: "ragged row",
          files: [valid, File(name: "side.csv", content: .text(header + row + "1\n"))],
          arguments: w + [option, "@side.csv"], status: 65, message: "@side.csv:3: row has "),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [valid, File(name: "side.csv", content: .text(header + bad))],
          arguments: w + [option, "@side.csv"], status: 65, message: "@side.csv:2:\(column): "),
      ]
    }
    return cases
  }

  static var spbeReconstruct: [BadInputCase] {
    let w = ["spbe", "reconstruct"]
    return [
      BadInputCase(
        command: "spbe reconstruct", inputClass: "out-of-range value", files: [],
        arguments: w + ["--domains", "9,2,2,2"],
        status: 65, message: "--domains: "),
      BadInputCase(
        command: "spbe reconstruct", inputClass: "unknown code", files: [],
        arguments: w + ["--domains", "2,2,x,2"],
        status: 65, message: "--domains: "),
    ]
      + instrumentClasses(
        "spbe reconstruct", w + ["--domains", "2,2,2,2"], option: "--framework",
        wrong: "kami-bssn-5.0")
  }

  // MARK: kami

  static var kami: [BadInputCase] {
    let c = "kami score"
    let w = ["kami", "score"]
    let valid = File(
      name: "answers.csv", content: .dataset("Datasets/kami-5.0-diskominfo-kabupaten.csv"))
    let header = "question,answer\n"
    return fileClasses(c, w, valid: valid, emptyMessage: ": the file is empty")
      + csvClasses(
        c, w, header: header, row: "1.1,A\n", replaceFirstValue: { "1.1,\($0)\n" },
        valueColumn: "answer")
      + instrumentClasses(c, w + ["@answers.csv"], wrong: "skm-permenpanrb-14-2017").map {
        $0.with(valid)
      }
      + [
        BadInputCase(
          command: c, inputClass: "weights not summing",
          files: [
            valid,
            File(
              name: "kami.json",
              content: .instrument("kami-bssn-5.0", replacing: "\"max\": 126", with: "\"max\": 127")
            ),
          ],
          arguments: w + ["@answers.csv", "--instrument", "@kami.json"], status: 65,
          message: "@kami.json: $.areas[0].max: invalid instrument: "),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [File(name: "in.csv", content: .text(header + "2.1,4\n"))],
          arguments: w + ["@in.csv", "--version", "5.0"], status: 65, message: "@in.csv:2:answer: "),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [File(name: "in.csv", content: .text(header + "9.9,1\n"))],
          arguments: w + ["@in.csv", "--version", "5.0"], status: 65,
          message: "@in.csv:2:question: unknown question"),
        BadInputCase(
          command: "kami template", inputClass: "output in a missing folder", files: [],
          arguments: ["kami", "template", "-o", "@nowhere/out.csv"], status: 73,
          message: "@nowhere/out.csv: cannot write",
          output: false),
      ]
      + instrumentClasses(
        "kami template", ["kami", "template"], wrong: "sakip-permenpanrb-88-2021")
  }

  // MARK: sakip

  static var sakipScore: [BadInputCase] {
    let c = "sakip score"
    let w = ["sakip", "score"]
    let valid = File(name: "lke.csv", content: .dataset("Datasets/sakip-lke-diskominfo-2023.csv"))
    let header = "code,value\n"
    return fileClasses(c, w, valid: valid, emptyMessage: ": the file is empty")
      + csvClasses(
        c, w, header: header, row: "1.1,BB\n", replaceFirstValue: { "1.1,\($0)\n" },
        valueColumn: "value")
      + instrumentClasses(c, w + ["@lke.csv"], wrong: "kami-bssn-5.0").map { $0.with(valid) }
      + [
        BadInputCase(
          command: c, inputClass: "weights not summing",
          files: [
            valid,
            File(
              name: "sakip.json",
              content: .instrument(
                "sakip-permenpanrb-88-2021", replacing: "\"weight\": 30", with: "\"weight\": 31")),
          ],
          arguments: w + ["@lke.csv", "--instrument", "@sakip.json"], status: 65,
          message: "@sakip.json: $.components[0]"),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [File(name: "in.csv", content: .text(header + "1,31\n"))],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2:value: "),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [File(name: "in.csv", content: .text(header + "9.9.9,Y\n"))],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2:value: "),
      ]
  }

  static var sakipCapaian: [BadInputCase] {
    let c = "sakip capaian"
    let w = ["sakip", "capaian"]
    let valid = File(name: "iku.csv", content: .dataset("Datasets/capaian-diskominfo-2023.csv"))
    let header = "sasaran,indikator,satuan,target,realisasi\n"
    return fileClasses(c, w, valid: valid, emptyMessage: ": the file is empty")
      + csvClasses(
        c, w, header: header, row: "s,i,%,100,90\n", replaceFirstValue: { "s,i,%,100,\($0)\n" },
        valueColumn: "realisasi",
        firstColumn: 3)
      + instrumentClasses(c, w + ["@iku.csv"], wrong: "kami-bssn-5.0").map { $0.with(valid) }
      + [
        BadInputCase(
          command: c, inputClass: "bands not tiling",
          files: [
            valid,
            File(
              name: "eff.json",
              content: .instrument(
                "efisiensi-kepmendagri-690.900-327-1996", replacing: "\"upper\": 60",
                with: "\"upper\": 55")),
          ],
          arguments: w + ["@iku.csv", "--efficiency", "@eff.json"], status: 65,
          message: "@eff.json: $.ratioBands: invalid instrument: gap between bands"),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [
            File(
              name: "in.csv",
              content: .text(header.dropLast() + ",anggaran,realisasiAnggaran\ns,i,%,100,90,-5,3\n")
            )
          ],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2:anggaran: "),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [
            File(
              name: "in.csv",
              content: .text(header.dropLast() + ",polaritas\ns,i,%,100,90,sideways\n"))
          ],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2:polaritas: "),
      ]
  }

  // MARK: audit

  static let claims = """
    {"source": "test", "claims": [
      {"id": "SKM", "kind": "skm", "respondents": "survey.csv", "printed": {"index": 3.000}}
    ]}
    """

  static var audit: [BadInputCase] {
    let c = "audit"
    let survey = File(name: "survey.csv", content: .text(skmHeader + skmRow))
    let valid = File(name: "claims.json", content: .text(claims))
    func edited(_ old: String, _ new: String) -> File {
      File(name: "c.json", content: .text(claims.replacingOccurrences(of: old, with: new)))
    }
    return fileClasses(c, ["audit"], valid: valid, emptyMessage: ":1: malformed JSON").map {
      $0.with(survey)
    }
      + [
        BadInputCase(
          command: c, inputClass: "binary garbage",
          files: [File(name: "garbage.bin", content: .bytes(garbage))],
          arguments: ["audit", "@garbage.bin"], status: 65,
          message: "@garbage.bin:1: malformed JSON"),
        BadInputCase(
          command: c, inputClass: "invalid UTF-8",
          files: [
            survey,
            File(
              name: "c.json",
              content: .bytes(Array(claims.utf8).map { $0 == UInt8(ascii: "k") ? 0xFF : $0 })),
          ],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json: $.claims[0].kind: expected a kind"),
        BadInputCase(
          command: c, inputClass: "unbalanced brace",
          files: [survey, File(name: "c.json", content: .text(String(claims.dropLast())))],
          arguments: ["audit", "@c.json"], status: 65, message: "@c.json:3: malformed JSON"),
        BadInputCase(
          command: c, inputClass: "huge field", files: [survey, edited("3.000", "\"\(huge)\"")],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json: $.claims[0].printed.index: "),
        BadInputCase(
          command: c, inputClass: "duplicate key",
          files: [survey, edited("\"index\": 3.000", "\"index\": 3.000, \"index\": 4")],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json:2: malformed JSON: duplicate key \"index\""),
        BadInputCase(
          command: c, inputClass: "duplicate claim id",
          files: [
            survey, edited("]}", ", {\"id\": \"SKM\", \"kind\": \"skm\", \"printed\": {}}]}"),
          ],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json: $.claims[1].id: duplicate claim id"),
        BadInputCase(
          command: c, inputClass: "wrong instrument kind",
          files: [
            survey,
            edited("\"kind\": \"skm\",", "\"kind\": \"skm\", \"instrument\": \"kami-bssn-5.0\","),
          ],
          arguments: ["audit", "@c.json"], status: 65,
          message: "$I/kami-bssn-5.0.json: $.kind: invalid instrument: is a"),
        BadInputCase(
          command: c, inputClass: "unknown instrument id",
          files: [
            survey,
            edited(
              "\"kind\": \"skm\",", "\"kind\": \"skm\", \"instrument\": \"no-such-instrument\","),
          ],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json: $.claims[0].instrument: unknown instrument \"no-such-instrument\""),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [
            File(name: "survey.csv", content: .text(skmHeader + "1,3,3,3,3,3,3,9,3,3\n")), valid,
          ],
          arguments: ["audit", "@claims.json"], status: 65, message: "@survey.csv:2:U7: "),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [survey, edited("\"kind\": \"skm\"", "\"kind\": \"ikm\"")],
          arguments: ["audit", "@c.json"], status: 65,
          message: "@c.json: $.claims[0].kind: unknown kind \"ikm\""),
      ]
  }

  static var spbeAnnex: [BadInputCase] {
    let c = "audit spbe-annex"
    let w = ["audit", "spbe-annex"]
    let valid = File(name: "annex.csv", content: .dataset("Datasets/spbe-annex-sample.csv"))
    let header = "year,instansi,d1,d2,d3,d4,index,predikat\n"
    return fileClasses(c, w, valid: valid, emptyMessage: ": the file is empty")
      + csvClasses(
        c, w, header: header, row: "2023,Kab. A,4.40,2.70,1.18,4.07,3.29,Baik\n",
        replaceFirstValue: { "2023,Kab. A,\($0),2.70,1.18,4.07,3.29,Baik\n" }, valueColumn: "d1",
        firstColumn: 2)
      + instrumentClasses(c, w + ["@annex.csv"], option: "--framework", wrong: "kami-bssn-5.0").map
    { $0.with(valid) }
      + [
        BadInputCase(
          command: c, inputClass: "weights not summing",
          files: [
            valid,
            File(
              name: "framework.json",
              content: .instrument(
                "spbe-permenpanrb-59-2020", replacing: "\"weight\": 13", with: "\"weight\": 14")),
          ],
          arguments: w + ["@annex.csv", "--framework", "@framework.json"], status: 65,
          message: "@framework.json: $.tiers[0].nodes: invalid instrument: weights sum to"),
        BadInputCase(
          command: c, inputClass: "unknown code",
          files: [
            File(
              name: "in.csv",
              content: .text(header + "2023,Kab. A,4.40,2.70,1.18,4.07,3.29,Baik,x\n"))
          ],
          arguments: w + ["@in.csv"], status: 65, message: "@in.csv:2: row has 9 fields"),
      ]
  }

  // MARK: report

  static var report: [BadInputCase] {
    let c = "report"
    let survey = File(name: "survey.csv", content: .text(skmHeader + skmRow))
    func spec(_ sections: String) -> File {
      File(name: "r.json", content: .text("{\"title\": \"t\", \"sections\": [\(sections)]}"))
    }
    let valid = spec("{\"skm\": \"survey.csv\"}")
    let html = ["-o", "@out.html"]
    return [
      BadInputCase(
        command: c, inputClass: "missing file", files: [],
        arguments: ["report", "@nowhere.json"] + html, status: 66,
        message: "@nowhere.json: cannot read: no such file", output: false),
      BadInputCase(
        command: c, inputClass: "folder instead of a file",
        files: [File(name: "folder", content: .folder)],
        arguments: ["report", "@folder"] + html, status: 66,
        message: "@folder: cannot read: is a directory", output: false),
      BadInputCase(
        command: c, inputClass: "empty file", files: [File(name: "empty", content: .text(""))],
        arguments: ["report", "@empty"] + html, status: 65, message: "@empty:1: malformed JSON",
        output: false),
      BadInputCase(
        command: c, inputClass: "binary garbage",
        files: [File(name: "garbage.bin", content: .bytes(garbage))],
        arguments: ["report", "@garbage.bin"] + html, status: 65,
        message: "@garbage.bin:1: malformed JSON", output: false),
      BadInputCase(
        command: c, inputClass: "unknown code", files: [survey, spec("{\"ikm\": \"survey.csv\"}")],
        arguments: ["report", "@r.json"] + html, status: 65,
        message: "@r.json: $.sections[0]: expected one of", output: false),
      BadInputCase(
        command: c, inputClass: "section input missing", files: [valid],
        arguments: ["report", "@r.json"] + html,
        status: 66, message: "@survey.csv: cannot read: no such file", output: false),
      BadInputCase(
        command: c, inputClass: "section input out of range",
        files: [
          valid, File(name: "survey.csv", content: .text(skmHeader + "1,3,3,3,3,3,3,3,3,7\n")),
        ],
        arguments: ["report", "@r.json"] + html, status: 65, message: "@survey.csv:2:U9: ",
        output: false),
      BadInputCase(
        command: c, inputClass: "output in a missing folder", files: [valid, survey],
        arguments: ["report", "@r.json", "-o", "@nowhere/out.html"], status: 73,
        message: "@nowhere/out.html: cannot write",
        output: false),
      BadInputCase(
        command: c, inputClass: "output under a regular file",
        files: [valid, survey, File(name: "afile", content: .text("x"))],
        arguments: ["report", "@r.json", "-o", "@afile/out.html"], status: 73,
        message: "@afile/out.html: cannot write",
        output: false),
    ]
  }

  // MARK: instruments

  static var instrumentFiles: [BadInputCase] {
    var cases: [BadInputCase] = []
    for sub in ["check", "show"] {
      let c = "instruments \(sub)"
      let w = ["instruments", sub]
      cases +=
        sub == "show"
        ? []
        : [
          // `show` prints any instrument file as it is; only `check` validates the kind.
          BadInputCase(
            command: c, inputClass: "unknown code",
            files: [
              File(
                name: "x.json",
                content: .instrument(
                  "capaian-scales", replacing: "\"kind\": \"capaian-scales\"",
                  with: "\"kind\": \"nosuch\""))
            ],
            arguments: w + ["@x.json"], status: 65, message: "@x.json: $.kind: ", output: false)
        ]
      cases += [
        BadInputCase(
          command: c, inputClass: "missing file", files: [], arguments: w + ["@nowhere.json"],
          status: 66,
          message: "@nowhere.json: cannot read: no such file", output: false),
        BadInputCase(
          command: c, inputClass: "folder instead of a file",
          files: [File(name: "folder", content: .folder)],
          arguments: w + ["@folder"], status: 66, message: "@folder: cannot read: is a directory",
          output: false),
        BadInputCase(
          command: c, inputClass: "empty file",
          files: [File(name: "empty.json", content: .text(""))],
          arguments: w + ["@empty.json"], status: 65,
          message:
            "@empty.json: $: invalid instrument: malformed JSON on line 1: unexpected end of input",
          output: false),
        BadInputCase(
          command: c, inputClass: "binary garbage",
          files: [File(name: "garbage.json", content: .bytes(garbage))],
          arguments: w + ["@garbage.json"], status: 65,
          message:
            "@garbage.json: $: invalid instrument: malformed JSON on line 1: unexpected character",
          output: false),
        BadInputCase(
          command: c, inputClass: "unknown instrument id", files: [],
          arguments: w + ["no-such-instrument"], status: 64,
          message: "unknown instrument \"no-such-instrument\"", output: false),
        BadInputCase(
          command: c, inputClass: "duplicate key",
          files: [
            File(
              name: "x.json",
              content: .instrument(
                "capaian-scales", replacing: "\"schemaVersion\": 1",
                with: "\"schemaVersion\": 1, \"schemaVersion\": 2"))
          ],
          arguments: w + ["@x.json"], status: 65,
          message:
            "@x.json: $: invalid instrument: malformed JSON on line 2: duplicate key \"schemaVersion\"",
          output: false),
        BadInputCase(
          command: c, inputClass: "out-of-range value",
          files: [
            File(
              name: "x.json",
              content: .instrument(
                "capaian-scales", replacing: "\"schemaVersion\": 1", with: "\"schemaVersion\": 2"))
          ],
          arguments: w + ["@x.json"], status: 65, message: "@x.json: $.schemaVersion: ",
          output: false),
        BadInputCase(
          command: c, inputClass: "huge field",
          files: [
            File(
              name: "x.json",
              content: .instrument(
                "capaian-scales", replacing: "\"schemaVersion\": 1",
                with: "\"schemaVersion\": \"\(huge)\""))
          ],
          arguments: w + ["@x.json"], status: 65, message: "@x.json: $.schemaVersion: ",
          output: false),
      ]
    }
    for (id, old, new, path) in [
      ("spbe-permenpanrb-59-2020", "\"weight\": 13", "\"weight\": 14", "$.tiers[0].nodes"),
      ("pemdi-permenpanrb-8-2026", "\"weight\": 10", "\"weight\": 11", "$.tiers[0].nodes"),
      ("sakip-permenpanrb-88-2021", "\"weight\": 30", "\"weight\": 31", "$.components[0]"),
      ("kami-bssn-4.2", "\"max\": 645", "\"max\": 646", "$."),
      ("capaian-scales", "\"lower\": 65", "\"lower\": 66", "$.categoryScales[0].bands"),
    ] {
      cases.append(
        BadInputCase(
          command: "instruments check", inputClass: "weights not summing (\(id))",
          files: [File(name: "x.json", content: .instrument(id, replacing: old, with: new))],
          arguments: ["instruments", "check", "@x.json"],
          status: 65, message: "@x.json: \(path)", output: false))
    }
    return cases
  }

  /// Commands that only write.
  static var outputOnly: [BadInputCase] {
    [
      BadInputCase(
        command: "datasets generate", inputClass: "output in a missing folder", files: [],
        arguments: ["datasets", "generate", "--respondents", "10", "-o", "@nowhere/out.csv"],
        status: 73,
        message: "@nowhere/out.csv: cannot write", output: false, library: false),
      BadInputCase(
        command: "instruments", inputClass: "instrument folder holding a broken file",
        files: [
          File(name: "lib", content: .folder), File(name: "lib/x.json", content: .text("{")),
        ], arguments: ["instruments", "--instruments", "@lib"],
        status: 65, message: "@lib/x.json: $: invalid instrument: malformed JSON on line 1",
        output: false, library: false),
    ]
  }
}

/// A valid dataset with a byte-order mark in front.
struct BOMCase: Sendable, CustomTestStringConvertible {
  var command: String
  var arguments: [String]
  var dataset: String
  var suffix: String
  var status: Int32 = 0
  var json = true
  var testDescription: String { command }

  static let all: [BOMCase] = [
    BOMCase(
      command: "skm score", arguments: ["skm", "score"],
      dataset: "Datasets/skm-banjarnegara-2023.csv", suffix: ".csv"),
    BOMCase(
      command: "spbe score", arguments: ["spbe", "score"],
      dataset: "Datasets/spbe-assessment-2024.csv", suffix: ".csv"),
    BOMCase(
      command: "pemdi score", arguments: ["pemdi", "score"],
      dataset: "Datasets/pemdi-aceh-tengah-2026.csv", suffix: ".csv"),
    BOMCase(
      command: "kami score", arguments: ["kami", "score"],
      dataset: "Datasets/kami-4.2-diskominfo-kabupaten.csv", suffix: ".csv"),
    BOMCase(
      command: "sakip score", arguments: ["sakip", "score"],
      dataset: "Datasets/sakip-lke-diskominfo-2023.csv", suffix: ".csv"),
    BOMCase(
      command: "sakip capaian", arguments: ["sakip", "capaian"],
      dataset: "Datasets/capaian-diskominfo-2023.csv", suffix: ".csv"),
    BOMCase(
      command: "audit spbe-annex", arguments: ["audit", "spbe-annex"],
      dataset: "Datasets/spbe-annex-sample.csv", suffix: ".csv", status: 1),
    BOMCase(
      command: "instruments check", arguments: ["instruments", "check"],
      dataset: "Instruments/capaian-scales.json", suffix: ".json",
      json: false),
  ]
}
