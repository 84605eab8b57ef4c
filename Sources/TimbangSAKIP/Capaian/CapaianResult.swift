import TimbangCore

/// The outcome of a qualitative target (a level of an ordered scale).
public struct QualitativeOutcome: Sendable, Equatable {
  public var scale: String
  /// The target level's code.
  public var target: String
  /// The realised level's code, when the realisasi names a level.
  public var realisasi: String?
  /// Realised rank − target rank (levels above the target are positive); `nil` without a realised level.
  public var distance: Int?
  /// Whether the target is met: by level (at or above it; at or below for `turun`), otherwise by the numeric
  /// capaian (≥ 100); `nil` when neither is known.
  public var met: Bool?
}

/// One indicator's row of the capaian table, computed.
public struct IndicatorResult: Sendable, Equatable {
  public var line: Int
  public var kode: String?
  public var tahun: String?
  public var sasaran: String?
  public var indikator: String
  public var satuan: String?
  /// The target as written.
  public var targetText: String
  public var target: TargetValue
  /// The realisasi as written (a composite keeps its formula here).
  public var realisasiText: String
  /// The numeric realisasi (a composite's weighted sum; a level's number in parentheses); `nil` when not numeric or
  /// not available.
  public var realisasi: Double?
  public var composite: CompositeExpression?
  public var polarity: Polarity
  /// Achievement %, after the cap; `nil` for a purely qualitative target, a skipped zero target or a missing
  /// realisasi.
  public var capaian: Double?
  /// The capaian before `--cap` lowered it (only when capped).
  public var uncappedCapaian: Double?
  /// The `--zero-target` rule applied to this row (`met` or `skip`).
  public var zeroTargetRule: CapaianPolicy.ZeroTarget?
  public var category: Band?
  public var qualitative: QualitativeOutcome?
  /// Last year's realisasi as written, and its number when it has one.
  public var realisasiLaluText: String?
  public var realisasiLalu: Double?
  /// `(realisasi / realisasiLalu − 1) × 100`.
  public var changeFromLastYear: Double?
  /// Level change from last year for qualitative rows (`II` → `II+` = 1).
  public var levelChangeFromLastYear: Int?
  /// The Renstra target as written, and its number when it has one.
  public var targetRenstraText: String?
  public var targetRenstra: Double?
  /// Capaian against the Renstra target with the row's formula (`realisasi / targetRenstra × 100` when higher is
  /// better; the lower-is-better formula otherwise).
  public var renstraProgress: Double?
  public var budget: BudgetEfficiency?

  public var capped: Bool { uncappedCapaian != nil }
}

/// The capaian table of one input: every indicator, the scale and policy used, and warnings.
public struct CapaianResult: Sendable, Equatable {
  public var input: String
  public var scale: CapaianScales.CategoryScale
  public var scalesID: String
  public var efficiencyID: String
  public var policy: CapaianPolicy
  /// Columns present in the input (absent columns give absent JSON keys and table columns).
  public var columns: Set<IndicatorTable.Field>
  public var indicators: [IndicatorResult]
  public var warnings: [String]

  public var hasBudget: Bool { columns.contains(.anggaran) && columns.contains(.realisasiAnggaran) }
}

extension CapaianResult: JSONRepresentable {
  /// `{"scale": "lkjip-5", "indicators": [{"sasaran", "indikator", "satuan", "target", "realisasi", "polaritas",
  /// "capaian", "category", "changeFromLastYear", "renstraProgress", "efficiencyGap", "efficiencyRatio",
  /// "efficiencyCategory", …}], …}` as in `shared/spec/sakip.md` §2; keys of absent columns are absent.
  public var json: JSONValue {
    .object([
      ("scale", .string(scale.name)),
      ("scales", .string(scalesID)),
      ("efficiencyInstrument", .string(efficiencyID)),
      ("input", .string(input)),
      ("lowerFormula", .string(policy.lowerFormula.rawValue)),
      ("cap", .number(policy.cap)),
      ("zeroTarget", .string(policy.zeroTarget.rawValue)),
      ("indicators", .array(indicators.map { json($0) })),
      ("warnings", .array(warnings.map(JSONValue.string))),
    ])
  }

  private func json(_ r: IndicatorResult) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("line", .int(r.line))]
    if columns.contains(.kode) { pairs.append(("kode", .string(r.kode))) }
    if columns.contains(.tahun) { pairs.append(("tahun", .string(r.tahun))) }
    if columns.contains(.sasaran) { pairs.append(("sasaran", .string(r.sasaran))) }
    pairs.append(("indikator", .string(r.indikator)))
    if columns.contains(.satuan) { pairs.append(("satuan", .string(r.satuan))) }
    switch r.target {
    case .number(let x): pairs.append(("target", .number(x)))
    case .range(let lower, let upper):
      pairs.append(("target", .string(r.targetText)))
      pairs.append(("targetRange", .array([.number(lower), .number(upper)])))
    case .level: pairs.append(("target", .string(r.targetText)))
    }
    if r.composite != nil || r.realisasi != nil && !isLevelText(r) {
      pairs.append(("realisasi", .number(r.realisasi)))
    } else {
      pairs.append(("realisasi", r.realisasiText.isEmpty ? .null : .string(r.realisasiText)))
    }
    if let composite = r.composite {
      pairs.append(("realisasiFormula", .string(r.realisasiText)))
      pairs.append(
        (
          "components",
          .array(composite.terms.map { .object([("kode", .string($0.code)), ("weight", .number($0.weight))]) })
        ))
    }
    pairs.append(("polaritas", .string(r.polarity.rawValue)))
    pairs.append(("capaian", .number(r.capaian)))
    if policy.cap != nil {
      pairs.append(("capped", .bool(r.capped)))
      if let u = r.uncappedCapaian { pairs.append(("uncappedCapaian", .number(u))) }
    }
    if let rule = r.zeroTargetRule { pairs.append(("zeroTargetRule", .string(rule.rawValue))) }
    pairs.append(("category", .string(r.category?.label)))
    if let q = r.qualitative {
      var o: [(String, JSONValue)] = [("scale", .string(q.scale)), ("target", .string(q.target))]
      o.append(("realisasi", .string(q.realisasi)))
      o.append(("met", q.met.map(JSONValue.bool) ?? .null))
      o.append(("distance", q.distance.map(JSONValue.int) ?? .null))
      pairs.append(("qualitative", .object(o)))
    }
    if columns.contains(.realisasiLalu) {
      pairs.append(("realisasiLalu", .number(r.realisasiLalu)))
      pairs.append(("changeFromLastYear", .number(r.changeFromLastYear)))
      if let levels = r.levelChangeFromLastYear { pairs.append(("levelChangeFromLastYear", .int(levels))) }
    }
    if columns.contains(.targetRenstra) {
      pairs.append(("targetRenstra", .number(r.targetRenstra)))
      pairs.append(("renstraProgress", .number(r.renstraProgress)))
    }
    if hasBudget {
      pairs.append(("anggaran", .number(r.budget?.anggaran)))
      pairs.append(("realisasiAnggaran", .number(r.budget?.realisasiAnggaran)))
      pairs.append(("absorption", .number(r.budget?.absorption)))
      pairs.append(("efficiencyGap", .number(r.budget?.gap)))
      pairs.append(("efficiencyRatio", .number(r.budget?.ratio)))
      pairs.append(("efficiencyCategory", .string(r.budget?.category?.label)))
    }
    return .object(pairs)
  }

  /// Whether the realisasi was written as a level (then JSON keeps the text).
  private func isLevelText(_ r: IndicatorResult) -> Bool {
    if case .level = r.target { return r.qualitative?.realisasi != nil }
    return false
  }
}
