import Foundation
import Testing

/// `timbang spbe …` and `timbang pemdi …` run as a user would: the built binary, its output, exit code and files.
@Suite("timbang spbe / pemdi (end to end)")
struct IndexCommandTests {
  static func run(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Result {
    try BinaryRunner.run(arguments, stdin: stdin)
  }

  static func json(_ r: BinaryRunner.Result) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
  }

  @Test("scores the 47-indicator dataset: exact 2.7155 prints 2,72 Baik (half up)")
  func scoreDataset() throws {
    let r = try Self.run(["spbe", "score", "Datasets/spbe-assessment-2024.csv", "--year", "2024"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Indeks SPBE: 2,72 Baik"))
    #expect(r.stdout.contains("D3    Manajemen SPBE"))
    #expect(r.stdout.contains("A8"))
  }

  @Test("JSON of a domain-level score has the spec's shape (Banjarnegara 2023 → 3.29 Baik, rounded basis)")
  func domainsJSON() throws {
    let r = try Self.run(["spbe", "score", "--domains", "4.40,2.70,1.18,4.07", "--year", "2023", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.json(r)
    #expect(o["framework"] as? String == "spbe-permenpanrb-59-2020")
    #expect(o["predicateBasis"] as? String == "rounded")
    #expect(o["year"] as? Int == 2023)
    #expect(abs((o["index"] as? Double ?? 0) - 3.29355) < 1e-12)
    #expect(o["indexRounded"] as? Double == 3.29)
    #expect(o["predicate"] as? String == "Baik")
    #expect(o["fromRoundedDomains"] as? Bool == true)
    let domains = try #require(o["domains"] as? [[String: Any]])
    #expect(domains.map { $0["code"] as? String } == ["D1", "D2", "D3", "D4"])
    #expect(domains[0]["name"] as? String == "Kebijakan Internal SPBE")
    #expect(domains[0]["weight"] as? Double == 13 && domains[0]["index"] as? Double == 4.4)
    #expect(domains[0]["predicate"] as? String == "Memuaskan")
    #expect((o["aspects"] as? [Any])?.isEmpty == false)
    #expect((o["indicators"] as? [Any])?.isEmpty == true)
    #expect(o["warnings"] as? [String] == [])
    #expect(o["exactIndicesFromLevels"] as? [Double] == [3.292, 3.2945])
  }

  @Test("JSON of an indicator score lists 47 indicators with levels and level names")
  func indicatorsJSON() throws {
    let r = try Self.run(["spbe", "score", "Datasets/spbe-assessment-2024.csv", "--format", "json"])
    #expect(r.status == 0)
    let o = try Self.json(r)
    let indicators = try #require(o["indicators"] as? [[String: Any]])
    #expect(indicators.count == 47)
    #expect(indicators[0]["number"] as? Int == 1 && indicators[0]["level"] as? Int == 4)
    #expect(indicators[0]["levelName"] as? String == "Terpadu dan Terukur")
    #expect(indicators[0]["weight"] as? Double == 1.3)
    #expect((o["aspects"] as? [[String: Any]])?.count == 8)
    #expect(o["predicateBasis"] as? String == "unrounded")
    #expect((o["notes"] as? [String])?.first?.contains("default") == true)
  }

  @Test("Banyuwangi 2024 from rounded domains prints 4,76 with the reconstruction note (exactly 4.765 → 4.77)")
  func reconstructionNote() throws {
    let r = try Self.run(["spbe", "score", "--domains", "5.00,4.60,4.18,5.00", "--year", "2024"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("4,76"))
    #expect(r.stdout.contains("exactly 4.765 → 4.77"))
  }

  @Test("5/2018 national means 2018 → 1,98 (--framework short form)")
  func framework2018() throws {
    let r = try Self.run(["spbe", "score", "--framework", "5/2018", "--domains", "1.75,1.74,2.17", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.json(r)
    #expect(o["framework"] as? String == "spbe-permenpanrb-5-2018")
    #expect(o["indexRounded"] as? Double == 1.98)
  }

  @Test("Pemdi: Aceh Tengah 2026 → 1,24 Kurang (Merintis), aspects in place of domains; spbe --framework is the same")
  func pemdi() throws {
    let a = try Self.run([
      "pemdi", "score", "Datasets/pemdi-aceh-tengah-2026.csv", "--year", "2026", "--format", "json",
    ])
    #expect(a.status == 0, "\(a.stderr)")
    let o = try Self.json(a)
    #expect(o["framework"] as? String == "pemdi-permenpanrb-8-2026")
    #expect(o["domains"] == nil)
    let aspects = try #require(o["aspects"] as? [[String: Any]])
    #expect(aspects.count == 7 && aspects[0]["code"] as? String == "A1" && aspects[0]["predicate"] is NSNull)
    #expect(o["indexRounded"] as? Double == 1.24)
    #expect(o["predicate"] as? String == "Kurang" && o["predicateLevelName"] as? String == "Merintis")
    let indicators = try #require(o["indicators"] as? [[String: Any]])
    #expect(indicators[2]["code"] as? String == "2.1" && indicators[2]["value"] as? Double == 1.26)
    let b = try Self.run([
      "spbe", "score", "Datasets/pemdi-aceh-tengah-2026.csv", "--framework", "pemdi-permenpanrb-8-2026", "--year",
      "2026",
      "--format", "json",
    ])
    #expect(b.stdout == a.stdout)
    let text = try Self.run(["pemdi", "score", "Datasets/pemdi-aceh-tengah-2026.csv", "--aspect-predicates"])
    #expect(text.stdout.contains("Indeks Pemdi: 1,24 Kurang (Merintis)"))
    #expect(text.stdout.contains("not defined by the sources"))
  }

  @Test("many assessments in one file: one result per instansi, sorted")
  func multiInstansi() throws {
    let r = try Self.run(["spbe", "score", "Datasets/spbe-multi-instansi.csv", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let results = try #require(try Self.json(r)["results"] as? [[String: Any]])
    #expect(
      results.compactMap { $0["instansi"] as? String } == [
        "Kabupaten Mekarjaya", "Kabupaten Sukamaju", "Kota Sukasari",
      ])
    #expect(results.allSatisfy { $0["year"] as? Int == 2024 && $0["predicateBasis"] as? String == "unrounded" })
    let md = try Self.run([
      "spbe", "score", "Datasets/spbe-multi-instansi.csv", "--format", "md", "--table", "spbe-assessments",
    ])
    #expect(md.status == 0 && md.stdout.contains("| Kota Sukasari |"))
  }

  @Test("simulate: --set and a scenarios file; JSON has scenarios with before, after and delta")
  func simulate() throws {
    let r = try Self.run([
      "spbe", "simulate", "Datasets/spbe-assessment-2024.csv", "--set", "23=3", "--set", "29=+2",
      "--scenarios", "Datasets/spbe-scenarios.csv", "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let scenarios = try #require(try Self.json(r)["scenarios"] as? [[String: Any]])
    #expect(scenarios.map { $0["name"] as? String } == ["--set", "Manajemen SPBE", "Audit TIK", "Layanan publik"])
    let first = scenarios[0]
    let delta = try #require(first["delta"] as? [String: Any])
    #expect(abs((delta["index"] as? Double ?? 0) - 0.045) < 1e-12)
    #expect((delta["domains"] as? [String: Double])?["D3"] != nil)
    #expect((first["before"] as? [String: Any])?["framework"] as? String == "spbe-permenpanrb-59-2020")
    #expect((first["changes"] as? [[String: Any]])?.first?["target"] as? String == "23")
    let domains = try Self.run([
      "spbe", "simulate", "--domains", "4.40,2.70,1.18,4.07", "--set", "D3=2.50", "--year", "2023",
    ])
    #expect(domains.status == 0 && domains.stdout.contains("3,51") && domains.stdout.contains("Sangat Baik"))
  }

  @Test("sensitivity: per-level gains as CSV (indicator 1: +0,0130 index, +0,1000 D1)")
  func sensitivity() throws {
    let r = try Self.run(["spbe", "sensitivity", "Datasets/spbe-assessment-2024.csv", "--format", "csv"])
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\r\n")
    #expect(lines.count == 48)
    #expect(lines[1].contains(";0,0130;D1;0,1000;A1;0,1000"))
  }

  @Test("plan: cheapest path to Sangat Baik with the costs file; JSON has the spec's plan shape")
  func plan() throws {
    let r = try Self.run([
      "spbe", "plan", "Datasets/spbe-assessment-2024.csv", "--target", "Sangat Baik", "--costs",
      "Datasets/spbe-costs.csv",
      "--year", "2024", "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let o = try Self.json(r)
    #expect(o["target"] as? Double == 3.5 && o["targetLabel"] as? String == "Sangat Baik")
    #expect(o["reachable"] as? Bool == true)
    #expect(o["totalCost"] as? Double == 1453)
    let changes = try #require(o["changes"] as? [[String: Any]])
    #expect(!changes.isEmpty)
    for key in ["indicator", "from", "to", "cost", "indexGain"] { #expect(changes[0][key] != nil, "\(key)") }
    let after = try #require(o["after"] as? [String: Any])
    #expect(after["predicate"] as? String == "Sangat Baik")
    #expect((o["before"] as? [String: Any])?["predicate"] as? String == "Baik")
  }

  @Test("plan says plainly when a target is unreachable; Pemdi plans to Baik move values to whole levels")
  func planUnreachableAndPemdi() throws {
    let r = try Self.run(["spbe", "plan", "Datasets/spbe-assessment-2024.csv", "--target", "4.5", "--max-level", "4"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("tidak dapat dicapai"))
    let p = try Self.run([
      "pemdi", "plan", "Datasets/pemdi-aceh-tengah-2026.csv", "--target", "Baik", "--costs", "Datasets/pemdi-costs.csv",
      "--format", "json",
    ])
    #expect(p.status == 0, "\(p.stderr)")
    let o = try Self.json(p)
    #expect(o["reachable"] as? Bool == true)
    let changes = try #require(o["changes"] as? [[String: Any]])
    #expect(changes.allSatisfy { ($0["to"] as? Double).map { $0 == $0.rounded() } ?? false })
    #expect(((o["after"] as? [String: Any])?["index"] as? Double ?? 0) >= 2.5)
  }

  @Test("reconstruct: Pacitan 2024 Baik is consistent (exit 0); Sangat Baik is a finding (exit 1)")
  func reconstruct() throws {
    let ok = try Self.run([
      "spbe", "reconstruct", "--domains", "4.70,3.00,2.09,3.94", "--year", "2024", "--index", "3.50", "--predicate",
      "Baik",
      "--format", "json",
    ])
    #expect(ok.status == 0, "\(ok.stderr)")
    let o = try Self.json(ok)
    #expect(o["consistent"] as? Bool == true)
    #expect((o["indexCandidates"] as? [[String: Any]])?.first?["value"] as? Double == 3.4985)
    let bad = try Self.run([
      "spbe", "reconstruct", "--domains", "4.70,3.00,2.09,3.94", "--year", "2024", "--index", "3.50", "--predicate",
      "Sangat Baik",
    ])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("it would on the rounded basis"))
  }

  @Test("annex formats: svg charts (domain bars over predicate bands, before/after), html page, xlsx workbook")
  func annexFormats() throws {
    let svg = try Self.run(["spbe", "score", "--domains", "4.40,2.70,1.18,4.07", "--format", "svg"])
    #expect(svg.status == 0 && svg.stdout.hasPrefix("<?xml") && svg.stdout.contains("Memuaskan"))
    let sim = try Self.run([
      "spbe", "simulate", "Datasets/spbe-assessment-2024.csv", "--scenarios", "Datasets/spbe-scenarios.csv", "--format",
      "svg",
    ])
    #expect(sim.status == 0 && sim.stdout.contains("Audit TIK") && sim.stdout.contains("Kondisi awal"))
    let html = try Self.run(["pemdi", "score", "Datasets/pemdi-aceh-tengah-2026.csv", "--format", "html"])
    #expect(html.status == 0 && html.stdout.contains("<caption>Tabel 1. Indeks Pemdi per aspek</caption>"))
    let dir = try BinaryRunner.temporaryDirectory()
    let path = dir.appendingPathComponent("plan.xlsx").path
    let xlsx = try Self.run([
      "spbe", "plan", "Datasets/spbe-assessment-2024.csv", "--target", "3.5", "--format", "xlsx", "-o", path,
    ])
    #expect(xlsx.status == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP container
    let none = try Self.run(["spbe", "sensitivity", "--format", "svg", "--lang", "en"])
    #expect(none.status == 64 && none.stderr.contains("no chart"))
  }

  struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var stdin: String?
    var status: Int32
    var message: String
    var testDescription: String { name }
  }

  static let badInputs: [BadInput] = [
    .init(
      name: "level 6", arguments: ["spbe", "score", "-"], stdin: "indicator,level\n1,3\n2,6\n", status: 65,
      message: "<stdin>:3:level: indicator 2: level \"6\" is outside 1–5"),
    .init(
      name: "unknown indicator", arguments: ["spbe", "score", "-"], stdin: "indicator,level\n48,3\n", status: 65,
      message: "<stdin>:2:indicator: unknown indicator \"48\""),
    .init(
      name: "duplicate row", arguments: ["spbe", "score", "-"], stdin: "indicator,level\n4,3\n4,3\n", status: 65,
      message: "<stdin>:3:indicator: indicator 4 appears twice"),
    .init(
      name: "incomplete assessment", arguments: ["spbe", "score", "-"], stdin: "indicator,level\n4,3\n", status: 65,
      message: "missing indicators"),
    .init(
      name: "Pemdi value below 1", arguments: ["pemdi", "score", "-"], stdin: "indicator,value\n3.4,0.99\n", status: 65,
      message: "<stdin>:2:value: indicator 3.4: value \"0.99\" is outside 1–5"),
    .init(
      name: "Pemdi value above 5", arguments: ["pemdi", "score", "-"], stdin: "indicator,value\nI08,5.5\n", status: 65,
      message: "outside 1–5"),
    .init(
      name: "--set outside the range",
      arguments: ["spbe", "simulate", "Datasets/spbe-assessment-2024.csv", "--set", "23=6"], status: 65,
      message: "--set: 23=6: 6 is outside 1–5"),
    .init(
      name: "--target outside the range",
      arguments: ["spbe", "plan", "Datasets/spbe-assessment-2024.csv", "--target", "5.5"], status: 65,
      message: "--target: 5.5 is outside the index range 1–5"),
    .init(
      name: "--domains with the wrong count", arguments: ["spbe", "score", "--domains", "4.40,2.70,1.18"], status: 65,
      message: "--domains: expected 4 values"),
    .init(
      name: "bad costs row",
      arguments: ["spbe", "plan", "Datasets/spbe-assessment-2024.csv", "--target", "3.5", "--costs", "-"],
      stdin: "indicator,step,cost\n1,7,10\n", status: 65, message: "<stdin>:2:step"),
    .init(
      name: "unknown framework",
      arguments: ["spbe", "score", "--framework", "spbe-permenpanrb-99-2030", "--domains", "1,2,3,4"], status: 64,
      message: "unknown instrument \"spbe-permenpanrb-99-2030\""),
    .init(
      name: "a KAMI instrument is not an SPBE framework",
      arguments: ["spbe", "score", "--framework", "kami-bssn-5.0", "--domains", "1,2,3,4"], status: 65,
      message: "expected \"spbe|pemdi\""),
    .init(
      name: "Pemdi alias refuses SPBE frameworks",
      arguments: ["pemdi", "score", "--framework", "59/2020", "--domains", "1,2,3,4"], status: 65,
      message: "expected \"pemdi\""),
    .init(
      name: "missing file", arguments: ["spbe", "score", "Datasets/no-such-file.csv"], status: 66,
      message: "no such file"),
    .init(name: "no input", arguments: ["spbe", "score"], status: 64, message: "missing FILE or --domains"),
    .init(
      name: "malformed --set", arguments: ["spbe", "simulate", "Datasets/spbe-assessment-2024.csv", "--set", "23"],
      status: 64, message: "is not TARGET=VALUE"),
  ]

  @Test("bad input: documented exit code and a located message", arguments: badInputs)
  func badInput(_ c: BadInput) throws {
    let r = try Self.run(c.arguments + ["--lang", "en"], stdin: c.stdin)
    #expect(r.status == c.status, "\(r.stderr)")
    #expect(r.stderr.contains(c.message), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
  }

  @Test("-o writes the file atomically; a failing run leaves no partial file")
  func outputFile() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let good = dir.appendingPathComponent("hasil.json").path
    let r = try Self.run(["spbe", "score", "Datasets/spbe-assessment-2024.csv", "--format", "json", "-o", good])
    #expect(r.status == 0 && r.stdout.isEmpty)
    #expect(FileManager.default.fileExists(atPath: good))
    let bad = dir.appendingPathComponent("gagal.json").path
    let f = try Self.run(["spbe", "score", "-", "--format", "json", "-o", bad], stdin: "indicator,level\n1,9\n")
    #expect(f.status == 65)
    #expect(!FileManager.default.fileExists(atPath: bad))
    #expect((try FileManager.default.contentsOfDirectory(atPath: dir.path)) == ["hasil.json"])
  }

  static let commandPaths: [[String]] = [
    ["spbe", "score"], ["spbe", "simulate"], ["spbe", "sensitivity"], ["spbe", "plan"], ["spbe", "reconstruct"],
    ["pemdi", "score"], ["pemdi", "simulate"], ["pemdi", "sensitivity"], ["pemdi", "plan"],
  ]

  @Test("every index command has help with an example", arguments: commandPaths)
  func help(_ path: [String]) throws {
    let r = try Self.run(path + ["--help"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Examples:\n  timbang \(path[0])"))
  }
}
