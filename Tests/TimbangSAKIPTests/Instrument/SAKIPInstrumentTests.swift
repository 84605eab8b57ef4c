import Testing
import TimbangCore
import TimbangSAKIP

@Suite("SAKIP instruments")
struct SAKIPInstrumentTests {
  @Test("every SAKIP-family instrument file loads and validates")
  func loadsAll() throws {
    #expect(try Fixtures.lke88().header.kind == "sakip")
    #expect(try Fixtures.lke12().header.kind == "sakip")
    #expect(try Fixtures.scales().header.id == "capaian-scales")
    #expect(try Fixtures.efficiency().header.id == "efisiensi-kepmendagri-690.900-327-1996")
    let kinds = try Fixtures.library.list(kind: "sakip|capaian-scales|efisiensi").map(\.header.id)
    #expect(
      Set(kinds).isSuperset(of: [
        "sakip-permenpanrb-88-2021", "sakip-permenpanrb-12-2015", "capaian-scales",
        "efisiensi-kepmendagri-690.900-327-1996",
      ]))
  }

  @Test("88/2021: 4 components 30/30/15/25, 12 sub-components split 20/30/50, 80 criteria")
  func structure88() throws {
    let lke = try Fixtures.lke88()
    #expect(lke.components.map(\.weight) == [30, 30, 15, 25])
    let subs = lke.components.flatMap(\.subcomponents)
    #expect(subs.map(\.code) == ["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"])
    #expect(subs.map(\.weight) == [6, 9, 15, 6, 9, 15, 3, 4.5, 7.5, 5, 7.5, 12.5])
    #expect(subs.map { $0.criteria?.count ?? 0 } == [7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5])
    #expect(subs.map { $0.criteria?.count ?? 0 }.reduce(0, +) == 80)
    #expect(lke.grades.map(\.code) == ["AA", "A", "BB", "B", "CC", "C", "D", "E"])
    #expect(lke.grades.map(\.percent) == [100, 90, 80, 70, 60, 50, 30, 0])
    #expect(subs[0].upgrades.map(\.flag) == ["maintained1y", "maintained5y"])
    #expect(subs[1].upgrades.map(\.flag) == ["appreciated", "nationalModel"])
  }

  @Test("predicate bands are data: lower bound exclusive, upper inclusive, D includes 0")
  func predicateBands() throws {
    for lke in [try Fixtures.lke88(), try Fixtures.lke12()] {
      let bands = lke.predicates.bands
      #expect(bands.map(\.code) == ["D", "C", "CC", "B", "BB", "A", "AA"])
      #expect(bands.map(\.lower) == [0, 30, 50, 60, 70, 80, 90])
      #expect(bands.map(\.lowerInclusive) == [true, false, false, false, false, false, false])
      let upperInclusive = bands.allSatisfy(\.upperInclusive)
      #expect(upperInclusive)
      #expect(
        bands.map(\.label) == [
          "Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan", "Sangat Memuaskan",
        ])
    }
  }

  @Test("12/2015: five components 30/25/15/10/20 with Perencanaan's sub-sub-components")
  func structure12() throws {
    let lke = try Fixtures.lke12()
    #expect(lke.components.map(\.weight) == [30, 25, 15, 10, 20])
    #expect(lke.components[0].subcomponents.map(\.weight) == [10, 20])
    #expect(lke.components[0].subcomponents[0].subcomponents.map(\.weight) == [2, 5, 3])
    #expect(lke.components[0].subcomponents[1].subcomponents.map(\.weight) == [4, 10, 6])
    #expect(lke.components[1].subcomponents.map(\.weight) == [5, 12.5, 7.5])
    #expect(lke.components[2].subcomponents.map(\.weight) == [3, 7.5, 4.5])
    #expect(lke.components[3].subcomponents.map(\.weight) == [2, 5, 3])
    #expect(lke.components[4].subcomponents.map(\.weight) == [7.5, 12.5])
    #expect(lke.grades.isEmpty && lke.shareGrades == nil)
    #expect(!lke.notes.isEmpty)
  }

  struct Broken: CustomTestStringConvertible, Sendable {
    var name: String
    var replace: String
    var with: String
    var path: String
    var testDescription: String { name }
  }

  @Test(
    "a broken 88/2021 file is rejected at the JSON path of the first problem",
    arguments: [
      Broken(
        name: "component weights do not sum to maxTotal", replace: "\"maxTotal\": 100", with: "\"maxTotal\": 90",
        path: "$.components"),
      Broken(
        name: "a component's weight differs from its parts", replace: "\"weight\": 25,", with: "\"weight\": 20,",
        path: "$.components[3].subcomponents"),
      Broken(
        name: "sub-component weights do not sum to their component", replace: "\"weight\": 9,", with: "\"weight\": 8,",
        path: "$.components[0].subcomponents"),
      Broken(
        name: "a gap between predicate bands", replace: "\"lower\": 80, \"lowerInclusive\": false",
        with: "\"lower\": 81, \"lowerInclusive\": false", path: "$.predicates"),
      Broken(
        name: "both bands include 90", replace: "\"lower\": 90, \"lowerInclusive\": false",
        with: "\"lower\": 90, \"lowerInclusive\": true", path: "$.predicates"),
      Broken(
        name: "a duplicate criterion code", replace: "\"code\": \"1.1.2\"", with: "\"code\": \"1.1.1\"",
        path: "$.components[0].subcomponents[0].criteria[1].code"),
      Broken(
        name: "an upgrade to an unknown grade", replace: "\"grade\": \"AA\"", with: "\"grade\": \"AAA\"",
        path: "$.components[0].subcomponents[0].upgrades[1].grade"),
      Broken(
        name: "a grade above 100%", replace: "\"percent\": 100", with: "\"percent\": 110", path: "$.grades[0].percent"),
      Broken(
        name: "a criterion value above 1", replace: "\"value\": 0.75", with: "\"value\": 75", path: "$.answers[3].value"
      ),
      Broken(name: "a missing key", replace: "\"predicates\"", with: "\"predicate\"", path: "$.predicates"),
    ])
  func broken(_ c: Broken) throws {
    let text = try Fixtures.bytes("sakip-permenpanrb-88-2021")
    #expect(text.contains(c.replace))
    let bad = text.replacingFirst(c.replace, with: c.with)
    let error = instrumentError { _ = try SAKIPInstrument.decode(Array(bad.utf8), file: "x.json") }
    #expect(error?.location.jsonPath == c.path)
    #expect(error?.location.file == "x.json")
  }

  @Test("a capaian scale with a gap and an efficiency file of the wrong kind are rejected")
  func brokenScales() throws {
    let text = try Fixtures.bytes("capaian-scales")
    let gap = text.replacingFirst(
      "\"lower\": 85, \"lowerInclusive\": true", with: "\"lower\": 86, \"lowerInclusive\": true")
    let error = instrumentError { _ = try CapaianScales.decode(Array(gap.utf8), file: "s.json") }
    #expect(error?.location.jsonPath == "$.categoryScales[0].bands")
    let wrongKind = instrumentError {
      _ = try EfficiencyInstrument.decode(Array(text.utf8), file: "s.json")
    }
    #expect(wrongKind?.location.jsonPath != nil)
  }
}

extension String {
  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let r = range(of: target) else { return self }
    return replacingCharacters(in: r, with: replacement)
  }
}
