import Testing
import TimbangCore
import TimbangSAKIP

@Suite("Capaian kinerja: scales, targets, composites and errors")
struct CapaianInputTests {
  // MARK: Category scales

  @Test(
    "category scales are decided on capaian rounded to 2 dp",
    arguments: [
      ("lkjip-5", 100.01, "Sangat Baik"), ("lkjip-5", 100.0, "Baik"), ("lkjip-5", 100.004, "Baik"),
      ("lkjip-5", 85.0, "Baik"), ("lkjip-5", 84.99, "Cukup"), ("lkjip-5", 84.996, "Baik"), ("lkjip-5", 65.0, "Cukup"),
      ("lkjip-5", 64.99, "Kurang"), ("lkjip-5", 50.0, "Kurang"), ("lkjip-5", 49.99, "Sangat Kurang"),
      ("lkjip-5", -20.0, "Sangat Kurang"), ("lkjip-5", 292.5, "Sangat Baik"),
      ("rkpd-5", 91.0, "Sangat Tinggi"), ("rkpd-5", 120.0, "Sangat Tinggi"), ("rkpd-5", 90.99, "Tinggi"),
      ("rkpd-5", 76.0, "Tinggi"), ("rkpd-5", 75.99, "Sedang"), ("rkpd-5", 66.0, "Sedang"), ("rkpd-5", 65.99, "Rendah"),
      ("rkpd-5", 51.0, "Rendah"), ("rkpd-5", 50.99, "Sangat Rendah"),
      ("berhasil-4", 100.0, "Sangat Berhasil"), ("berhasil-4", 99.99, "Berhasil"), ("berhasil-4", 85.0, "Berhasil"),
      ("berhasil-4", 84.99, "Cukup Berhasil"), ("berhasil-4", 65.0, "Cukup Berhasil"),
      ("berhasil-4", 64.99, "Kurang Berhasil"),
    ] as [(String, Double, String)])
  func categories(scale: String, capaian: Double, label: String) throws {
    let scales = try Fixtures.scales()
    let bands = try #require(scales.categoryScale(named: scale)).bands
    #expect(bands.classify(capaian, publishedAt: scales.publishedPlaces)?.label == label)
  }

  @Test(
    "efficiency ratio bands (Kepmendagri 690.900-327/1996); 92.16 is Kurang Efisien, not Sangat Efisien",
    arguments: [
      (100.01, "Tidak Efisien"), (100.0, "Kurang Efisien"), (92.16, "Kurang Efisien"), (90.0, "Kurang Efisien"),
      (89.99, "Cukup Efisien"), (80.0, "Cukup Efisien"), (79.99, "Efisien"), (60.0, "Efisien"),
      (59.99, "Sangat Efisien"),
      (100.004, "Kurang Efisien"),
    ] as [(Double, String)])
  func efficiencyBands(ratio: Double, label: String) throws {
    let e = try Fixtures.efficiency()
    #expect(e.ratioBands.classify(ratio, publishedAt: e.publishedPlaces)?.label == label)
  }

  // MARK: Ranges and polarity

  @Test(
    "range targets: inside 100; naik above ÷ upper, below ÷ lower; turun by (2·bound − r) / bound (ratio: bound / r)",
    arguments: [
      ("naik", "standard", 85.0, 100.0), ("naik", "standard", 93.0, 93.0 / 90 * 100), ("naik", "standard", 70.0, 87.5),
      ("turun", "standard", 95.0, (180.0 - 95) / 90 * 100), ("turun", "standard", 70.0, 112.5),
      ("turun", "ratio", 95.0, 90.0 / 95 * 100), ("turun", "ratio", 70.0, 80.0 / 70 * 100),
      ("turun", "ratio", 80.0, 100.0),
    ] as [(String, String, Double, Double)])
  func ranges(polarity: String, formula: String, realisasi: Double, capaian: Double) throws {
    let result = try Fixtures.capaian(
      "indikator;target;realisasi;polaritas\nx;80 - 90;\(realisasi);\(polarity)\n",
      policy: CapaianPolicy(lowerFormula: CapaianPolicy.LowerFormula(rawValue: formula) ?? .standard))
    #expect(result.indicators[0].target == .range(lower: 80, upper: 90))
    #expect(abs((result.indicators[0].capaian ?? .nan) - capaian) < 1e-9)
  }

  @Test("range spellings: 80-90, 80–90, 80 s/d 90, 80,5-90,5 (decimal comma)")
  func rangeSpellings() throws {
    func range(_ text: String, _ decimalComma: Bool = false) -> [Double]? {
      CellParsing.range(text, decimalComma: decimalComma).map { [$0.lower, $0.upper] }
    }
    #expect(range("80-90") == [80, 90])
    #expect(range("80 – 90") == [80, 90])
    #expect(range("80 s/d 90") == [80, 90])
    #expect(range("80,5-90,5", true) == [80.5, 90.5])
    #expect(range("90") == nil)
  }

  @Test("turun with realisasi beyond twice the target stays negative and is reported")
  func negativeCapaian() throws {
    let result = try Fixtures.capaian("indikator,target,realisasi,polaritas\nx,10,25,turun\n")
    #expect(result.indicators[0].capaian == -50)
    #expect(result.indicators[0].category?.label == "Sangat Kurang")
    #expect(result.warnings.count == 1)
  }

  // MARK: Zero targets

  @Test("a zero target without a rule is a located error naming --zero-target")
  func zeroTargetError() throws {
    let error = inputError {
      _ = try Fixtures.capaian(
        "indikator,target,realisasi,polaritas\nok,10,8,naik\nInsiden kebocoran data,0,0,turun\n",
        policy: CapaianPolicy(language: .en))
    }
    #expect(error?.location.file == "iku.csv")
    #expect(error?.location.line == 3)
    #expect(error?.location.column == "target")
    #expect(error?.message.en.contains("--zero-target") == true)
  }

  @Test("zero realisasi under --lower-formula ratio is located at the realisasi")
  func zeroRealisasiRatio() throws {
    let error = inputError {
      _ = try Fixtures.capaian(
        "indikator,target,realisasi,polaritas\nx,5,0,turun\n", policy: CapaianPolicy(lowerFormula: .ratio))
    }
    #expect(error?.location.column == "realisasi")
    let met = try Fixtures.capaian(
      "indikator,target,realisasi,polaritas\nx,5,0,turun\n",
      policy: CapaianPolicy(lowerFormula: .ratio, zeroTarget: .met))
    #expect(met.indicators[0].capaian == 100)
  }

  @Test(
    "--zero-target met gives 100 when met and 0 otherwise; skip gives none and a warning",
    arguments: [
      ("turun", "0", "met", 100.0), ("turun", "2", "met", 0), ("naik", "3", "met", 100), ("turun", "0", "skip", nil),
    ] as [(String, String, String, Double?)])
  func zeroTargetRules(polarity: String, realisasi: String, rule: String, capaian: Double?) throws {
    let result = try Fixtures.capaian(
      "indikator,target,realisasi,polaritas\nx,0,\(realisasi),\(polarity)\n",
      policy: CapaianPolicy(zeroTarget: CapaianPolicy.ZeroTarget(rawValue: rule) ?? .error))
    #expect(result.indicators[0].capaian == capaian)
    #expect(result.indicators[0].zeroTargetRule?.rawValue == rule)
    #expect(result.warnings.count == 1)
  }

  // MARK: Qualitative targets

  struct LevelCase: CustomTestStringConvertible, Sendable {
    var scale: String
    var target: String
    var realisasi: String
    var met: Bool
    var distance: Int?
    var capaian: Double?
    var testDescription: String { "\(scale): \(target) vs \(realisasi)" }
  }

  @Test(
    "qualitative targets: met / not met, ordinal distance, numeric part in parentheses",
    arguments: [
      LevelCase(scale: "kami-level", target: "Level II+", realisasi: "Level III", met: true, distance: 1, capaian: nil),
      LevelCase(scale: "kami-level", target: "Level II+", realisasi: "II", met: false, distance: -1, capaian: nil),
      LevelCase(
        scale: "kami-level", target: "Level II+", realisasi: "Tingkat II+", met: true, distance: 0, capaian: nil),
      LevelCase(
        scale: "sakip-predikat", target: "B (61)", realisasi: "BB (72,5)", met: true, distance: 1,
        capaian: 72.5 / 61 * 100),
      LevelCase(
        scale: "sakip-predikat", target: "B (61)", realisasi: "69,40", met: true, distance: nil,
        capaian: 69.40 / 61 * 100),
      LevelCase(scale: "sakip-predikat", target: "BB", realisasi: "Baik", met: false, distance: -1, capaian: nil),
      LevelCase(scale: "ikm-mutu", target: "B", realisasi: "Sangat Baik", met: true, distance: 1, capaian: nil),
      LevelCase(scale: "ikm-mutu", target: "B (Baik)", realisasi: "C", met: false, distance: -1, capaian: nil),
      LevelCase(scale: "spbe-predikat", target: "Baik", realisasi: "Sangat Baik", met: true, distance: 1, capaian: nil),
    ])
  func levels(_ c: LevelCase) throws {
    let result = try Fixtures.capaian("indikator;skala;target;realisasi\nx;\(c.scale);\(c.target);\(c.realisasi)\n")
    let row = result.indicators[0]
    #expect(row.qualitative?.met == c.met)
    #expect(row.qualitative?.distance == c.distance)
    if let capaian = c.capaian {
      #expect(abs((row.capaian ?? .nan) - capaian) < 1e-9)
    } else {
      #expect(row.capaian == nil && row.category == nil)
    }
  }

  @Test(
    "qualitative errors are located",
    arguments: [
      ("indikator;skala;target;realisasi\nx;kami-level;Level VI;Level II\n", "target", "not a level"),
      ("indikator;skala;target;realisasi\nx;kami-level;Level II;Level X\n", "realisasi", "not a level"),
      ("indikator;skala;target;realisasi\nx;sakip-predikat;B;69,40\n", "realisasi", "has none"),
      ("indikator;skala;target;realisasi\nx;bintang;B;A\n", "skala", "unknown scale"),
      ("indikator;target;realisasi\nx;Level II+;Level II\n", "target", "skala column"),
    ])
  func levelErrors(csv: String, column: String, fragment: String) throws {
    let error = inputError { _ = try Fixtures.capaian(csv, policy: CapaianPolicy(language: .en)) }
    #expect(error?.location.line == 2 && error?.location.column == column)
    #expect(error?.message.en.contains(fragment) == true, "\(error?.message.en ?? "")")
  }

  // MARK: Cap

  @Test("--cap 120 caps and says so; the category follows the capped value")
  func cap() throws {
    let result = try Fixtures.capaian(
      "indikator,target,realisasi\nresponsivitas,10,29.25\nikm,84,84.39\n", policy: CapaianPolicy(cap: 120))
    #expect(result.indicators[0].capaian == 120 && result.indicators[0].uncappedCapaian == 292.5)
    #expect(result.indicators[0].capped && !result.indicators[1].capped)
    let table = CapaianTables.capaian(result)
    let noted = table.notes.contains { $0.id.contains("dibatasi") && $0.id.contains("120,00%") }
    #expect(noted)
    #expect(JSONWriter.string(result.json).contains("\"capped\": true"))
  }

  // MARK: Composites

  @Test(
    "composite errors: unknown codes, cycles, weights not summing to 1",
    arguments: [
      ("kode,indikator,target,realisasi\na,A,10,8\nk,K,10,=0.5*a + 0.5*b\n", 3, "unknown code b"),
      ("kode,indikator,target,realisasi\na,A,10,=1*b\nb,B,10,=1*a\n", 3, "circular composite: a → b → a"),
      ("kode,indikator,target,realisasi\na,A,10,=1*a\n", 2, "circular composite: a → a"),
      ("kode,indikator,target,realisasi\na,A,10,8\nb,B,10,9\nk,K,10,=0.5*a + 0.45*b\n", 4, "sum to 0.95, expected 1"),
      ("kode,indikator,target,realisasi\na,A,10,8\nk,K,10,=a\n", 3, "must be weight*code"),
      ("kode,indikator,target,realisasi\na,A,10,8\na,B,10,9\n", 3, "already used on line 2"),
      ("indikator,target,realisasi\nk,10,=1*a\n", 2, "no kode column"),
    ])
  func compositeErrors(csv: String, line: Int, fragment: String) throws {
    let error = inputError { _ = try Fixtures.capaian(csv, policy: CapaianPolicy(language: .en)) }
    #expect(error?.location.line == line)
    #expect(error?.message.en.contains(fragment) == true, "\(error?.message.en ?? "")")
  }

  @Test("composites of composites resolve in any order; codes match case-insensitively within a tahun")
  func nestedComposite() throws {
    let result = try Fixtures.capaian(
      "kode,tahun,indikator,target,realisasi\nk2,2023,K2,100,=0.5*K1 + 0.5*c\nk1,2023,K1,100,=0.5*a + 0.5*b\n"
        + "a,2023,A,100,80\nb,2023,B,100,100\nc,2023,C,100,60\n")
    #expect(result.indicators[0].realisasi == 0.5 * 90 + 0.5 * 60)
  }

  // MARK: Other columns and errors

  @Test(
    "bad cells are located errors",
    arguments: [
      ("indikator,target,realisasi\nx,-5,3\n", "target", "negative"),
      ("indikator,target,realisasi\nx,abc,3\n", "target", "not a number or a range"),
      ("indikator,target,realisasi\nx,10,abc\n", "realisasi", "not a number"),
      ("indikator,target,realisasi,polaritas\nx,10,8,sideways\n", "polaritas", "not naik or turun"),
      ("indikator,target,realisasi\n,10,8\n", "indikator", "blank"),
      ("indikator,target,realisasi,anggaran,realisasiAnggaran\nx,10,8,0,0\n", "anggaran", "is 0"),
      ("indikator,target,realisasi,anggaran,realisasiAnggaran\nx,10,8,100,\n", "realisasiAnggaran", "blank"),
      ("indikator,target,realisasi,realisasiLalu\nx,10,8,n/a\n", "realisasiLalu", "not a number"),
    ])
  func badCells(csv: String, column: String, fragment: String) throws {
    let error = inputError { _ = try Fixtures.capaian(csv, policy: CapaianPolicy(language: .en)) }
    #expect(error?.location.line == 2 && error?.location.column == column)
    #expect(error?.message.en.contains(fragment) == true, "\(error?.message.en ?? "")")
  }

  @Test("an anggaran column without realisasiAnggaran is an error at the header")
  func budgetColumns() throws {
    let error = inputError { _ = try Fixtures.capaian("indikator,target,realisasi,anggaran\nx,10,8,100\n") }
    #expect(error?.location.line == 1)
  }

  @Test("money as Indonesian tables print it: Rp 1.250.000.000 in a decimal-point file")
  func money() throws {
    #expect(CellParsing.money("Rp 1.250.000.000", decimalComma: false) == 1_250_000_000)
    #expect(CellParsing.money("1.250.000.000,50", decimalComma: true) == 1_250_000_000.5)
    #expect(CellParsing.money("2450000000", decimalComma: false) == 2_450_000_000)
    #expect(CellParsing.money("abc", decimalComma: false) == nil)
  }

  @Test("a blank or '-' realisasi gives no capaian and a warning")
  func missingRealisasi() throws {
    let result = try Fixtures.capaian("indikator,target,realisasi\nx,10,-\ny,10,\n")
    let none = result.indicators.allSatisfy { $0.capaian == nil }
    #expect(none)
    #expect(result.warnings.count == 2)
  }

  @Test("turun Renstra progress uses the lower-is-better formula")
  func renstraTurun() throws {
    let result = try Fixtures.capaian("indikator,target,realisasi,polaritas,targetRenstra\nx,7,6.5,turun,5\n")
    #expect(result.indicators[0].renstraProgress == (10 - 6.5) / 5 * 100)
  }

  @Test("JSON: absent columns give absent keys; present ones follow the documented shape")
  func json() throws {
    let bare = try JSONParser.parse(JSONWriter.string(Fixtures.capaian("indikator,target,realisasi\nx,10,8\n").json))
    let row = try #require(bare["indicators"]?.arrayValue?.first)
    #expect(row["capaian"]?.doubleValue == 80)
    #expect(row["category"]?.stringValue == "Cukup")
    #expect(row["polaritas"]?.stringValue == "naik")
    #expect(row["sasaran"] == nil && row["changeFromLastYear"] == nil && row["efficiencyGap"] == nil)
    #expect(bare["scale"]?.stringValue == "lkjip-5")
    let full = try JSONParser.parse(
      JSONWriter.string(
        Fixtures.capaian(
          "sasaran,indikator,satuan,target,realisasi,realisasiLalu,targetRenstra,anggaran,realisasiAnggaran\n"
            + "S,Indeks SPBE,indeks,2.8,3.14,3.04,3.5,100,87.29\n"
        ).json))
    let f = try #require(full["indicators"]?.arrayValue?.first)
    for key in [
      "sasaran", "indikator", "satuan", "target", "realisasi", "polaritas", "capaian", "category", "changeFromLastYear",
      "renstraProgress", "efficiencyGap", "efficiencyRatio", "efficiencyCategory",
    ] {
      #expect(f[key] != nil, "missing \(key)")
    }
    #expect(f["efficiencyCategory"]?.stringValue == "Efisien")
  }
}
