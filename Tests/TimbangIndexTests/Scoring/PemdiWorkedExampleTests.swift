import Testing
import TimbangCore

@testable import TimbangIndex

/// The worked example of `shared/spec/pemdi.md` (Kab. Aceh Tengah 2026) and the Pemdi band edges of issue 9.
@Suite("Pemdi worked example")
struct PemdiWorkedExampleTests {
  /// The assessor's values 1.1–7.2, with 5.1 as given.
  static func acehTengah(_ value51: String) -> Assessment {
    let values = [
      "2.00", "1.50", "1.26", "1.30", "1.00", "1.00", "1.00", "1.00", "1.00", "1.00", "1.50", "1.25", value51, "1.00",
      "1.00", "1.00", "2.50", "1.00", "1.00", "1.30",
    ]
    return .indicators(values.map(Fixtures.r))
  }

  @Test("Aceh Tengah 2026 with 5.1 = 7/6: aspects 1.75, 1.28, 1.00, 1.17, 1.08, 1.40, 1.18; index 1.2413 → 1.24 Kurang")
  func acehTengahWithSevenSixths() throws {
    let instrument = try Fixtures.pemdi()
    let result = try IndexScorer.score(Self.acehTengah("7/6"), instrument, ScoringPolicy(year: 2026))
    let aspects = try #require(result.tier("aspects"))
    #expect(
      aspects.nodes.map { Fixtures.shown($0.value ?? .zero) } == [
        "1.75", "1.28", "1.00", "1.17", "1.08", "1.40", "1.18",
      ])
    #expect(Fixtures.shown(result.index, places: 4) == "1.2413")
    #expect(Fixtures.shown(result.index) == "1.24")
    #expect(result.predicate?.label == "Kurang")
    #expect(result.predicate?.level == 1)
    #expect(result.predicate?.levelName?.id == "Merintis")
    // Exactly: Σ w × v = 124 + 2/15.
    #expect(result.index == (Rational(124) + Rational(2, 15)) / Rational(100))
    // Pemdi results have aspects, not domains, below the index.
    #expect(result.tiers.map(\.key) == ["aspects"])
  }

  @Test("Aceh Tengah 2026 with the printed 1.17: aspect 5 = 1.085 → 1.09, index still 1.24")
  func acehTengahWithPrintedValue() throws {
    let instrument = try Fixtures.pemdi()
    let result = try IndexScorer.score(Self.acehTengah("1.17"), instrument, ScoringPolicy(year: 2026))
    let a5 = try #require(result.node("A5")?.value)
    #expect(a5 == Fixtures.r("1.085"))
    #expect(Fixtures.shown(a5) == "1.09")
    #expect(Fixtures.shown(result.index) == "1.24")
    #expect(result.index == Fixtures.r("1.2415"))
  }

  @Test("Aceh Tengah 2026: the weighted form is used, not equal-weight means (1.19, 1.38, 1.15 would be wrong)")
  func weightedNotEqualMeans() throws {
    let instrument = try Fixtures.pemdi()
    let result = try IndexScorer.score(Self.acehTengah("7/6"), instrument, ScoringPolicy())
    // Equal-weight means of the same values.
    let equal4 = (Fixtures.r("1") + Fixtures.r("1") + Fixtures.r("1.5") + Fixtures.r("1.25")) / Rational(4)
    let equal6 = (Fixtures.r("1") + Fixtures.r("1") + Fixtures.r("2.5") + Fixtures.r("1")) / Rational(4)
    let equal7 = (Fixtures.r("1") + Fixtures.r("1.3")) / Rational(2)
    #expect([Fixtures.shown(equal4), Fixtures.shown(equal6), Fixtures.shown(equal7)] == ["1.19", "1.38", "1.15"])
    #expect(Fixtures.shown(try #require(result.node("A4")?.value)) == "1.17")
    #expect(Fixtures.shown(try #require(result.node("A6")?.value)) == "1.40")
    #expect(Fixtures.shown(try #require(result.node("A7")?.value)) == "1.18")
  }

  @Test(
    "Pemdi band edges (issue 9): 1.49 Kurang, 1.50 Cukup, 2.4999 Cukup, 2.50 Baik, 3.99 Sangat Baik, 4.00 and 5.00 Memuaskan",
    arguments: [
      ("1.00", "Kurang", 1), ("1.49", "Kurang", 1), ("1.50", "Cukup", 2), ("2.4999", "Cukup", 2), ("2.50", "Baik", 3),
      ("3.4999", "Baik", 3), ("3.50", "Sangat Baik", 4), ("3.99", "Sangat Baik", 4), ("4.00", "Memuaskan", 5),
      ("5.00", "Memuaskan", 5),
    ])
  func bandEdges(value: String, predicate: String, level: Int) throws {
    let instrument = try Fixtures.pemdi()
    let band = try #require(instrument.predicate(Fixtures.r(value), basis: .unrounded))
    #expect(band.label == predicate)
    #expect(band.level == level)
  }

  @Test(
    "Pemdi cut points differ from SPBE: 1.80 is Cukup in both, 2.55 is Baik in Pemdi but Cukup in SPBE, 4.10 Memuaskan vs Sangat Baik"
  )
  func differentCutPoints() throws {
    let pemdi = try Fixtures.pemdi()
    let spbe = try Fixtures.spbe59()
    #expect(pemdi.predicate(Fixtures.r("2.55"), basis: .unrounded)?.label == "Baik")
    #expect(spbe.predicate(Fixtures.r("2.55"), basis: .unrounded)?.label == "Cukup")
    #expect(pemdi.predicate(Fixtures.r("4.10"), basis: .unrounded)?.label == "Memuaskan")
    #expect(spbe.predicate(Fixtures.r("4.10"), basis: .unrounded)?.label == "Sangat Baik")
  }

  @Test("Pemdi index computed from an index of 2.4999 keeps Cukup on the default (unrounded) basis")
  func defaultBasisIsUnrounded() throws {
    let instrument = try Fixtures.pemdi()
    let (basis, _) = instrument.predicateBasis.resolve(year: 2026, override: nil)
    #expect(basis == .unrounded)
  }

  @Test("aspect predicates only on request, with the 'not defined by the sources' note")
  func aspectPredicates() throws {
    let instrument = try Fixtures.pemdi()
    let plain = try IndexScorer.score(Self.acehTengah("7/6"), instrument, ScoringPolicy())
    #expect(plain.tiers[0].nodes.allSatisfy { $0.predicate == nil })
    let withPredicates = try IndexScorer.score(
      Self.acehTengah("7/6"), instrument, ScoringPolicy(optionalPredicates: true))
    #expect(withPredicates.node("A1")?.predicate?.label == "Cukup")  // 1.75
    #expect(withPredicates.notes.contains { $0.en.contains("not defined by the sources") })
  }

  @Test("pending external indicators (3.1, 3.2, 3.3, 6.4) are filled with 1.00 only with --pending-external")
  func pendingExternal() throws {
    let instrument = try Fixtures.pemdi()
    guard case .indicators(var slots) = Self.acehTengah("7/6").content else { return }
    for code in ["3.1", "3.2", "3.3", "6.4"] {
      let i = try #require(instrument.indicators.firstIndex { $0.code == code })
      slots[i] = nil
    }
    let assessment = Assessment(source: "aceh.csv", content: .indicators(slots))
    #expect(throws: TimbangError.self) { try IndexScorer.score(assessment, instrument, ScoringPolicy()) }
    let result = try IndexScorer.score(assessment, instrument, ScoringPolicy(pendingExternal: true))
    #expect(result.warnings.count == 4)
    #expect(
      result.warnings.allSatisfy { $0.en.contains("is pending") && $0.id.contains("menunggu penilaian eksternal") })
    #expect(Fixtures.shown(result.index) == "1.24")
    // A missing indicator that is not external still fails with --pending-external.
    slots[0] = nil
    let incomplete = Assessment(source: "aceh.csv", content: .indicators(slots))
    #expect(throws: TimbangError.self) {
      try IndexScorer.score(incomplete, instrument, ScoringPolicy(pendingExternal: true))
    }
  }

  @Test("indicators are accepted as 3.4, 8 and I08")
  func indicatorKeys() throws {
    let instrument = try Fixtures.pemdi()
    let resolver = IndicatorResolver(instrument)
    for key in ["3.4", "8", "I08", "i8", "Tingkat Kematangan Pelindungan Data Pribadi", "pelindungan data pribadi"] {
      #expect(resolver.indicator(key) == 7, "key \(key)")
    }
    #expect(resolver.resolve("A3") == .node(tier: 0, node: 2))
    #expect(resolver.resolve("21") == nil)
  }
}
