import Foundation
import Testing

/// `timbang skm …` run as a user would: the built binary, its output, exit code and files.
@Suite("timbang skm (end to end)")
struct SKMCommandTests {
  @Test("scores the bundled Banjarnegara dataset: 84,10 B")
  func banjarnegara() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("84,10") && r.stdout.contains("Baik"))
    #expect(r.stdout.contains("126"))
  }

  @Test("JSON has the spec's result shape")
  func json() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--format", "json"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(object["instrument"] as? String == "skm-permenpanrb-14-2017")
    let weighting = try #require(object["weighting"] as? [String: Any])
    #expect(weighting["policy"] as? String == "printed")
    #expect((weighting["weights"] as? [Double])?.count == 9)
    #expect(object["missingPolicy"] as? String == "available")
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.count == 1 && (groups[0]["key"] as? [String: Any])?.isEmpty == true)
    let total = try #require(object["total"] as? [String: Any])
    #expect(total["respondents"] as? Int == 39)
    #expect(total["grade"] as? String == "B" && total["performance"] as? String == "Baik")
    let converted = try #require(total["converted"] as? Double)
    #expect(abs(converted - 84.10384615384615) < 1e-9)
    let elements = try #require(total["elements"] as? [[String: Any]])
    #expect(elements[0]["code"] as? String == "U1" && elements[0]["sum"] as? Int == 122)
    #expect(elements[0]["counts"] as? [Int] == [0, 0, 34, 5])
    #expect(elements[7]["sum"] as? Int == 126)
    #expect(object["warnings"] as? [String] == [])
  }

  @Test("--weights exact and --round-index change the figure and say so")
  func policies() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--weights", "exact", "--format", "md"])
    #expect(r.status == 0 && r.stdout.contains("bobot exact (1/9)"))
  }

  @Test("--by unit gives one result per unit and the total; the ; Excel variant gives the same JSON")
  func grouped() throws {
    let a = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--format", "json"])
    let b = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units-excel-id.csv", "--by", "unit", "--format", "json"])
    #expect(a.status == 0 && b.status == 0)
    let ja = try #require(try JSONSerialization.jsonObject(with: Data(a.stdout.utf8)) as? [String: Any])
    let jb = try #require(try JSONSerialization.jsonObject(with: Data(b.stdout.utf8)) as? [String: Any])
    #expect((ja["groups"] as? [Any])?.count == 3)
    #expect(NSDictionary(dictionary: ja["total"] as? [String: Any] ?? [:]) == NSDictionary(dictionary: jb["total"] as? [String: Any] ?? [:]))
  }

  @Test("a saved tally merged later equals scoring directly")
  func tallyMerge() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let lines = try String(contentsOfFile: BinaryRunner.path("Datasets/skm-synthetic-units.csv"), encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true)
    let header = String(lines[0])
    let first = dir.appendingPathComponent("a.csv")
    let second = dir.appendingPathComponent("b.csv")
    try ([header] + lines[1..<30].map(String.init)).joined(separator: "\n").write(to: first, atomically: true, encoding: .utf8)
    try ([header] + lines[30...].map(String.init)).joined(separator: "\n").write(to: second, atomically: true, encoding: .utf8)
    for (csv, tally) in [(first, "a.tally.json"), (second, "b.tally.json")] {
      let r = try BinaryRunner.run(["skm", "score", csv.path, "--by", "unit", "--format", "tally", "-o", dir.appendingPathComponent(tally).path])
      #expect(r.status == 0)
    }
    let merged = try BinaryRunner.run([
      "skm", "merge", dir.appendingPathComponent("a.tally.json").path, dir.appendingPathComponent("b.tally.json").path, "--format", "md",
    ])
    let direct = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--format", "md"])
    let both = try BinaryRunner.run(["skm", "score", first.path, second.path, "--by", "unit", "--format", "md"])
    #expect(merged.status == 0)
    #expect(merged.stdout == direct.stdout)
    #expect(both.stdout == direct.stdout)
  }

  @Test("--explain shows the binding by identity")
  func explain() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units.csv", "--explain"])
    #expect(r.status == 0)
    #expect(r.stderr.contains("U8 Penanganan Pengaduan, Saran dan Masukan ← column 17 \"Penanganan Pengaduan\" (by alias)"))
    #expect(r.stderr.contains("U9 Sarana dan Prasarana ← column 16 \"Sarana\" (by alias)"))
  }

  @Test("sample size")
  func sampleSize() throws {
    let r = try BinaryRunner.run(["skm", "sample-size", "1000"])
    #expect(r.status == 0 && r.stdout.contains("278"))
    let s = try BinaryRunner.run([
      "skm", "sample-size", "--survey", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--population",
      "Datasets/skm-synthetic-population.csv", "--format", "json",
    ])
    #expect(s.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(s.stdout.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.first { $0["group"] as? String == "Kecamatan Bawang" }?["required"] as? Int == 291)
    #expect(groups.first { $0["group"] as? String == "Kecamatan Bawang" }?["reached"] as? Bool == false)
  }

  /// Bad input: a located message, the documented exit code, and no output file.
  @Test(
    "bad input",
    arguments: [
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n3,3,5,3,3,3,3,3,3\n", [String](), 65, "bad.csv:3:U3: answer \"5\" is outside 1–4"),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n\"3,3,3,3,3,3,3,3,3\n", [], 65, "bad.csv:3: unbalanced quote"),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3\n", [], 65, "bad.csv:2: row has 8 fields but the header has 9"),
      ("no,U1,U2,U3,U4,U5,U6,U7,U8,U9\n1,3,3,3,3,3,3,3,3,3\n1,2,3,4,5,6,7,8,9,10\n", [], 65, "bad.csv:3: row of column numbers"),
      ("U1,U2,U3,U4,U5,U6,U7,U9\n3,3,3,3,3,3,3,3\n", [], 65, "bad.csv:1: no column for U8"),
      ("U1,Prosedur,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3,3\n", [], 65, "both identify U2"),
      ("", [], 65, "bad.csv: the file is empty"),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n", ["--instrument", "skm-nonexistent"], 64, "unknown instrument \"skm-nonexistent\""),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n", ["--by", "unit"], 65, "--by: no column \"unit\""),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n", ["--frobnicate"], 64, "unknown option \"--frobnicate\""),
      ("U1,U2,U3,U4,U5,U6,U7,U8,U9\n3,3,3,3,3,3,3,3,3\n", ["--weights", "heavy"], 64, "is not one of printed, exact, custom"),
    ])
  func badInput(csv: String, extra: [String], status: Int32, message: String) throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("bad.csv")
    try csv.write(to: input, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("out.json")
    let r = try BinaryRunner.run(
      ["skm", "score", "bad.csv", "-o", output.path, "--lang", "en"] + extra, directory: dir)
    #expect(r.status == status)
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["bad.csv"])
  }

  @Test("a missing file exits 66; an unwritable output exits 73 and leaves nothing (messages in Indonesian by default)")
  func files() throws {
    let missing = try BinaryRunner.run(["skm", "score", "Datasets/nope.csv"])
    #expect(missing.status == 66 && missing.stderr.contains("Datasets/nope.csv: tidak dapat dibaca: berkas tidak ada"))
    let directory = try BinaryRunner.run(["skm", "score", "Datasets"])
    #expect(
      directory.status == 66
        && directory.stderr.contains("Datasets: tidak dapat dibaca: merupakan folder, bukan berkas"))
    let dir = try BinaryRunner.temporaryDirectory()
    let target = dir.appendingPathComponent("missing-folder/out.json").path
    let unwritable = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "-o", target])
    let folder = dir.appendingPathComponent("missing-folder").path
    #expect(
      unwritable.status == 73
        && unwritable.stderr.contains("\(target): tidak dapat ditulis: folder \(folder) tidak ada"),
      "\(unwritable.stderr)")
    #expect(!FileManager.default.fileExists(atPath: folder))
  }

  @Test("an instrument whose custom weights do not sum to 1 is rejected with its JSON path")
  func badInstrument() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let source = try String(contentsOfFile: BinaryRunner.path("Instruments/skm-permenpanrb-14-2017.json"), encoding: .utf8)
    let bad = source.replacingOccurrences(
      of: "\"printed\": [", with: "\"custom\": [0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],\n    \"printed\": [")
    let path = dir.appendingPathComponent("regional.json").path
    try bad.write(toFile: path, atomically: true, encoding: .utf8)
    let r = try BinaryRunner.run([
      "skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--instrument", path, "--weights", "custom", "--lang", "en",
    ])
    #expect(r.status == 65)
    #expect(r.stderr.contains("regional.json: $.weights.custom: invalid instrument: custom weights sum to 1.1"))
  }

  @Test("standard input with -")
  func stdin() throws {
    let csv = try String(contentsOfFile: BinaryRunner.path("Datasets/skm-banjarnegara-2023.csv"), encoding: .utf8)
    let r = try BinaryRunner.run(["skm", "score", "-", "--format", "json"], stdin: csv)
    #expect(r.status == 0 && r.stdout.contains("\"respondents\": 39"))
  }

  @Test("help lists every command with examples")
  func help() throws {
    let r = try BinaryRunner.run(["help"])
    #expect(r.status == 0 && r.stdout.contains("skm score"))
    let s = try BinaryRunner.run(["skm", "score", "--help"])
    #expect(s.status == 0 && s.stdout.contains("Examples:") && s.stdout.contains("--weights"))
  }
}

@Suite("timbang skm --precision and compare (end to end)")
struct SKMPrecisionCommandTests {
  @Test("--precision adds se, interval, grade certainty and minimum detectable change to every group and the total")
  func keys() throws {
    let r = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--precision", "--format", "json"])
    #expect(r.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    for g in groups + [try #require(object["total"] as? [String: Any])] {
      for key in ["se", "ciLow", "ciHigh", "gradeCertainty", "minimumDetectableChange"] { #expect(g[key] as? Double != nil, "\(key)") }
    }
    let b = try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--precision", "--population", "500"])
    #expect(b.status == 0 && b.stdout.contains("0,519"))
    let chart = try BinaryRunner.run([
      "skm", "score", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--precision", "--format", "svg", "--table", "skm-precision",
    ])
    #expect(chart.status == 0 && chart.stdout.contains("Batas bawah 95%") && chart.stdout.contains("Kecamatan Bawang"))
    let md = try BinaryRunner.run(["skm", "score", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--precision", "--format", "md", "--table", "skm-groups"])
    #expect(md.status == 0 && md.stdout.contains("Galat baku") && md.stdout.contains("Selang 95% bawah"))
  }

  @Test("tallies saved with --precision merge to the same precision; compare reports significance")
  func tallies() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let tally = dir.appendingPathComponent("t.json").path
    #expect(try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--precision", "--format", "tally", "-o", tally]).status == 0)
    let merged = try BinaryRunner.run(["skm", "merge", tally, "--precision", "--format", "json"])
    #expect(merged.status == 0 && merged.stdout.contains("\"se\": 0.54090718"))
    let plain = dir.appendingPathComponent("p.json").path
    #expect(try BinaryRunner.run(["skm", "score", "Datasets/skm-banjarnegara-2023.csv", "--format", "tally", "-o", plain]).status == 0)
    let without = try BinaryRunner.run(["skm", "merge", plain, "--precision", "--format", "json"])
    #expect(without.status == 0 && without.stderr.contains("peringatan: presisi tidak tersedia: tally disimpan tanpa"))
    let compare = try BinaryRunner.run(["skm", "compare", tally, "Datasets/skm-synthetic-units.csv", "--format", "json"])
    #expect(compare.status == 0 && compare.stdout.contains("\"significant\": true"))
    let groups = try BinaryRunner.run(["skm", "compare", "Datasets/skm-synthetic-units.csv", "--by", "unit", "--groups", "Dinas Dukcapil,Kecamatan Bawang"])
    #expect(groups.status == 0 && groups.stdout.contains("tidak signifikan"))
  }
}
