import Testing
import TimbangCore
import TimbangReports

/// The annex number formats (`shared/spec/annex.md`, "Number formatting"): 84,39 · 1.054.804 ·
/// Rp 10.405.821.856 · 100,46% · negatives, in the formatter and through every renderer.
@Suite struct NumberFormattingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var value: Double
    var places: Int
    var prefix = ""
    var suffix = ""
    var id: String
    var en: String
    var testDescription: String { id }
  }

  static let cases: [Case] = [
    Case(value: 84.3875, places: 2, id: "84,39", en: "84.39"),
    Case(value: 1_054_804, places: 0, id: "1.054.804", en: "1,054,804"),
    Case(value: 10_405_821_856, places: 0, prefix: "Rp ", id: "Rp 10.405.821.856", en: "Rp 10,405,821,856"),
    Case(value: 100.4642, places: 2, suffix: "%", id: "100,46%", en: "100.46%"),
    Case(value: -1234.5, places: 2, id: "-1.234,50", en: "-1,234.50"),
    Case(value: -1500, places: 0, prefix: "Rp ", id: "-Rp 1.500", en: "-Rp 1,500"),
    Case(value: -2.5, places: 2, suffix: "%", id: "-2,50%", en: "-2.50%"),
    Case(value: -3.456, places: 2, id: "-3,46", en: "-3.46"),
    Case(value: -0.001, places: 2, id: "0,00", en: "0.00"),
    Case(value: 2.675, places: 2, id: "2,68", en: "2.68"),
    Case(value: 999.5, places: 0, id: "1.000", en: "1,000"),
  ]

  @Test(arguments: cases)
  func formatter(_ c: Case) {
    #expect(NumberFormat.id.string(c.value, places: c.places, prefix: c.prefix, suffix: c.suffix) == c.id)
    #expect(NumberFormat.en.string(c.value, places: c.places, prefix: c.prefix, suffix: c.suffix) == c.en)
  }

  /// One row per formatter case through the column kinds that print them.
  static let figures = Table(
    id: "figures", title: "Angka",
    columns: [
      .init("label", "Label"), .init("value", Localized(id: "Nilai", en: "Value"), .number(places: 2)),
      .init("count", Localized(id: "Jumlah", en: "Count"), .integer),
      .init("money", Localized(id: "Anggaran", en: "Budget"), .money),
      .init("percent", Localized(id: "Capaian", en: "Achievement"), .percent(places: 2)),
    ],
    rows: [
      .init([.text("a"), .number(84.3875), .integer(1_054_804), .number(10_405_821_856), .number(100.4642)]),
      .init([.text("b"), .number(-1234.5), .integer(-7), .number(-1500), .number(-2.5)]),
    ])

  static let expected: [Language: [String]] = [
    .id: ["84,39", "1.054.804", "Rp 10.405.821.856", "100,46%", "-1.234,50", "-7", "-Rp 1.500", "-2,50%"],
    .en: ["84.39", "1,054,804", "Rp 10,405,821,856", "100.46%", "-1,234.50", "-7", "-Rp 1,500", "-2.50%"],
  ]

  @Test(arguments: [Language.id, .en])
  func textMarkdownAndHTMLPrintTheCases(_ language: Language) throws {
    let outputs = [
      "text": TextRenderer.render(Self.figures, language: language),
      "md": MarkdownRenderer.render(Self.figures, language: language),
      "html": HTMLRenderer.render(title: "Angka", tables: [Self.figures], language: language),
    ]
    for (format, output) in outputs {
      for figure in Self.expected[language] ?? [] {
        #expect(output.contains(figure), "\(format) lacks \(figure)")
      }
    }
  }

  @Test func csvHoldsPlainNumbersInTheLanguagesConvention() {
    let id = CSVRenderer.render(Self.figures, language: .id)
    #expect(id.contains("a;84,39;1054804;10405821856;100,46\r\n"))
    #expect(id.contains("b;-1234,50;-7;-1500;-2,50\r\n"))
    let en = CSVRenderer.render(Self.figures, language: .en)
    #expect(en.contains("a,84.39,1054804,10405821856,100.46\r\n"))
    #expect(en.contains("b,-1234.50,-7,-1500,-2.50\r\n"))
  }

  @Test func chartLabelsUseTheLanguagesFormat() {
    let chart = Chart(
      id: "c", title: "c", categories: ["a", "b", "c"],
      series: [.init(name: "x", values: [100.4642, -2.5, 1_054_804])], valueRange: -10...120, valuePlaces: 2,
      valueSuffix: "%")
    let id = SVGRenderer.render(chart, language: .id)
    for figure in ["100,46%", "-2,50%", "1.054.804,00%"] { #expect(id.contains(">\(figure)<"), "\(figure)") }
    let en = SVGRenderer.render(chart, language: .en)
    for figure in ["100.46%", "-2.50%", "1,054,804.00%"] { #expect(en.contains(">\(figure)<"), "\(figure)") }
  }
}
