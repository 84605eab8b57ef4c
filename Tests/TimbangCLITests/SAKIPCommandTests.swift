import Foundation
import Testing

/// `timbang sakip …` run as a user would: the built binary, its output, exit code and files.
@Suite("timbang sakip (end to end)")
struct SAKIPCommandTests {
  func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("score: Banjarnegara 2022 sub-component grades → 69,40 B")
  func banjarnegara() throws {
    let r = try BinaryRunner.run(["sakip", "score", "Datasets/sakip-banjarnegara-2022.csv"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("Nilai 69,40 — predikat B (Baik)"))
    #expect(r.stdout.contains("11,10") && r.stdout.contains("20,70"))
    #expect(r.stderr.isEmpty)
  }

  @Test("score: Belitung 2022 component scores → 72.15 BB; Kaltim 2019 (12/2015, ; file) → 55.16 CC")
  func componentScores() throws {
    let a = try BinaryRunner.run(["sakip", "score", "Datasets/sakip-belitung-2022.csv", "--lang", "en"])
    #expect(a.status == 0 && a.stdout.contains("Score 72.15 — predicate BB (Very good)"))
    let b = try BinaryRunner.run([
      "sakip", "score", "Datasets/sakip-kaltim-2019.csv", "--instrument", "sakip-permenpanrb-12-2015",
    ])
    #expect(b.status == 0 && b.stdout.contains("Nilai 55,16 — predikat CC (Cukup)"))
  }

  @Test("score JSON decodes with the spec shape; rescaling 71.30 / 90 → 79.22 is flagged")
  func scoreJSON() throws {
    let r = try BinaryRunner.run([
      "sakip", "score", "Datasets/sakip-belitung-2021.csv", "--instrument", "sakip-permenpanrb-12-2015", "--format",
      "json",
    ])
    #expect(r.status == 0)
    let o = try json(r.stdout)
    #expect(o["instrument"] as? String == "sakip-permenpanrb-12-2015")
    #expect(o["predicate"] as? String == "BB" && o["predicateLabel"] as? String == "Sangat Baik")
    #expect(o["rescaled"] as? Bool == true && o["assessedWeight"] as? Double == 90)
    let total = try #require(o["total"] as? Double)
    #expect(abs(total - 71.3 / 90 * 100) < 1e-9)
    let components = try #require(o["components"] as? [[String: Any]])
    #expect(components.count == 5)
    #expect(components[3]["score"] is NSNull && components[3]["assessed"] as? Bool == false)
    for c in components {
      #expect(c["code"] is String && c["name"] is String && c["weight"] is Double && c["subcomponents"] is [Any])
    }
    #expect((o["warnings"] as? [String])?.count == 1)
    #expect(r.stderr.contains("79,22"))
  }

  @Test("score: a worksheet of grades and criteria, value and grade methods")
  func worksheet() throws {
    let value = try BinaryRunner.run(["sakip", "score", "Datasets/sakip-lke-diskominfo-2023.csv", "--format", "json"])
    let grade = try BinaryRunner.run([
      "sakip", "score", "Datasets/sakip-lke-diskominfo-2023.csv", "--method", "grade", "--format", "json",
    ])
    #expect(value.status == 0 && grade.status == 0)
    let v = try json(value.stdout)
    let g = try json(grade.stdout)
    #expect(abs((v["total"] as? Double ?? 0) - 75.15) < 1e-9)
    #expect(abs((g["total"] as? Double ?? 0) - 71.80) < 1e-9)
    let sub = try #require(((g["components"] as? [[String: Any]])?.first?["subcomponents"] as? [[String: Any]])?.first)
    #expect(sub["grade"] as? String == "A")
    #expect(value.stderr.contains("maintained1y"))  // flags are ignored under --method value, and said so
  }

  @Test("score: md and csv render the sakip-components table; --table picks the detail")
  func formats() throws {
    let md = try BinaryRunner.run(["sakip", "score", "Datasets/sakip-banjarnegara-2022.csv", "--format", "md"])
    #expect(md.status == 0 && md.stdout.contains("| 3 | Pelaporan Kinerja | 15,00 | 74,00% | 11,10 |"))
    let csv = try BinaryRunner.run([
      "sakip", "score", "Datasets/sakip-banjarnegara-2022.csv", "--format", "csv", "--lang", "en",
    ])
    #expect(csv.status == 0 && csv.stdout.hasPrefix("No,Component,Weight,Achieved (%),Score\r\n"))
    let detail = try BinaryRunner.run([
      "sakip", "score", "Datasets/sakip-banjarnegara-2022.csv", "--table", "sakip-subcomponents", "--format", "md",
    ])
    #expect(detail.stdout.contains("| 3.1 |") && detail.stdout.contains("| A |"))
  }

  struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var command: String
    var csv: String
    var location: String
    var fragment: String
    var testDescription: String { name }
  }

  @Test(
    "bad input exits 65 with a located message and leaves no -o file",
    arguments: [
      BadInput(
        name: "component above its weight", command: "score", csv: "code,value\n1,21.60\n2,22.50\n3,10.05\n4,27.50\n",
        location: "bad.csv:5:value:", fragment: "above the weight 25"),
      BadInput(
        name: "unknown code", command: "score", csv: "code,value\n1,21.60\n7.1,B\n", location: "bad.csv:3:value:",
        fragment: "unknown code 7.1"),
      BadInput(
        name: "grade outside AA…E", command: "score", csv: "code,value\n1.1,F\n", location: "bad.csv:2:value:",
        fragment: "grade \"F\""),
      BadInput(
        name: "target 0 with no rule", command: "capaian",
        csv: "indikator,target,realisasi,polaritas\nInsiden,0,0,turun\n",
        location: "bad.csv:2:target:", fragment: "--zero-target"),
      BadInput(
        name: "composite weights that do not sum to 1", command: "capaian",
        csv: "kode,indikator,target,realisasi\na,A,10,8\nk,K,10,=0.5*a + 0.4*a2\na2,B,10,9\n",
        location: "bad.csv:3:realisasi:",
        fragment: "sum to 0.9"),
    ])
  func badInput(_ c: BadInput) throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let input = dir.appendingPathComponent("bad.csv")
    try c.csv.write(to: input, atomically: true, encoding: .utf8)
    let output = dir.appendingPathComponent("out.json")
    let r = try BinaryRunner.run(
      ["sakip", c.command, "bad.csv", "--format", "json", "-o", output.path, "--lang", "en"], directory: dir)
    #expect(r.status == 65)
    #expect(r.stderr.contains(c.location), "\(r.stderr)")
    #expect(r.stderr.contains(c.fragment), "\(r.stderr)")
    #expect(r.stdout.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test("usage errors exit 64; a missing file exits 66")
  func usage() throws {
    let method = try BinaryRunner.run(["sakip", "score", "Datasets/sakip-banjarnegara-2022.csv", "--method", "both"])
    #expect(method.status == 64)
    let scale = try BinaryRunner.run(["sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv", "--scale", "nope"])
    #expect(scale.status == 64 && scale.stderr.contains("lkjip-5"))
    let missing = try BinaryRunner.run(["sakip", "score", "Datasets/does-not-exist.csv"])
    #expect(missing.status == 66)
  }

  @Test("capaian: the Diskominfo indicator table with budget columns")
  func capaian() throws {
    let r = try BinaryRunner.run(["sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("112,14%") && r.stdout.contains("101,48%") && r.stdout.contains("292,50%"))
    #expect(r.stdout.contains("Efisiensi penggunaan anggaran") && r.stdout.contains("24,85"))
    #expect(r.stdout.contains("77,84%") && r.stdout.contains("tidak tercapai (-1)"))
  }

  @Test("capaian JSON decodes with the spec shape")
  func capaianJSON() throws {
    let r = try BinaryRunner.run(["sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv", "--format", "json"])
    #expect(r.status == 0)
    let o = try json(r.stdout)
    #expect(o["scale"] as? String == "lkjip-5")
    let indicators = try #require(o["indicators"] as? [[String: Any]])
    #expect(indicators.count == 12)
    let spbe = try #require(indicators.first { $0["kode"] as? String == "spbe" })
    #expect(
      spbe["sasaran"] is String && spbe["indikator"] as? String == "Indeks SPBE"
        && spbe["satuan"] as? String == "indeks")
    #expect(spbe["target"] as? Double == 2.8 && spbe["realisasi"] as? Double == 3.14)
    #expect(spbe["polaritas"] as? String == "naik" && spbe["category"] as? String == "Sangat Baik")
    #expect(abs((spbe["capaian"] as? Double ?? 0) - 3.14 / 2.8 * 100) < 1e-9)
    #expect(abs((spbe["changeFromLastYear"] as? Double ?? 0) - (3.14 / 3.04 - 1) * 100) < 1e-9)
    #expect(abs((spbe["renstraProgress"] as? Double ?? 0) - 3.14 / 3.5 * 100) < 1e-9)
    #expect(spbe["efficiencyGap"] is Double && spbe["efficiencyRatio"] is Double)
    #expect(spbe["efficiencyCategory"] as? String == "Efisien")
    let composite = try #require(indicators.first { $0["kode"] as? String == "ikp" })
    #expect(abs((composite["realisasi"] as? Double ?? 0) - 96.403) < 1e-9)
    let level = try #require(indicators.first { $0["kode"] as? String == "kematangan" })
    #expect(level["capaian"] is NSNull)
    let q = try #require(level["qualitative"] as? [String: Any])
    #expect(q["met"] as? Bool == false && q["distance"] as? Int == -1)
  }

  @Test("capaian: --cap, --scale, --lower-formula and --table efisiensi --format csv -o")
  func capaianOptions() throws {
    let capped = try BinaryRunner.run([
      "sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv", "--cap", "120", "--scale", "rkpd-5", "--format", "md",
    ])
    #expect(capped.status == 0 && capped.stdout.contains("120,00%") && !capped.stdout.contains("292,50%"))
    #expect(capped.stdout.contains("Sangat Tinggi") && capped.stdout.contains("dibatasi"))
    let ratio = try BinaryRunner.run([
      "sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv", "--lower-formula", "ratio", "--format", "json",
    ])
    let downtime = try #require(
      (try json(ratio.stdout)["indicators"] as? [[String: Any]])?.first { $0["kode"] as? String == "downtime" })
    #expect(abs((downtime["capaian"] as? Double ?? 0) - 7 / 6.5 * 100) < 1e-9)
    let dir = try BinaryRunner.temporaryDirectory()
    let out = dir.appendingPathComponent("efisiensi.csv")
    let csv = try BinaryRunner.run([
      "sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv", "--table", "efisiensi", "--format", "csv", "-o",
      out.path,
    ])
    #expect(csv.status == 0 && csv.stdout.isEmpty)
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(
      text.hasPrefix(
        "Indikator/program;Capaian kinerja;Anggaran;Realisasi anggaran;Penyerapan;Efisiensi;Rasio;Kategori\r\n"))
    #expect(text.contains("Indeks SPBE;112,14;2450000000;2138605000;87,29;24,85;77,84;Efisien"))
  }

  @Test("capaian: --zero-target met reads standard input")
  func zeroTargetStdin() throws {
    let r = try BinaryRunner.run(
      ["sakip", "capaian", "-", "--zero-target", "met", "--format", "json"],
      stdin: "indikator,target,realisasi,polaritas\nInsiden kebocoran data,0,0,turun\n")
    #expect(r.status == 0)
    let row = try #require((try json(r.stdout)["indicators"] as? [[String: Any]])?.first)
    #expect(row["capaian"] as? Double == 100 && row["zeroTargetRule"] as? String == "met")
  }
}
