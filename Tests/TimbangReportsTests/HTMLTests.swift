import Testing
import TimbangCore
import TimbangReports

@Suite struct HTMLTests {
  static func parsed(_ language: Language = .id, _ document: ReportDocument = Samples.document) throws -> (String, XMLNode) {
    let html = HTMLRenderer.render(document, language: language)
    return (html, try XMLNode.parse(html))
  }

  @Test(arguments: [Language.id, .en])
  func wellFormedAndSelfContained(_ language: Language) throws {
    let (html, root) = try Self.parsed(language)
    #expect(root.name == "html")
    #expect(root.attributes["lang"] == language.rawValue)
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    // No scripts, no external resources: the only URL is the SVG namespace.
    for forbidden in ["<script", "src=", "url(", "@import", "<link", "<iframe", "<img", "https:"] {
      #expect(!html.contains(forbidden), "\(forbidden)")
    }
    let urls = html.components(separatedBy: "http://").dropFirst().map { $0.prefix(26) }
    #expect(urls.allSatisfy { $0 == "www.w3.org/2000/svg\" versi" })
    #expect(root.all("style").count == 1)
    #expect(html.contains("@page { size: A4;"))
    #expect(root.all("svg").count == 5)
  }

  @Test func tablesAndFiguresAreNumberedInDocumentOrder() throws {
    let (_, root) = try Self.parsed()
    #expect(
      root.all("caption").map(\.allText) == [
        "Tabel 3.1. Indeks Kepuasan Masyarakat — contoh", "Tabel 3.2. Efisiensi penggunaan anggaran <2023> & capaian",
      ])
    #expect(
      root.all("figcaption").map(\.allText) == [
        "Gambar 3.1. NRR per unsur pelayanan", "Gambar 3.2. Indeks domain SPBE: sebelum dan sesudah",
        "Gambar 3.3. Indeks KAMI per area & tingkat kematangan", "Gambar 3.4. Nilai komponen SAKIP terhadap bobot",
        "Gambar 3.5. Capaian indikator kinerja utama",
      ])
    // The list of tables links each caption.
    #expect(root.first("nav")?.all("a").map { $0.attributes["href"] ?? "" } == ["#table-1", "#table-2"])
    #expect(root.all("table").map { $0.attributes["id"] ?? "" } == ["table-1", "table-2"])
  }

  @Test func englishCaptionsAndPlainNumbers() throws {
    var document = Samples.document
    document.numberPrefix = ""
    let (_, root) = try Self.parsed(.en, document)
    #expect(root.all("caption").map(\.allText).first == "Table 1. Public satisfaction index — sample")
    #expect(root.all("figcaption").map(\.allText).last == "Figure 5. Achievement of key indicators")
  }

  @Test func aChartFollowsTheTableWithItsId() throws {
    let (_, root) = try Self.parsed()
    let body = try #require(root.first("section"))
    #expect(body.children.map(\.name) == ["h2", "table", "div", "figure", "p"])
  }

  @Test func numbersRightAlignedAndEmphasisRowsMarked() throws {
    let (_, root) = try Self.parsed()
    let table = try #require(root.all("table").first)
    let rows = table.all("tr").dropFirst()  // header
    let first = try #require(rows.first)
    #expect(first.all("td").map { $0.attributes["class"] ?? "" } == ["", "", "num", "num", "num", "num", ""])
    #expect(first.all("td").map(\.allText) == ["U1", "Persyaratan", "1.200", "3.905", "3,254", "0,814", "B"])
    #expect(rows.map { $0.attributes["class"] ?? "" } == ["", "", "", "", "emphasis", "emphasis", "emphasis"])
    #expect(rows.dropFirst(5).first?.all("td").map(\.allText)[5] == "84,39")
    #expect(table.all("th").allSatisfy { $0.attributes["scope"] == "col" })
  }

  @Test func everyTextIsEscaped() throws {
    let (html, root) = try Self.parsed()
    #expect(html.contains("Efisiensi penggunaan anggaran &lt;2023&gt; &amp; capaian"))
    #expect(html.contains("Jaringan | intranet, &lt;b&gt;&amp;&lt;/b&gt;"))
    #expect(!html.contains("<b>"))
    #expect(root.first("p")?.allText == "Kabupaten Contoh & <Sekitarnya>")
    let hostile = Table(
      id: "x\"><script>", title: "</caption><script>alert(1)</script>", columns: [.init("a", "<th>")],
      rows: [.init([.text("'\"&<>")])], notes: ["<p>note</p>"])
    let text = HTMLRenderer.render(
      title: "<title>", tables: [hostile],
      source: .init(instrument: "<i>", inputs: ["a&b.csv"]))
    #expect(!text.contains("<script"))
    let parsed = try XMLNode.parse(text)
    #expect(parsed.first("caption")?.allText == "Tabel 1. </caption><script>alert(1)</script>")
    #expect(parsed.first("td")?.allText == "'\"&<>")
    #expect(parsed.all("p").last?.allText == "Sumber: data a&b.csv; instrumen <i>.")
  }

  @Test func sourceLinePerSection() throws {
    let (_, root) = try Self.parsed()
    let sources = root.all("p").filter { $0.attributes["class"] == "source" }.map(\.allText)
    #expect(
      sources == [
        "Sumber: data skm-contoh-2023.csv; instrumen skm-permenpanrb-14-2017 (PermenPANRB 14/2017).",
        "Sumber: hasil simulasi internal",
        "Sumber: data iku-2023.csv, anggaran-2023.csv; instrumen capaian-scales.",
      ])
  }

  @Test func singleResultIsOneSectionNumberedFromOne() throws {
    let html = HTMLRenderer.render(
      title: "IKM", tables: Samples.tables, charts: [Samples.ikmChart],
      source: .init(instrument: "skm-permenpanrb-14-2017", inputs: ["data.csv"]))
    let root = try XMLNode.parse(html)
    #expect(root.all("section").count == 1)
    #expect(root.all("caption").map(\.allText).map { String($0.prefix(9)) } == ["Tabel 1. ", "Tabel 2. "])
    #expect(root.all("figcaption").first?.allText == "Gambar 1. NRR per unsur pelayanan")
  }

  @Test func renderingIsStable() {
    #expect(HTMLRenderer.render(Samples.document) == HTMLRenderer.render(Samples.document))
  }

  @Test func numberingIsComputedOnceForAllWriters() {
    let items = Samples.document.numbered()
    #expect(items.count == 3)
    var tables: [Int] = []
    var charts: [Int] = []
    for case .table(_, let n) in items.joined() { tables.append(n) }
    for case .chart(_, let n) in items.joined() { charts.append(n) }
    #expect(tables == [1, 2])
    #expect(charts == [1, 2, 3, 4, 5])
  }
}
