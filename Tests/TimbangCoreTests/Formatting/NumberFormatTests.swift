import Testing

@testable import TimbangCore

@Suite("id-ID number formatting")
struct NumberFormatTests {
  @Test(
    "Indonesian",
    arguments: [
      (84.3875, 2, "", "", "84,39"), (1054804, 0, "", "", "1.054.804"), (10405821856, 0, "Rp ", "", "Rp 10.405.821.856"),
      (100.4642, 2, "", "%", "100,46%"), (-1234.5, 1, "", "", "-1.234,5"), (0.5, 2, "", "", "0,50"),
      (999.999, 2, "", "", "1.000,00"), (-0.001, 2, "", "", "0,00"), (123, 0, "", "", "123"),
    ])
  func indonesian(x: Double, places: Int, prefix: String, suffix: String, expected: String) {
    #expect(NumberFormat.id.string(x, places: places, prefix: prefix, suffix: suffix) == expected)
  }

  @Test("English", arguments: [(84.3875, 2, "84.39"), (1054804, 0, "1,054,804"), (-1234.5, 1, "-1,234.5")])
  func english(x: Double, places: Int, expected: String) {
    #expect(NumberFormat.en.string(x, places: places) == expected)
  }
}

@Suite("compact numbers for messages")
struct CompactNumberTests {
  @Test("trailing zeros trimmed", arguments: [(1.0999999999999999, "1.1"), (0.111, "0.111"), (3, "3"), (1.0 / 9, "0.111111111")])
  func compact(x: Double, expected: String) {
    #expect(NumberFormat.plain.compact(x) == expected)
  }
}
