import Testing
import TimbangCore

@testable import TimbangIKM

@Suite("Synthetic survey")
struct SyntheticSurveyTests {
  /// FNV-1a, 64 bits: a fixed, simple fingerprint of bytes.
  static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for b in bytes {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    return h
  }

  @Test("SplitMix64 gives the published first outputs for seed 0")
  func splitMix() {
    var g = SplitMix64(seed: 0)
    #expect(g.next() == 0xE220_A839_7B1D_CDAF)
    #expect(g.next() == 0x6E78_9E6A_A1B9_65F4)
    #expect(g.next() == 0x06C4_5D18_8009_454F)
  }

  @Test("a fixed seed gives fixed bytes (same on every machine)")
  func fixedBytes() {
    let bytes = SyntheticSurvey(respondents: 1000, units: 7, seed: 42).bytes()
    #expect(bytes.count == Self.expectedCount)
    #expect(Self.fnv1a(bytes) == Self.expectedHash)
    #expect(SyntheticSurvey(respondents: 1000, units: 7, seed: 42).bytes() == bytes)
    #expect(SyntheticSurvey(respondents: 1000, units: 7, seed: 43).bytes() != bytes)
  }
  /// Recorded once; also reproduced by an independent Python port of the documented algorithm.
  static let expectedCount = 50_503
  static let expectedHash: UInt64 = 0xC80E_9DF9_6540_A320

  @Test("the documented example: 3 respondents, 2 units, seed 7")
  func documentedExample() {
    #expect(
      String(decoding: SyntheticSurvey(respondents: 3, units: 2, seed: 7).bytes(), as: UTF8.self) == """
        unit,period,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9
        UPT-002,2024-Q4,L,63,S1,Wiraswasta,4,1,4,3,4,3,3,4,4
        UPT-002,2024-Q2,L,39,S1,Wiraswasta,3,4,3,3,2,3,3,3,2
        UPT-001,2024-Q1,L,76,SMA,Wiraswasta,2,3,4,2,3,3,4,2,2

        """)
  }

  @Test("chunking and row ranges do not change the bytes", arguments: [1, 100, 4096])
  func chunks(chunkBytes: Int) {
    let survey = SyntheticSurvey(respondents: 500, units: 12, seed: 9)
    var chunked: [UInt8] = []
    survey.write(chunkBytes: chunkBytes) { chunked.append(contentsOf: $0) }
    #expect(chunked == survey.bytes())
    var pieces: [UInt8] = []
    survey.write(rows: 0..<123) { pieces.append(contentsOf: $0) }
    survey.write(rows: 123..<500, header: false) { pieces.append(contentsOf: $0) }
    #expect(pieces == chunked)
  }

  @Test("shape: header, column count, units, answers 1–4 with about 1% blanks")
  func shape() {
    let survey = SyntheticSurvey(respondents: 20_000, units: 30, seed: 5)
    let lines = String(decoding: survey.bytes(), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first.map(String.init) == "unit,period,gender,age,education,occupation,U1,U2,U3,U4,U5,U6,U7,U8,U9")
    #expect(lines.count == 20_002 && lines.last == "")
    let units = Set((0..<30).map(survey.unitName))
    #expect(survey.unitName(0) == "UPT-001" && survey.unitName(29) == "UPT-030")
    var blanks = 0
    var seenUnits = Set<String>()
    var answers: [Int] = [0, 0, 0, 0]
    for line in lines.dropFirst().dropLast() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      #expect(cells.count == 15)
      #expect(units.contains(cells[0]))
      seenUnits.insert(cells[0])
      #expect(SyntheticSurvey.periods.contains(cells[1]) && SyntheticSurvey.genders.contains(cells[2]))
      #expect((Int(cells[3]) ?? 0) >= 17 && (Int(cells[3]) ?? 0) <= 79)
      for cell in cells[6...] {
        if cell.isEmpty {
          blanks += 1
        } else if let a = Int(cell), (1...4).contains(a) {
          answers[a - 1] += 1
        } else {
          Issue.record("answer \(cell)")
        }
      }
    }
    #expect(seenUnits == units)
    let cells = 20_000 * 9
    #expect(blanks * 1000 > cells * 5 && blanks * 1000 < cells * 15)
    // Skewed towards satisfied: 3 and 4 are the common answers.
    #expect(answers[3] > answers[0] * 3 && answers[2] > answers[1])
  }

  @Test("units answer from different distributions; scoring counts every row")
  func perUnit() throws {
    let instrument = try Fixtures.instrument()
    let survey = SyntheticSurvey(respondents: 30_000, units: 6, seed: 11)
    let text = String(decoding: survey.bytes(), as: UTF8.self)
    let scan = try SurveyScanner(instrument: instrument, by: ["unit"]).scan(text: text)
    #expect(scan.rowsRead == 30_000)
    #expect(scan.tally.groups.values.reduce(0) { $0 + $1.respondents } == 30_000)
    let result = SKMScoring.score(scan.tally, instrument: instrument, weighting: try .make(.printed, for: instrument))
    let converted = result.groups.compactMap(\.converted)
    #expect(converted.count == 6)
    #expect((converted.max() ?? 0) - (converted.min() ?? 0) > 1)
    #expect(converted.allSatisfy { $0 > 60 && $0 < 90 })
    // Profiles are tallied from gender, age, education and occupation.
    #expect(Set(result.total.profiles.keys) == ["gender", "age", "education", "occupation"])
  }
}
