import Testing
import TimbangCore

@testable import TimbangReports

@Suite struct SVGTests {
  @Test(arguments: Samples.chartIds, [Language.id, .en])
  func wellFormedStandaloneDocument(_ id: String, _ language: Language) throws {
    let chart = Samples.chart(id)
    let svg = SVGRenderer.render(chart, language: language)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
    let root = try XMLNode.parse(svg)
    #expect(root.name == "svg")
    #expect(root.attributes["width"] == "482pt")
    #expect(root.first("title")?.allText == chart.title.text(language))
    #expect(!root.all("text").isEmpty)
    #expect(SVGRenderer.render(chart, language: language) == svg)
  }

  @Test func inlineElementHasNoDeclarationAndMayLeaveTheTitle() throws {
    let svg = SVGRenderer.element(Samples.ikmChart, showsTitle: false)
    #expect(svg.hasPrefix("<svg "))
    let root = try XMLNode.parse(svg)
    #expect(!root.all("text").map(\.allText).contains("NRR per unsur pelayanan"))
  }

  static func texts(_ chart: Chart, _ language: Language = .id) throws -> [String] {
    try XMLNode.parse(SVGRenderer.render(chart, language: language)).all("text").map(\.allText)
  }

  @Test func barLabelsAreTheTablesFigures() throws {
    let id = try Self.texts(Samples.ikmChart)
    for label in ["3,254", "3,300", "3,097", "3,650", "U1 Persyaratan", "B Baik", "A Sangat Baik"] {
      #expect(id.contains(label), "\(label)")
    }
    let en = try Self.texts(Samples.ikmChart, .en)
    for label in ["3.254", "B Good"] { #expect(en.contains(label), "\(label)") }
  }

  @Test func capaianClipsButLabelsTheTrueValueAndMarksMissing() throws {
    let texts = try Self.texts(Samples.capaianChart)
    for label in ["100,46%", "84,39%", "131,00%", "–", "Target 100%"] { #expect(texts.contains(label), "\(label)") }
    // Category text is escaped in the file and reads back as written.
    let svg = SVGRenderer.render(Samples.capaianChart)
    #expect(svg.contains("&lt;OPD&gt; &amp; desa"))
    #expect(texts.contains { $0.contains("<OPD> & desa") })
    // The 100 % line is dashed red.
    let root = try XMLNode.parse(svg)
    #expect(root.all("line").contains { $0.attributes["stroke"] == "#c00000" && $0.attributes["stroke-dasharray"] != nil })
  }

  @Test func groupedBarsDrawBeforeAndAfter() throws {
    let root = try XMLNode.parse(SVGRenderer.render(Samples.spbeChart))
    let fills = root.all("rect").compactMap { $0.attributes["fill"] }
    #expect(fills.filter { $0 == ChartPalette.pair[0] }.count == 5)  // 4 bars + legend swatch
    #expect(fills.filter { $0 == ChartPalette.pair[1] }.count == 5)
    let texts = root.all("text").map(\.allText)
    for label in ["4,40", "2,05", "Memuaskan", "Kurang", "2022", "Simulasi"] { #expect(texts.contains(label), "\(label)") }
  }

  @Test func radarDrawsRingsPolygonAndMaturityLabels() throws {
    let root = try XMLNode.parse(SVGRenderer.render(Samples.kamiChart))
    #expect(root.all("path").count >= 5 + 1)  // 5 band rings + the series polygon
    let texts = root.all("text").map(\.allText)
    for label in ["62,50% · II+", "45,00%", "38,20% · I+", "Tingkat V", "Tata Kelola"] {
      #expect(texts.contains(label), "\(label)")
    }
  }

  @Test func radarWithTwoCategoriesFallsBackToBars() throws {
    var chart = Samples.kamiChart
    chart.categories = ["a", "b"]
    let root = try XMLNode.parse(SVGRenderer.render(chart))
    #expect(root.all("rect").contains { $0.attributes["fill"] == ChartPalette.series[0] })
    #expect(!root.all("path").contains { $0.attributes["fill-opacity"] != nil })
  }

  @Test func markersAreThickLines() throws {
    let root = try XMLNode.parse(SVGRenderer.render(Samples.sakipChart))
    #expect(root.all("line").filter { $0.attributes["stroke-width"] == "2" }.count == 4 + 1)  // 4 + legend
    #expect(root.all("text").map(\.allText).contains("Garis tebal: bobot komponen."))
  }

  @Test func severalChartsStackInOneDocument() throws {
    let root = try XMLNode.parse(SVGRenderer.render(Samples.charts))
    let texts = root.all("text").map(\.allText)
    #expect(texts.contains("NRR per unsur pelayanan"))
    #expect(texts.contains("Capaian indikator kinerja utama"))
  }

  @Test func emptyAndDegenerateChartsStillRender() throws {
    let empty = Chart(id: "e", title: "kosong", categories: [], series: [], valueRange: 5...5)
    #expect(throws: Never.self) { _ = try XMLNode.parse(SVGRenderer.render(empty)) }
    let odd = Chart(
      id: "o", title: "o", categories: ["a"], series: [.init(name: "s", values: [.nan, 3])],
      valueRange: 0...1, bands: [.init(lower: 0, upper: 1, label: "x", colour: "\"/><script>")])
    let svg = SVGRenderer.render(odd)
    #expect(!svg.contains("<script"))
    #expect(throws: Never.self) { _ = try XMLNode.parse(svg) }
  }

  @Test func bandsFromAGradeTable() {
    let bands = Chart.Band.from(Samples.ikmBands, scale: 25, range: 1...4)
    #expect(bands.map(\.lower) == [1, 2.6, 3.0644, 3.5324])
    #expect(bands.map(\.upper) == [2.6, 3.0644, 3.5324, 4])
    #expect(bands.map { $0.label.id } == ["D Tidak Baik", "C Kurang Baik", "B Baik", "A Sangat Baik"])
    #expect(bands.map { $0.label.en } == ["D Poor", "C Fair", "B Good", "A Very good"])
    // Bands outside the range are dropped, open ends closed at the range.
    let open = BandTable([Band(code: "X", label: "X", lower: nil, upper: 10), Band(code: "Y", label: "Y", lower: 10, upper: nil)])
    #expect(Chart.Band.from(open, range: 20...30).map(\.lower) == [20])
    #expect(Chart.Band.from(open, range: 0...30).map(\.upper) == [10, 30])
  }

  struct TickCase: Sendable {
    var range: ClosedRange<Double>
    var ticks: [Double]
    var places: Int
  }

  @Test(arguments: [
    TickCase(range: 1...4, ticks: [1, 1.5, 2, 2.5, 3, 3.5, 4], places: 1),
    TickCase(range: 0...120, ticks: [0, 20, 40, 60, 80, 100, 120], places: 0),
    TickCase(range: 0...5, ticks: [0, 1, 2, 3, 4, 5], places: 0),
    TickCase(range: 0...30, ticks: [0, 5, 10, 15, 20, 25, 30], places: 0),
    TickCase(range: 0...1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], places: 1),
    TickCase(range: 0...10, ticks: [0, 2, 4, 6, 8, 10], places: 0),
    TickCase(range: 0...0.25, ticks: [0, 0.05, 0.1, 0.15, 0.2, 0.25], places: 2),
  ])
  func axisTicks(_ c: TickCase) {
    let ticks = AxisScale(c.range, start: 0, end: 100).ticks()
    #expect(ticks.values == c.ticks)
    #expect(ticks.places == c.places)
  }

  @Test func wrappingKeepsWordsAndLimitsLines() {
    let lines = TextMetrics.wrap("Sistem, Mekanisme, dan Prosedur pelayanan publik", maxWidth: 60, size: 8.5, maxLines: 3)
    #expect(lines.count == 3)
    #expect(lines.allSatisfy { TextMetrics.width($0, size: 8.5) <= 60 })
    #expect(lines[0].hasPrefix("Sistem,"))
    #expect(TextMetrics.wrap("pendek", maxWidth: 100, size: 8.5) == ["pendek"])
  }
}
