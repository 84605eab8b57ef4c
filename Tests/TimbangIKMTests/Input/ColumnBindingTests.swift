import Testing
import TimbangCore

@testable import TimbangIKM

@Suite("Columns bind to elements by identity")
struct ColumnBindingTests {
  /// Questionnaires ask facilities as question 8 and complaints as question 9: names decide, not positions.
  @Test("questionnaire order binds by name")
  func questionnaireOrder() throws {
    let instrument = try Fixtures.instrument()
    let header = [
      "No", "Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya", "Produk Layanan", "Kompetensi Pelaksana",
      "Perilaku Pelaksana", "Sarana", "Penanganan Pengaduan",
    ]
    let binding = try ColumnBinding.bind(header: header, instrument: instrument, by: [], file: "q.csv")
    #expect(binding.elementColumns == [1, 2, 3, 4, 5, 6, 7, 9, 8])
    #expect(binding.explanation[7].contains("U8") && binding.explanation[7].contains("Penanganan Pengaduan"))
  }

  @Test(
    "header spelling is case-, accent- and whitespace-insensitive",
    arguments: ["  PERSYARATAN ", "persyaratan", "Pérsyaratan", "Persyaratan Pelayanan"])
  func spelling(name: String) throws {
    let instrument = try Fixtures.instrument()
    let header = [name, "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
    #expect(try ColumnBinding.bind(header: header, instrument: instrument, by: [], file: "q.csv").elementColumns[0] == 0)
  }

  @Test("two columns for one element is an ambiguity naming both")
  func ambiguous() throws {
    let instrument = try Fixtures.instrument()
    let header = ["U1", "Prosedur", "Sistem, Mekanisme, dan Prosedur", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]
    #expect(throws: TimbangError.self) { try ColumnBinding.bind(header: header, instrument: instrument, by: [], file: "q.csv") }
    do {
      _ = try ColumnBinding.bind(header: header, instrument: instrument, by: [], file: "q.csv")
    } catch let error as TimbangError {
      #expect(error.description.contains("\"Prosedur\" and \"Sistem, Mekanisme, dan Prosedur\" both identify U2"))
      #expect(error.exitCode == 65)
    }
  }

  @Test("a missing element names it and the unbound columns")
  func missing() throws {
    let instrument = try Fixtures.instrument()
    let header = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "P8", "U9"]
    #expect {
      try ColumnBinding.bind(header: header, instrument: instrument, by: [], file: "q.csv")
    } throws: { error in
      "\(error)".contains("q.csv:1: no column for U8 (Penanganan Pengaduan, Saran dan Masukan)") && "\(error)".contains("\"P8\"")
    }
  }

  @Test("--map binds unnamed columns explicitly")
  func explicitMap() throws {
    let instrument = try Fixtures.instrument()
    let header = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9"]
    let map = Dictionary(uniqueKeysWithValues: (1...9).map { ("q\($0)", $0 == 8 ? "U9" : $0 == 9 ? "U8" : "U\($0)") })
    let binding = try ColumnBinding.bind(header: header, instrument: instrument, by: [], map: map, file: "q.csv")
    #expect(binding.elementColumns == [0, 1, 2, 3, 4, 5, 6, 8, 7])
  }
}
