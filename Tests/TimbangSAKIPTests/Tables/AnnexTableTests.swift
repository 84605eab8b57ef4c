import Testing
import TimbangCore
import TimbangSAKIP

@Suite("SAKIP annex tables")
struct AnnexTableTests {
  @Test("sakip-components: component rows, then total and predicate")
  func components() throws {
    let result = try Fixtures.score([("1", "21.60"), ("2", "22.50"), ("3", "10.05"), ("4", "18.00")])
    let table = EvaluationTables.components(result)
    #expect(table.id == "sakip-components")
    #expect(table.columns.map(\.key) == ["code", "component", "weight", "percent", "score"])
    #expect(table.rows.count == 6)
    #expect(table.rows[0].cells[4] == .number(21.60))
    #expect(table.rows[4].emphasis && table.rows[4].cells[4] == .number(result.total))
    #expect(table.rows[5].cells[4] == .label(Localized(id: "BB (Sangat Baik)", en: "BB (Very good)")))
  }

  @Test("sakip-components: a rescaled result shows the assessed sum and says how the total was reached")
  func rescaled() throws {
    let result = try Fixtures.score(
      [("1", "23.50"), ("2", "18.28"), ("3", "11.02"), ("4", "-"), ("5", "18.50")], instrument: Fixtures.lke12())
    let table = EvaluationTables.components(result)
    #expect(table.rows.count == 8)
    #expect(table.rows[3].cells[4] == .label(Localized(id: "tidak dinilai", en: "not assessed")))
    #expect(table.rows[5].cells[2] == .number(90))
    let noted = table.notes.contains { $0.id.contains("Komponen 4 tidak dinilai") }
    #expect(noted)
  }

  @Test("capaian: optional columns appear only when the input has them; efisiensi lists rows with budgets")
  func capaianColumns() throws {
    let bare = CapaianTables.capaian(try Fixtures.capaian("indikator,target,realisasi\nx,10,8\n"))
    #expect(bare.columns.map(\.key) == ["indikator", "target", "realisasi", "capaian", "kategori"])
    let full = try Fixtures.capaian(
      "sasaran,indikator,satuan,target,realisasi,realisasiLalu,targetRenstra,anggaran,realisasiAnggaran\n"
        + "S,Indeks SPBE,indeks,2.8,3.14,3.04,3.5,100,87.29\nS,IKM,nilai,84,84.39,,,,\n")
    let table = CapaianTables.capaian(full)
    #expect(
      table.columns.map(\.key) == [
        "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "kategori", "realisasiLalu", "perubahan",
        "targetRenstra", "progresRenstra",
      ])
    #expect(table.id == "capaian" && table.rows.count == 2)
    let efisiensi = CapaianTables.efisiensi(full)
    #expect(efisiensi.id == "efisiensi" && efisiensi.rows.count == 1)
    #expect(efisiensi.rows[0].cells[7] == .label(Localized(id: "Efisien", en: "Efficient")))
  }
}
