import Testing

@testable import TimbangCore

@Suite("Band tables")
struct BandTableTests {
  static let ikm = BandTable([
    Band(code: "A", label: "Sangat Baik", lower: 88.31, upper: nil, upperInclusive: true),
    Band(code: "B", label: "Baik", lower: 76.61, upper: 88.31),
    Band(code: "C", label: "Kurang Baik", lower: 65, upper: 76.61),
    Band(code: "D", label: "Tidak Baik", lower: nil, upper: 65),
  ])

  @Test("classification on the published precision", arguments: [(88.305, "A"), (88.304, "B"), (76.605, "B"), (64.995, "C"), (10, "D")])
  func classify(x: Double, code: String) {
    #expect(Self.ikm.classify(x, publishedAt: 2)?.code == code)
  }

  @Test("a valid table tiles its domain")
  func valid() throws {
    try Self.ikm.validate(domain: 0...100, file: "i.json", path: "$.bands")
  }

  @Test(
    "gaps, overlaps, duplicate codes and uncovered ends are rejected",
    arguments: [
      ([Band(code: "A", label: "", lower: 50, upper: nil, upperInclusive: true), Band(code: "B", label: "", lower: nil, upper: 49)], "gap"),
      ([Band(code: "A", label: "", lower: 50, upper: nil, upperInclusive: true), Band(code: "B", label: "", lower: nil, upper: 51)], "overlap"),
      ([Band(code: "A", label: "", lower: 50, upper: nil, upperInclusive: true), Band(code: "A", label: "", lower: nil, upper: 50)], "duplicate"),
      ([Band(code: "A", label: "", lower: 50, upper: 90, upperInclusive: true), Band(code: "B", label: "", lower: nil, upper: 50)], "no band covers 100"),
      ([Band(code: "A", label: "", lower: 50, upper: nil, upperInclusive: true), Band(code: "B", label: "", lower: nil, upper: 50, upperInclusive: true)], "both include"),
      ([Band(code: "A", label: "", lower: 50, lowerInclusive: false, upper: nil, upperInclusive: true), Band(code: "B", label: "", lower: nil, upper: 50)], "no band includes"),
    ])
  func invalid(bands: [Band], message: String) {
    #expect {
      try BandTable(bands).validate(domain: 0...100, file: "i.json", path: "$.bands")
    } throws: { "\($0)".contains(message) && "\($0)".contains("i.json: $.bands") }
  }
}
