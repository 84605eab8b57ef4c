import Foundation
import Testing

/// `timbang report` and the annex formats of the scoring commands, run as a user would.
@Suite("timbang report and annex formats (end to end)")
struct ReportCommandTests {
  @Test("the bundled example builds one HTML annex with numbered tables and figures from five instruments")
  func html() throws {
    let r = try BinaryRunner.run(["report", "Datasets/lampiran-diskominfo-2023.json"])
    #expect(r.status == 0, "\(r.stderr)")
    let html = r.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for caption in ["Tabel 1. Indeks Kepuasan Masyarakat", "Tabel 2. Indeks SPBE per domain", "Gambar 1."] {
      #expect(html.contains(caption), "\(caption)")
    }
    #expect(html.contains("84,10") && html.contains("3,29") && html.contains("69,40"))
    // Self-contained: no scripts, no external resources (the SVG namespace URI is not a fetch).
    #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import"))
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url(http"))
  }

  @Test("xlsx: a ZIP workbook with one sheet per table; --lang en switches labels")
  func xlsx() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let out = dir.appendingPathComponent("lampiran.xlsx").path
    let r = try BinaryRunner.run(["report", "Datasets/lampiran-diskominfo-2023.json", "-o", out])
    #expect(r.status == 0, "\(r.stderr)")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("xl/worksheets/sheet6.xml") && text.contains("xl/sharedStrings.xml"))
    let en = try BinaryRunner.run(["report", "Datasets/lampiran-diskominfo-2023.json", "--lang", "en"])
    #expect(en.stdout.contains("Table 1.") && en.stdout.contains("84.10"))
  }

  @Test("a section naming an unknown table is a located error and writes nothing")
  func unknownTable() throws {
    let dir = try BinaryRunner.temporaryDirectory()
    let report = dir.appendingPathComponent("r.json").path
    try #"{"sections": [{"skm": "\#(BinaryRunner.path("Datasets/skm-banjarnegara-2023.csv"))", "tables": ["skm-magic"]}]}"#
      .write(toFile: report, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("out.html").path
    let r = try BinaryRunner.run(["report", report, "-o", out])
    // Indonesian by default.
    #expect(
      r.status == 65 && r.stderr.contains("r.json: $.sections[0].tables: tabel \"skm-magic\" tidak ada di bagian ini"),
      "\(r.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test(
    "every scoring command renders html, svg and md",
    arguments: [
      ["skm", "score", "Datasets/skm-banjarnegara-2023.csv"], ["kami", "score", "Datasets/kami-5.0-diskominfo-kabupaten.csv"],
      ["sakip", "score", "Datasets/sakip-banjarnegara-2022.csv"], ["sakip", "capaian", "Datasets/capaian-diskominfo-2023.csv"],
      ["spbe", "score", "--domains", "4.40,2.70,1.18,4.07"], ["pemdi", "score", "Datasets/pemdi-aceh-tengah-2026.csv"],
    ])
  func formats(command: [String]) throws {
    let html = try BinaryRunner.run(command + ["--format", "html"])
    #expect(html.status == 0 && html.stdout.contains("<svg") && html.stdout.contains("Tabel 1."), "\(html.stderr)")
    let svg = try BinaryRunner.run(command + ["--format", "svg"])
    #expect(svg.status == 0 && svg.stdout.contains("<svg") && svg.stdout.contains("<text"))
    let md = try BinaryRunner.run(command + ["--format", "md"])
    #expect(md.status == 0 && md.stdout.contains("|---"))
    let xlsx = try BinaryRunner.run(command + ["--format", "xlsx", "--lang", "en"])
    #expect(xlsx.status == 64 && xlsx.stderr.contains("give -o FILE.xlsx"))
  }
}
