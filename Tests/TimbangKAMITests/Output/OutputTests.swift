import Testing
import TimbangCore
import TimbangKAMI

@Suite("JSON, tables and template")
struct OutputTests {
  @Test("JSON has the shape of kami.md, numbers unrounded, labels in Indonesian")
  func jsonShape() throws {
    let instrument = try Fixtures.instrument("4.2")
    let answers = Fixtures.answers(
      instrument, kse: 17, areas: ["TK": 75, "PR": 30, "KK": 31, "PA": 37, "TG": 38], supplements: ["S1": 32])
    let result = try KAMIScoring.score(answers, instrument: instrument, file: "a.csv")
    let text = JSONWriter.string(result.json)
    let json = try JSONParser.parse(Array(text.utf8), fileName: "out.json")
    #expect(json["version"]?.stringValue == "4.2")
    #expect(json["kse"]?["score"]?.doubleValue == 17)
    #expect(json["kse"]?["category"]?.stringValue == "Tinggi")
    #expect(json["total"]?.doubleValue == 211)
    #expect(json["max"]?.doubleValue == 645)
    #expect(json["percent"]?.doubleValue == 211.0 / 645.0 * 100)
    #expect(json["status"]?.stringValue == "Tidak Layak")
    #expect(json["statusReason"]?.stringValue?.contains("0–272") == true)
    #expect(json["maturityRange"]?.stringValue == result.maturityRange(.id))
    let areas = try #require(json["areas"]?.arrayValue)
    #expect(areas.map { $0["code"]?.stringValue } == ["TK", "PR", "KK", "PA", "TG"])
    let tk = try #require(areas.first)
    #expect(tk["name"]?.stringValue == "Tata Kelola")
    #expect(tk["score"]?.doubleValue == 75)
    #expect(tk["max"]?.doubleValue == 126)
    #expect(tk["levelScores"]?.objectValue?.map(\.0) == ["II", "III", "IV", "V"])
    #expect(tk["category3Valid"] == .bool(true))
    #expect(tk["level"]?.stringValue == result.areas[0].level.label)
    let kk = try #require(areas.dropFirst(2).first)
    #expect(kk["category3Valid"] == .bool(false))
    let supplements = try #require(json["supplements"]?.arrayValue)
    #expect(supplements.map { $0["name"]?.stringValue } == ["Pihak Ketiga"])
    #expect(supplements.first?["percent"]?.doubleValue == 32.0 / 81.0 * 100)
  }

  @Test("kami-areas: one row per area, then total, status and supplements")
  func areasTable() throws {
    let instrument = try Fixtures.instrument("5.0")
    let result = try KAMIScoring.score(
      Fixtures.answers(
        instrument, kse: 35, areas: ["TK": 48, "PR": 36, "KK": 68, "PA": 130, "TG": 118, "PDP": 72],
        supplements: ["S1": 40]),
      instrument: instrument)
    let table = KAMITables.areas(result)
    #expect(table.id == "kami-areas")
    #expect(table.columns.map(\.key) == ["area", "score", "max", "percent", "category3", "level"])
    #expect(table.rows.count == 6 + 2 + 1)
    #expect(table.rows[6].cells[1] == .number(472))
    #expect(table.rows[6].cells[2] == .number(918))
    #expect(table.rows[7].cells[5] == .label(Localized(id: "Tidak Layak", en: "Not ready")))
    #expect(table.rows[5].cells[4] == .label("–"))
    #expect(table.rows[8].cells[0] == .label(Localized(id: "Suplemen: Pihak Ketiga", en: "Supplement: Third parties")))
  }

  @Test("template lists every question once with an empty answer")
  func template() throws {
    for version in ["4.2", "5.0"] {
      let instrument = try Fixtures.instrument(version)
      let lines = KAMITemplate.csv(instrument).split(separator: "\r\n")
      #expect(lines.first == "question,answer,area,choices,text")
      let expected =
        instrument.kse.questions.count + instrument.areaQuestions.count
        + instrument.supplements.reduce(0) { $0 + $1.questions.count }
      #expect(lines.count == 1 + expected)
      #expect(lines.dropFirst().allSatisfy { $0.contains(",,") })
    }
    let v5 = KAMITemplate.csv(try Fixtures.instrument("5.0"))
    #expect(v5.contains("\r\n5.31,,PA,0-3/TB,"))
    #expect(v5.contains("\r\n5.30,,PA,0-3,"))
  }
}
