import Foundation
import Testing

/// `timbang kami …` run as a user would: the built binary, its output, exit code and files.
@Suite("timbang kami (end to end)")
struct KAMICommandTests {
  static let v42 = "Datasets/kami-4.2-diskominfo-kabupaten.csv"
  static let v50 = "Datasets/kami-5.0-diskominfo-kabupaten.csv"
  /// The source tree's instruments, so the tests do not depend on other instrument files being present.
  static let instruments = ["--instruments", BinaryRunner.path("Instruments")]

  static func kami(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Result {
    try BinaryRunner.run(["kami"] + arguments + instruments, stdin: stdin)
  }

  /// A copy of `dataset` with the answer of `question` replaced (or the row appended when absent), and the 1-based
  /// line of that row.
  static func edited(_ dataset: String, _ question: String, answer: String) throws -> (path: String, line: Int) {
    var lines = try String(contentsOfFile: BinaryRunner.path(dataset), encoding: .utf8)
      .components(separatedBy: "\r\n")
    if lines.last == "" { lines.removeLast() }
    let line: Int
    if let i = lines.firstIndex(where: { $0.hasPrefix(question + ",") }) {
      let rest = lines[i].split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
      lines[i] = question + "," + answer + "," + (rest.count > 2 ? String(rest[2]) : "")
      line = i + 1
    } else {
      lines.append(question + "," + answer + ",,,")
      line = lines.count
    }
    let url = try BinaryRunner.temporaryDirectory().appendingPathComponent("answers.csv")
    try (lines.joined(separator: "\r\n") + "\r\n").write(to: url, atomically: true, encoding: .utf8)
    return (url.path, line)
  }

  @Test("scores the bundled 4.2 dataset: 307 of 645, Pemenuhan Kerangka Kerja Dasar")
  func dataset42() throws {
    let r = try Self.kami(["score", Self.v42])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Indeks KAMI versi 4.2"))
    #expect(r.stdout.contains("Kategori sistem elektronik (KSE): 19 (Tinggi)"))
    #expect(r.stdout.contains("307") && r.stdout.contains("47,60%"))
    #expect(r.stdout.contains("Pemenuhan Kerangka Kerja Dasar"))
    #expect(r.stdout.contains("Kerangka Kerja Keamanan Informasi tidak valid, 6 poin tidak dihitung"))
    #expect(r.stdout.contains("I+ s/d II"))
    #expect(r.stderr.isEmpty)
  }

  @Test("scores the bundled 5.0 dataset with --version: 495 of 918")
  func dataset50() throws {
    let r = try Self.kami(["score", Self.v50, "--version", "5.0", "--lang", "en"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Indeks KAMI version 5.0"))
    #expect(r.stdout.contains("495") && r.stdout.contains("53.92%"))
    #expect(r.stdout.contains("Basic framework fulfilment"))
    #expect(!r.stdout.contains("recognised from the question numbers"))
  }

  @Test("JSON has the shape of kami.md")
  func json() throws {
    let r = try Self.kami(["score", Self.v42, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? String == "4.2")
    #expect(object["instrument"] as? String == "kami-bssn-4.2")
    let kse = try #require(object["kse"] as? [String: Any])
    #expect(kse["score"] as? Int == 19 && kse["category"] as? String == "Tinggi")
    let areas = try #require(object["areas"] as? [[String: Any]])
    #expect(areas.compactMap { $0["code"] as? String } == ["TK", "PR", "KK", "PA", "TG"])
    #expect(areas.compactMap { $0["score"] as? Int } == [64, 24, 50, 98, 71])
    #expect(areas.compactMap { $0["max"] as? Int } == [126, 72, 159, 168, 120])
    #expect(areas.compactMap { $0["category3Valid"] as? Bool } == [true, false, false, true, true])
    let levelScores = try #require(areas[0]["levelScores"] as? [String: Int])
    #expect(Set(levelScores.keys) == ["II", "III", "IV", "V"])
    #expect(areas[0]["name"] as? String == "Tata Kelola")
    #expect(areas[0]["level"] as? String == "II")
    #expect(object["total"] as? Int == 307)
    #expect(object["max"] as? Int == 645)
    let percent = try #require(object["percent"] as? Double)
    #expect(abs(percent - 307.0 / 645.0 * 100) < 1e-12)
    #expect(object["status"] as? String == "Pemenuhan Kerangka Kerja Dasar")
    #expect((object["statusReason"] as? String)?.contains("273–455") == true)
    #expect(object["maturityRange"] as? String == "I+ s/d II")
    let supplements = try #require(object["supplements"] as? [[String: Any]])
    #expect(supplements.compactMap { $0["name"] as? String } == ["Pihak Ketiga", "Pelindungan Data Pribadi"])
    #expect(supplements.compactMap { $0["max"] as? Int } == [81, 48])
  }

  struct Bad: Sendable, CustomTestStringConvertible {
    var name: String
    var dataset: String
    var question: String
    var answer: String
    var expected: String
    var testDescription: String { name }
  }

  static let bad = [
    Bad(
      name: "unanswered question", dataset: v50, question: "4.7", answer: "",
      expected: "answer: question 4.7 is unanswered"),
    Bad(
      name: "Tidak Berlaku where 5.0 does not allow it", dataset: v50, question: "2.1", answer: "TB",
      expected: "answer: question 2.1 does not allow \"Tidak Berlaku\""),
    Bad(
      name: "unknown question number", dataset: v42, question: "2.23", answer: "3",
      expected: "question: unknown question \"2.23\" (Tata Kelola has 2.1–2.22)"),
    Bad(
      name: "category answer other than A/B/C", dataset: v42, question: "1.3", answer: "D",
      expected: "answer: question 1.3 expects A, B or C, found \"D\""),
  ]

  @Test("answers that do not fit: exit 65 with file:line, and no partial -o file", arguments: bad)
  func badInput(_ b: Bad) throws {
    let (path, line) = try Self.edited(b.dataset, b.question, answer: b.answer)
    let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("result.json").path
    let r = try Self.kami(["score", path, "--format", "json", "-o", out, "--lang", "en"])
    #expect(r.status == 65)
    #expect(r.stderr.contains("\(path):\(line):\(b.expected)"), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test("a 4.2 file scored as 5.0 is a located error, not a number")
  func wrongVersion() throws {
    let r = try Self.kami(["score", Self.v42, "--version", "5.0", "--lang", "en"])
    #expect(r.status == 65)
    #expect(r.stderr.contains("kami-4.2-diskominfo-kabupaten.csv:"), "\(r.stderr)")
    #expect(r.stderr.contains("unknown question") || r.stderr.contains("no answer"))
  }

  @Test("template round trip: fill the blank template and score it")
  func templateRoundTrip() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let template = dir.appendingPathComponent("blank.csv").path
    let t = try Self.kami(["template", "--version", "5.0", "-o", template])
    #expect(t.status == 0 && t.stdout.isEmpty)
    let text = try String(contentsOfFile: template, encoding: .utf8)
    #expect(text.hasPrefix("question,answer,area,choices,text\r\n"))
    // Scoring the blank template lists what is missing.
    let blank = try Self.kami(["score", template])
    #expect(blank.status == 65)
    #expect(
      blank.stderr.contains("blank.csv:2:answer: pertanyaan 1.1 belum dijawab (185 pertanyaan belum dijawab"),
      "\(blank.stderr)")
    // KSE all A (50, Strategis), every area answer 3, supplements left blank.
    let filled = text.components(separatedBy: "\r\n").map { line -> String in
      guard let comma = line.firstIndex(of: ","), line[comma...].hasPrefix(",,") else { return line }
      let number = line[..<comma]
      if number.hasPrefix("S") { return line }
      return number + (number.hasPrefix("1.") ? ",A" : ",3") + line[line.index(after: comma)...]
    }.joined(separator: "\r\n")
    let path = dir.appendingPathComponent("filled.csv").path
    try filled.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try Self.kami(["score", path, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["version"] as? String == "5.0")
    #expect(object["total"] as? Int == 918)
    #expect(object["status"] as? String == "Baik")
    #expect((object["kse"] as? [String: Any])?["category"] as? String == "Strategis")
    #expect(object["maturityRange"] as? String == "III s/d V")
    // The 4.2 template goes to standard output.
    let t42 = try Self.kami(["template", "--version", "4.2"])
    #expect(t42.status == 0 && t42.stdout.contains("\r\n6.26,,TG,0-3,"))
    #expect(!t42.stdout.contains("7.1,"))
  }

  @Test("several systems: the highest KSE score is the baseline")
  func severalSystems() throws {
    let (higher, _) = try Self.edited(Self.v50, "1.1", answer: "A")
    let r = try Self.kami(["score", Self.v42, higher, "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["baseline"] as? String == higher)
    #expect(object["baselineIndex"] as? Int == 1)
    let systems = try #require(object["systems"] as? [[String: Any]])
    #expect(systems.compactMap { $0["version"] as? String } == ["4.2", "5.0"])
    let text = try Self.kami(["score", Self.v42, higher])
    #expect(text.stdout.contains("Sistem acuan: \(higher) (KSE 23, Tinggi)"))
    let table = try Self.kami(["score", Self.v42, higher, "--format", "md", "--table", "kami-systems"])
    #expect(table.status == 0 && table.stdout.contains("| Sistem elektronik |"))
  }

  @Test("Markdown and CSV annex tables; standard input")
  func formats() throws {
    let md = try Self.kami(["score", Self.v42, "--format", "md"])
    #expect(md.status == 0)
    #expect(md.stdout.contains("| Tata Kelola | 64 | 126 | 50,79% | Valid | II |"))
    let csv = try Self.kami(["score", Self.v42, "--format", "csv", "--lang", "en"])
    #expect(csv.stdout.hasPrefix("Area,Score,Max.,%,Category-3 validity,Maturity level\r\n"))
    #expect(csv.stdout.contains("Governance,64,126,50.79,Valid,II\r\n"))
    let input = try String(contentsOfFile: BinaryRunner.path(Self.v42), encoding: .utf8)
    let stdin = try Self.kami(["score", "-", "--format", "json"], stdin: input)
    #expect(stdin.status == 0 && stdin.stdout.contains("\"total\": 307"))
  }

  @Test("usage errors: both --version and --instrument; unknown --version")
  func usage() throws {
    let both = try Self.kami(["score", Self.v42, "--version", "4.2", "--instrument", "kami-bssn-4.2"])
    #expect(both.status == 64)
    let unknown = try Self.kami(["score", Self.v42, "--version", "3.0"])
    #expect(unknown.status == 64)
    let missing = try Self.kami(["score", "Datasets/no-such-file.csv"])
    #expect(missing.status == 66)
  }
}
