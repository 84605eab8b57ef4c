import TimbangCore
import TimbangReports

/// Fixed sample tables, charts and an annex document for the renderer tests and golden files. The figures are
/// shaped like real annex rows (an IKM summary, an efficiency table) and include the formatter's cases: 84,39 ·
/// 1.054.804 · Rp 10.405.821.856 · 100,46% · negatives, and text that needs escaping in every format.
enum Samples {
  /// An IKM summary: 3-dp NRR, a 2-dp converted value in a 3-dp column (`.fixed`), emphasis rows, a note.
  static let ikm: Table = {
    var table = Table(
      id: "skm-summary",
      title: Localized(id: "Indeks Kepuasan Masyarakat — contoh", en: "Public satisfaction index — sample"),
      columns: [
        .init("code", Localized(id: "Kode", en: "Code")),
        .init("name", Localized(id: "Unsur", en: "Element")),
        .init("answered", Localized(id: "Jawaban", en: "Answers"), .integer),
        .init("sum", Localized(id: "Σ Nilai", en: "Σ Score"), .integer),
        .init("nrr", Localized(id: "NRR", en: "Mean"), .number(places: 3)),
        .init("weightedNrr", Localized(id: "NRR Tertimbang", en: "Weighted mean"), .number(places: 3)),
        .init("grade", Localized(id: "Mutu", en: "Grade")),
      ])
    let elements: [(String, String, Int, Int, Double, String)] = [
      ("U1", "Persyaratan", 1200, 3905, 3.254166666666667, "B"),
      ("U2", "Sistem, Mekanisme, dan Prosedur", 1200, 3960, 3.3, "B"),
      ("U3", "Waktu Penyelesaian", 1198, 3710, 3.096828046744574, "C"),
      ("U4", "Biaya/Tarif", 1200, 4380, 3.65, "A"),
    ]
    for (code, name, answered, sum, nrr, grade) in elements {
      table.rows.append(
        .init([
          .text(code), .text(name), .integer(answered), .integer(sum), .number(nrr), .number(nrr / 4), .text(grade),
        ]))
    }
    table.rows.append(
      .init(
        [.empty, .label(Localized(id: "IKM (nilai indeks)", en: "Index (1–4)")), .empty, .empty, .empty, .number(3.37550), .empty],
        emphasis: true))
    table.rows.append(
      .init(
        [.empty, .label(Localized(id: "IKM unit pelayanan (× 25)", en: "Converted index (× 25)")), .empty, .empty, .empty,
         .fixed(84.3875, places: 2), .text("B")],
        emphasis: true))
    table.rows.append(
      .init(
        [.empty, .label(Localized(id: "Kinerja unit pelayanan", en: "Service performance")), .empty, .empty, .empty, .empty,
         .label(Localized(id: "Baik", en: "Good"))],
        emphasis: true))
    table.notes = [
      Localized(
        id: "Instrumen skm-permenpanrb-14-2017; bobot exact (1/4); 1.200 responden; data kosong: exclude.",
        en: "Instrument skm-permenpanrb-14-2017; weights exact (1/4); 1,200 respondents; blanks: exclude.")
    ]
    return table
  }()

  /// An efficiency table: percentages, money, a big count, negatives, a missing value, a number in a text column,
  /// and text with `|`, `;`, `,`, quotes, `<`, `&` and a line break.
  static let efisiensi: Table = {
    var table = Table(
      id: "efisiensi",
      title: Localized(id: "Efisiensi penggunaan anggaran <2023> & capaian", en: "Budget efficiency <2023> & achievement"),
      columns: [
        .init("program", Localized(id: "Program", en: "Programme")),
        .init("target", Localized(id: "Target", en: "Target")),
        .init("capaian", Localized(id: "Capaian", en: "Achievement"), .percent(places: 2)),
        .init("anggaran", Localized(id: "Anggaran", en: "Budget"), .money),
        .init("penyerapan", Localized(id: "Penyerapan", en: "Absorption"), .percent(places: 2)),
        .init("efisiensi", Localized(id: "Efisiensi", en: "Efficiency"), .number(places: 2)),
        .init("penerima", Localized(id: "Penerima manfaat", en: "Beneficiaries"), .integer),
        .init("kategori", Localized(id: "Kategori", en: "Category")),
      ])
    table.rows = [
      .init([
        .text("Layanan e-KTP; \"prioritas\""), .number(95), .number(100.4642), .number(10_405_821_856), .number(97.125),
        .number(3.375), .integer(1_054_804), .label(Localized(id: "Efisien", en: "Efficient")),
      ]),
      .init([
        .text("Jaringan | intranet, <b>&</b>"), .number(12.5), .number(84.3875), .number(-1_500), .number(-2.5),
        .number(-3.456), .integer(0), .label(Localized(id: "Tidak efisien", en: "Not efficient")),
      ]),
      .init([
        .text("Baris\nkedua"), .text("naik"), .empty, .number(999.5), .number(0.004), .number(-0.001), .integer(-12),
        .empty,
      ]),
      .init(
        [
          .label(Localized(id: "Jumlah", en: "Total")), .empty, .number(92.42585), .number(10_405_820_355.5), .empty,
          .empty, .integer(1_054_792), .empty,
        ], emphasis: true),
    ]
    table.notes = [
      Localized(id: "Efisiensi = capaian − penyerapan; nilai negatif berarti boros.", en: "Efficiency = achievement − absorption; negative means wasteful."),
      Localized(id: "Catatan kedua: \"kutipan\" & <tanda>.", en: "Second note: \"quote\" & <sign>."),
    ]
    return table
  }()

  static let tables = [ikm, efisiensi]

  // MARK: Charts

  /// IKM grade bands on the converted scale (PermenPANRB 14/2017): D < 65, C < 76.61, B < 88.31, A ≤ 100.
  static let ikmBands = BandTable([
    Band(code: "D", label: "Tidak Baik", lower: 25, upper: 65, labelEn: "Poor"),
    Band(code: "C", label: "Kurang Baik", lower: 65, upper: 76.61, labelEn: "Fair"),
    Band(code: "B", label: "Baik", lower: 76.61, upper: 88.31, labelEn: "Good"),
    Band(code: "A", label: "Sangat Baik", lower: 88.31, upper: 100, upperInclusive: true, labelEn: "Very good"),
  ])

  static let ikmChart = Chart(
    id: "skm-summary", title: Localized(id: "NRR per unsur pelayanan", en: "Mean score per element"),
    categories: [
      "U1 Persyaratan", "U2 Sistem, Mekanisme, dan Prosedur", "U3 Waktu Penyelesaian", "U4 Biaya/Tarif",
    ],
    series: [.init(name: Localized(id: "NRR", en: "Mean"), values: [3.254166666666667, 3.3, 3.096828046744574, 3.65])],
    valueRange: 1...4, bands: Chart.Band.from(ikmBands, scale: 25, range: 1...4), valuePlaces: 3,
    axisTitle: Localized(id: "Nilai rata-rata (1–4)", en: "Mean score (1–4)"))

  static let spbeChart = Chart(
    id: "spbe-simulation", title: Localized(id: "Indeks domain SPBE: sebelum dan sesudah", en: "SPBE domain index: before and after"),
    kind: .groupedBars,
    categories: [
      Localized(id: "Kebijakan Internal SPBE", en: "Internal policy"),
      Localized(id: "Tata Kelola SPBE", en: "Governance"),
      Localized(id: "Manajemen SPBE", en: "Management"),
      Localized(id: "Layanan SPBE", en: "Services"),
    ],
    series: [
      .init(name: Localized(id: "2022", en: "2022"), values: [4.40, 2.70, 1.18, 4.07]),
      .init(name: Localized(id: "Simulasi", en: "Simulation"), values: [4.40, 3.10, 2.05, 4.07]),
    ],
    valueRange: 0...5,
    bands: [
      .init(lower: 0, upper: 1.8, label: Localized(id: "Kurang", en: "Poor")),
      .init(lower: 1.8, upper: 2.6, label: Localized(id: "Cukup", en: "Fair")),
      .init(lower: 2.6, upper: 3.5, label: Localized(id: "Baik", en: "Good")),
      .init(lower: 3.5, upper: 4.2, label: Localized(id: "Sangat Baik", en: "Very good")),
      .init(lower: 4.2, upper: 5, label: Localized(id: "Memuaskan", en: "Excellent")),
    ])

  static let kamiChart = Chart(
    id: "kami-areas", title: Localized(id: "Indeks KAMI per area & tingkat kematangan", en: "KAMI areas & maturity"),
    kind: .radar,
    categories: [
      Localized(id: "Tata Kelola", en: "Governance"),
      Localized(id: "Pengelolaan Risiko", en: "Risk management"),
      Localized(id: "Kerangka Kerja", en: "Framework"),
      Localized(id: "Pengelolaan Aset", en: "Asset management"),
      Localized(id: "Teknologi dan Keamanan Informasi", en: "Technology and information security"),
    ],
    series: [
      .init(
        name: Localized(id: "Skor (%)", en: "Score (%)"), values: [62.5, 45.0, 38.2, 71.25, 55.0],
        labels: [
          Localized(id: "62,50% · II+", en: "62.50% · II+"), nil, Localized(id: "38,20% · I+", en: "38.20% · I+"), nil, nil,
        ])
    ],
    valueRange: 0...100,
    bands: [
      .init(lower: 0, upper: 20, label: Localized(id: "Tingkat I", en: "Level I")),
      .init(lower: 20, upper: 40, label: Localized(id: "Tingkat II", en: "Level II")),
      .init(lower: 40, upper: 60, label: Localized(id: "Tingkat III", en: "Level III")),
      .init(lower: 60, upper: 80, label: Localized(id: "Tingkat IV", en: "Level IV")),
      .init(lower: 80, upper: 100, label: Localized(id: "Tingkat V", en: "Level V")),
    ],
    valuePlaces: 2, valueSuffix: "%")

  static let sakipChart = Chart(
    id: "sakip-components", title: Localized(id: "Nilai komponen SAKIP terhadap bobot", en: "SAKIP components against weights"),
    categories: [
      Localized(id: "Perencanaan Kinerja", en: "Performance planning"),
      Localized(id: "Pengukuran Kinerja", en: "Performance measurement"),
      Localized(id: "Pelaporan Kinerja", en: "Performance reporting"),
      Localized(id: "Evaluasi Akuntabilitas Kinerja Internal", en: "Internal accountability evaluation"),
    ],
    series: [
      .init(name: Localized(id: "Nilai", en: "Score"), values: [24.13, 21.6, 11.25, 18.0]),
      .init(name: Localized(id: "Bobot", en: "Weight"), values: [30, 30, 15, 25], style: .marker),
    ],
    valueRange: 0...30, valuePlaces: 2,
    notes: [Localized(id: "Garis tebal: bobot komponen.", en: "Thick line: component weight.")])

  static let capaianChart = Chart(
    id: "capaian", title: Localized(id: "Capaian indikator kinerja utama", en: "Achievement of key indicators"),
    categories: [
      "IKU 1 Indeks Kepuasan Masyarakat", "IKU 2 Indeks SPBE", "IKU 3 Persentase <OPD> & desa terhubung internet",
      "IKU 4 Belum diukur",
    ],
    series: [.init(name: Localized(id: "Capaian", en: "Achievement"), values: [100.4642, 84.3875, 131.0, nil])],
    valueRange: 0...120, referenceLines: [.init(100, Localized(id: "Target 100%", en: "Target 100%"))],
    valueSuffix: "%")

  static let charts = [ikmChart, spbeChart, kamiChart, sakipChart, capaianChart]

  /// Test arguments by id, so test names stay short.
  static var tableIds: [String] { tables.map(\.id) }
  static var chartIds: [String] { charts.map(\.id) }
  static func table(_ id: String) -> Table { tables.first { $0.id == id } ?? ikm }
  static func chart(_ id: String) -> Chart { charts.first { $0.id == id } ?? ikmChart }

  /// An annex of three sections with tables and charts, a number prefix and source lines.
  static let document = ReportDocument(
    title: Localized(id: "Lampiran LKjIP Dinas Kominfo 2023 (contoh)", en: "LKjIP annex, Communication Office 2023 (sample)"),
    subtitle: Localized(id: "Kabupaten Contoh & <Sekitarnya>", en: "Sample Regency & <Surroundings>"),
    sections: [
      .init(
        heading: Localized(id: "A. Indeks Kepuasan Masyarakat", en: "A. Public satisfaction"), tables: [ikm],
        charts: [ikmChart],
        source: .init(instrument: "skm-permenpanrb-14-2017", instrumentTitle: "PermenPANRB 14/2017", inputs: ["skm-contoh-2023.csv"])),
      .init(
        heading: Localized(id: "B. SPBE dan Indeks KAMI", en: "B. SPBE and KAMI"), charts: [spbeChart, kamiChart],
        source: .init(text: Localized(id: "hasil simulasi internal", en: "internal simulation"))),
      .init(
        heading: Localized(id: "C. Capaian dan efisiensi", en: "C. Achievement and efficiency"), tables: [efisiensi],
        charts: [sakipChart, capaianChart],
        source: .init(instrument: "capaian-scales", inputs: ["iku-2023.csv", "anggaran-2023.csv"])),
    ],
    numberPrefix: "3.")
}

