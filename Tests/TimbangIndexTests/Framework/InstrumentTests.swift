import Foundation
import Testing
import TimbangCore

@testable import TimbangIndex

/// The three bundled instrument files and the loader's validation (every problem named by its JSON path).
@Suite("Index instruments")
struct InstrumentTests {
  @Test("59/2020: 4 domains, 8 aspects, 47 indicators; weights as Lampiran Tabel 7–9")
  func spbe59Structure() throws {
    let i = try Fixtures.spbe59()
    #expect(i.kind == "spbe")
    #expect(i.tiers.map(\.key) == ["domains", "aspects"])
    #expect(i.tiers[0].nodes.map(\.weight) == [Rational(13), Rational(25), Fixtures.r("16.5"), Fixtures.r("45.5")])
    #expect(i.tiers[1].nodes.map(\.weight) == ["13", "10", "10", "5", "12", "4.5", "27.5", "18"].map(Fixtures.r))
    #expect(i.indicators.count == 47)
    #expect(i.indicators[41...46].allSatisfy { $0.weight == Rational(3) })  // not the reports' 3.50 typo
    #expect(i.values.minimum == Rational(1) && i.values.maximum == Rational(5) && i.values.wholeLevels)
    #expect(i.levelName(indicator: 0, level: 4)?.name == "Terpadu dan Terukur")
    #expect(i.levelName(indicator: 31, level: 3)?.name == "Transaksi")
    #expect(i.indicators[0].name.hasPrefix("Tingkat Kematangan"))
    #expect(i.predicateBasis.years.map(\.year) == [2023, 2024])
  }

  @Test(
    "5/2018: 3 domains, 7 aspects, 35 indicators, levels 0–5, unconfirmed A7 split marked, addressed by number only")
  func spbe2018Structure() throws {
    let i = try Fixtures.spbe2018()
    #expect(i.tiers[0].nodes.map(\.weight) == [Rational(17), Rational(28), Rational(55)])
    #expect(i.tiers[1].nodes.map(\.weight).map(\.doubleValue) == [7, 10, 8, 8, 12, 35, 20])
    #expect(i.indicators.count == 35)
    #expect(i.values.minimum == Rational(0))
    #expect(i.indicators[31...34].allSatisfy { $0.note?.contains("unconfirmed") == true })
    #expect(i.tiers[1].nodes[6].note?.contains("unconfirmed") == true)
    #expect(i.header.provenance.contains("UNCONFIRMED"))
    #expect(!i.addressByName)
    #expect(IndicatorResolver(i).resolve("Tim Pengarah SPBE") == nil)
    #expect(IndicatorResolver(i).indicator("I18") == 17)
  }

  @Test("Pemdi 8/2026: 7 aspects, 20 indicators, decimal values 1–5, both level vocabularies, external indicators")
  func pemdiStructure() throws {
    let i = try Fixtures.pemdi()
    #expect(i.kind == "pemdi")
    #expect(i.tiers.map(\.key) == ["aspects"])
    #expect(i.tiers[0].nodes.map(\.weight).map(\.doubleValue) == [10, 10, 15, 15, 10, 15, 25])
    #expect(i.indicators.count == 20)
    #expect(!i.values.wholeLevels)
    #expect(i.indicators.filter { $0.external != nil }.map(\.code) == ["3.1", "3.2", "3.3", "6.4"])
    #expect(i.pendingExternalValue == Rational(1))
    let names = try #require(i.levelNameSets["pemdi"])
    #expect(names.map(\.name) == ["Merintis", "Membangun", "Berkembang", "Melembaga", "Unggul"])
    #expect(names.map { $0.nameEn ?? "" } == ["Initiate", "Emerging", "Developing", "Embedded", "Leading"])
    #expect(names[0].aliases == ["Rintisan"])
    #expect(i.header.provenance.contains("verify against the regulation's Lampiran Tabel 1 and Tabel 4"))
    #expect(i.tiers[0].predicates == .optional)
  }

  /// Loads the 59/2020 file with one edit applied to its JSON text.
  static func edited(_ transform: (inout [String: Any]) -> Void) throws -> Result<IndexInstrument, TimbangError> {
    let path = Fixtures.instrumentsDirectory + "/spbe-permenpanrb-59-2020.json"
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      preconditionFailure("not an object")
    }
    transform(&object)
    let bytes = try JSONSerialization.data(withJSONObject: object)
    do {
      return .success(try IndexInstrument(bytes: Array(bytes), path: "edited.json"))
    } catch let error as TimbangError {
      return .failure(error)
    }
  }

  static func jsonPath(_ result: Result<IndexInstrument, TimbangError>) -> String? {
    if case .failure(.badInstrument(let location, _)) = result { return location.jsonPath }
    return nil
  }

  struct Edit: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var apply: @Sendable (inout [String: Any]) -> Void
    var testDescription: String { name }
  }

  static func indicators(_ o: inout [String: Any], _ f: (inout [[String: Any]]) -> Void) {
    var list = o["indicators"] as? [[String: Any]] ?? []
    f(&list)
    o["indicators"] = list
  }

  static func tier(_ o: inout [String: Any], _ t: Int, _ f: (inout [String: Any]) -> Void) {
    var tiers = o["tiers"] as? [[String: Any]] ?? []
    f(&tiers[t])
    o["tiers"] = tiers
  }

  static let edits: [Edit] = [
    Edit(
      name: "indicator weight that no longer sums to its aspect (42 at 3.50, the reports' typo)", path: "$.indicators"
    ) {
      indicators(&$0) { $0[41]["weight"] = 3.5 }
    },
    Edit(name: "domain weights not summing to 100", path: "$.tiers[0].nodes") {
      tier(&$0, 0) { t in
        var nodes = t["nodes"] as? [[String: Any]] ?? []
        nodes[0]["weight"] = 14
        t["nodes"] = nodes
      }
    },
    Edit(name: "duplicate node code", path: "$.tiers[1].nodes[1].code") {
      tier(&$0, 1) { t in
        var nodes = t["nodes"] as? [[String: Any]] ?? []
        nodes[1]["code"] = "A1"
        t["nodes"] = nodes
      }
    },
    Edit(name: "indicator under an unknown aspect", path: "$.indicators[3].parent") {
      indicators(&$0) { $0[3]["parent"] = "A9" }
    },
    Edit(name: "indicators out of order", path: "$.indicators[5].number") {
      indicators(&$0) { $0[5]["number"] = 7 }
    },
    Edit(name: "negative weight", path: "$.indicators[0].weight") {
      indicators(&$0) { $0[0]["weight"] = -1.3 }
    },
    Edit(name: "a gap between bands", path: "$.bands") { o in
      var bands = o["bands"] as? [[String: Any]] ?? []
      bands[1]["lower"] = 1.9
      o["bands"] = bands
    },
    Edit(name: "missing bands key", path: "$.bands") { $0.removeValue(forKey: "bands") },
    Edit(name: "unknown level-name set", path: "$.indicators[0].levelNames") {
      indicators(&$0) { $0[0]["levelNames"] = "nope" }
    },
    Edit(name: "ambiguous indicator key (code equal to another number)", path: "$.indicators[1]") {
      indicators(&$0) { $0[1]["code"] = "1" }
    },
    Edit(name: "unsupported schema version", path: "$.schemaVersion") { $0["schemaVersion"] = 2 },
    Edit(name: "whole levels with a fractional maximum", path: "$.values") { o in
      o["values"] = ["minimum": 1, "maximum": 4.5, "wholeLevels": true]
    },
    Edit(name: "duplicate predicate-basis year", path: "$.predicateBasis.years[1]") { o in
      var basis = o["predicateBasis"] as? [String: Any] ?? [:]
      basis["years"] = [["year": 2023, "basis": "rounded"], ["year": 2023, "basis": "unrounded"]]
      o["predicateBasis"] = basis
    },
    Edit(name: "unknown predicate basis", path: "$.predicateBasis.default") { o in
      var basis = o["predicateBasis"] as? [String: Any] ?? [:]
      basis["default"] = "sometimes"
      o["predicateBasis"] = basis
    },
  ]

  @Test("validation names the JSON path of the first problem", arguments: edits)
  func validation(_ edit: Edit) throws {
    let result = try Self.edited(edit.apply)
    #expect(Self.jsonPath(result) == edit.path)
  }

  @Test("the unedited file passes the same round trip")
  func roundTripLoads() throws {
    let result = try Self.edited { _ in }
    #expect(Self.jsonPath(result) == nil)
  }
}
