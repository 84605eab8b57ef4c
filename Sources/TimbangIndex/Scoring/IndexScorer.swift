import TimbangCore

/// Scores an assessment on a weighted-hierarchy instrument: a pure function `(Assessment, Instrument, Policy) →
/// Result`.
///
/// ```
/// node value = Σ_{i under node} w_i × v_i / W_node
/// index      = Σ_i w_i × v_i / total                   (total = 100)
///            = Σ_{top nodes} W_n × d_n / total         (top-tier input: published, rounded d_n)
/// ```
///
/// Regulation: PermenPANRB 59/2020 Lampiran Tabel 10–12 (aspect, domain, index); 5/2018 likewise; PermenPANRB
/// 8/2026 (aspect, Indeks Pemdi), as encoded in the instrument file.
///
/// Rounding: none; exact ``Rational`` arithmetic end to end; predicates on the instrument's predicate basis for
/// the evaluation year (``PredicateBasisTable``).
///
/// Edge Cases:
/// - Missing indicators are never renormalised away: the assessment is rejected (exit 65, listing them) unless
///   `missingAsMinimum` (lowest level) or, for externally scored indicators, `pendingExternal` (the instrument's
///   pending value) fills them — each fill is a warning.
/// - Top-tier input cannot say anything about lower tiers or indicators (they are left empty); on whole-level
///   instruments the exact indices that whole levels allow are reconstructed and a note says when they round
///   differently from the index of the rounded values.
/// - A year outside the instrument's evaluation years is a warning, not an error.
///
/// Postconditions: `result.index` lies within the instrument's value range; one node result per node and tier.
///
/// Example: Kab. Banjarnegara 2023, domains 4.40, 2.70, 1.18, 4.07 → index 3.2936 → 3.29 Baik.
public enum IndexScorer {
  public static func score(_ assessment: Assessment, _ instrument: IndexInstrument, _ policy: ScoringPolicy) throws
    -> IndexResult
  {
    switch assessment.content {
    case .indicators(let slots):
      let (values, filled, warnings) = try complete(slots, assessment, instrument, policy)
      return evaluate(values, instrument, policy, key: assessment.key, filled: filled, warnings: warnings)
    case .topTier(let values):
      return try evaluateTopTier(values, instrument, policy, key: assessment.key, source: assessment.source)
    }
  }

  /// Fills missing indicators as the policy allows, or fails listing them.
  ///
  /// - Returns: the complete values, the fill reason per indicator, and the warnings.
  public static func complete(
    _ slots: [Rational?], _ assessment: Assessment, _ instrument: IndexInstrument, _ policy: ScoringPolicy
  ) throws -> ([Rational], [String?], [Localized]) {
    var values: [Rational] = []
    var filled: [String?] = []
    var warnings: [Localized] = []
    var missing: [Int] = []
    for (i, slot) in slots.enumerated() {
      let indicator = instrument.indicators[i]
      if let slot {
        values.append(slot)
        filled.append(nil)
      } else if policy.pendingExternal, indicator.external != nil, let pending = instrument.pendingExternalValue {
        values.append(pending)
        filled.append("pending external")
        let source = indicator.external ?? "external"
        let pendingValue = pending.doubleValue
        let value = (NumberFormat.id.string(pendingValue, places: 2), NumberFormat.plain.string(pendingValue, places: 2))
        warnings.append(
          Localized(
            id: "indikator \(indicator.code) (\(indicator.name)) masih menunggu penilaian eksternal (\(source)): "
              + "dipakai \(value.0)",
            en: "indicator \(indicator.code) (\(indicator.name)) is pending (\(source)): \(value.1) used"))
      } else if policy.missingAsMinimum {
        values.append(instrument.values.minimum)
        filled.append("missing")
        let minimum = instrument.values.minimum.decimalText()
        warnings.append(
          Localized(
            id: "indikator \(indicator.code) (\(indicator.name)) tidak ada: diberi nilai terendah \(minimum) "
              + "(--missing-as-minimum)",
            en: "indicator \(indicator.code) (\(indicator.name)) is missing: scored at the minimum \(minimum) "
              + "(--missing-as-minimum)"))
      } else {
        missing.append(i)
        values.append(instrument.values.minimum)
        filled.append(nil)
      }
    }
    if !missing.isEmpty {
      let codes = missing.map { instrument.indicators[$0].code }
      let minimum = instrument.values.minimum.decimalText()
      var hint = Localized(
        id: "gunakan --missing-as-minimum untuk memberinya nilai \(minimum)",
        en: "use --missing-as-minimum to score them at \(minimum)")
      if instrument.pendingExternalValue != nil, missing.contains(where: { instrument.indicators[$0].external != nil })
      {
        hint.id += ", atau --pending-external untuk indikator yang dinilai dari indeks instansi lain"
        hint.en += ", or --pending-external for indicators scored from other agencies' indices"
      }
      let list = "\(codes.joined(separator: ", ")) (\(codes.count) of \(instrument.indicators.count))"
      let listID = "\(codes.joined(separator: ", ")) (\(codes.count) dari \(instrument.indicators.count))"
      throw TimbangError.badInput(
        SourceLocation(file: assessment.source),
        Localized(
          id: "penilaian belum lengkap\(assessment.key.isEmpty ? "" : " untuk \(assessment.key)"): indikator "
            + "\(listID) tidak ada; \(hint.id)",
          en: "incomplete assessment\(assessment.key.isEmpty ? "" : " for \(assessment.key)"): missing "
            + "indicator\(codes.count == 1 ? "" : "s") \(list); \(hint.en)"))
    }
    return (values, filled, warnings)
  }

  /// The result for complete indicator values (the core of score, simulate and plan).
  public static func evaluate(
    _ values: [Rational], _ instrument: IndexInstrument, _ policy: ScoringPolicy, key: AssessmentKey = AssessmentKey(),
    filled: [String?]? = nil, warnings: [Localized] = []
  ) -> IndexResult {
    var nodeSums = instrument.tiers.map { Array(repeating: Rational.zero, count: $0.nodes.count) }
    var total = Rational.zero
    for (i, indicator) in instrument.indicators.enumerated() {
      let contribution = indicator.weight * values[i]
      total += contribution
      for (t, n) in indicator.ancestors.enumerated() { nodeSums[t][n] += contribution }
    }
    var result = frame(instrument, policy, key: key, index: total / instrument.total, warnings: warnings)
    result.tiers = instrument.tiers.enumerated().map { t, tier in
      tierResult(tier, instrument, policy, basis: result.predicateBasis) { n in nodeSums[t][n] / tier.nodes[n].weight }
    }
    result.indicators = instrument.indicators.enumerated().map { i, indicator in
      let level = Int(values[i].floor)
      return IndexResult.IndicatorResult(
        number: indicator.number, code: indicator.code, name: indicator.name, weight: indicator.weight,
        parent: instrument.tiers[instrument.tiers.count - 1].nodes[indicator.ancestors.last ?? 0].code,
        value: values[i], level: level, levelName: instrument.levelName(indicator: i, level: level),
        filled: filled?[i])
    }
    if instrument.tiers.contains(where: { $0.predicates == .optional }) && policy.optionalPredicates {
      for tier in instrument.tiers where tier.predicates == .optional {
        result.notes.append(
          Localized(tier.predicateNote ?? "\(tier.label.en) predicates are not defined by the sources"))
      }
    }
    return result
  }

  /// The result for published top-tier values (`--domains`).
  public static func evaluateTopTier(
    _ values: [Rational], _ instrument: IndexInstrument, _ policy: ScoringPolicy, key: AssessmentKey = AssessmentKey(),
    source: String = "--domains"
  ) throws -> IndexResult {
    let top = instrument.topTier
    guard values.count == top.nodes.count else {
      throw TimbangError.badInput(
        SourceLocation(file: source),
        Localized(
          id:
            "seharusnya \(top.nodes.count) nilai \(top.column) (\(top.nodes.map(\.code).joined(separator: ", "))) untuk "
            + "\(instrument.id), ada \(values.count)",
          en: "expected \(top.nodes.count) \(top.column) values (\(top.nodes.map(\.code).joined(separator: ", "))) for "
            + "\(instrument.id), got \(values.count)"))
    }
    let scale = AssessmentReader.nodeScale(instrument)
    for (n, v) in values.enumerated() where !scale.contains(v) {
      throw TimbangError.badInput(
        SourceLocation(file: source),
        Localized(
          id: "\(top.nodes[n].code) \(v.decimalText()) di luar rentang \(scale.rangeText)",
          en: "\(top.nodes[n].code) \(v.decimalText()) is outside \(scale.rangeText)"))
    }
    var total = Rational.zero
    for (n, node) in top.nodes.enumerated() { total += node.weight * values[n] }
    var result = frame(instrument, policy, key: key, index: total / instrument.total, warnings: [])
    result.fromRoundedDomains = true
    result.tiers = instrument.tiers.enumerated().map { t, tier in
      t == 0
        ? tierResult(tier, instrument, policy, basis: result.predicateBasis) { values[$0] }
        : tierResult(tier, instrument, policy, basis: result.predicateBasis) { _ in nil }
    }
    result.notes.append(
      Localized(
        id: "Indeks dihitung dari nilai \(top.label.id.lowercased()) yang dibulatkan (tanpa data indikator).",
        en: "The index is computed from the rounded \(top.label.en.lowercased()) values as given (no indicator data)."))
    if instrument.values.wholeLevels, let reconstructor = try? Reconstructor(instrument) {
      let printed = values.map { PrintedNumber(value: $0, places: max(instrument.places, $0.decimalPlaces)) }
      let reconstruction = reconstructor.reconstruct(printed)
      if let unreachable = reconstruction.unreachableNodes.first {
        let node = reconstruction.nodes[unreachable]
        result.notes.append(
          Localized(
            "\(node.code) \(node.printed) cannot come from whole levels of one assessment (expected for averages over agencies); no exact reconstruction"
          ))
      } else {
        let candidates = reconstruction.indexCandidates
        result.reconstructedIndices = candidates
        let direct = instrument.published(result.index)
        if candidates.contains(where: { instrument.published($0) != direct }) {
          let list = candidates.map {
            "\($0.decimalText(places: 4)) → \(instrument.published($0).decimalText(places: instrument.places))"
          }
          result.notes.append(
            Localized(
              "from whole levels the index is exactly \(list.joined(separator: " or ")) (the rounded \(top.key) give "
                + "\(result.index.decimalText(places: 4)) → \(NumberFormat.plain.string(result.index.doubleValue, places: instrument.places)))"
            ))
        }
      }
    }
    return result
  }

  /// The parts every result shares: framework, year, basis, index and its predicate.
  static func frame(
    _ instrument: IndexInstrument, _ policy: ScoringPolicy, key: AssessmentKey, index: Rational, warnings: [Localized]
  ) -> IndexResult {
    let year = policy.year ?? key.year
    let (basis, source) = instrument.predicateBasis.resolve(year: year, override: policy.basisOverride)
    var warnings = warnings
    if let year {
      if let first = instrument.firstYear, year < first {
        warnings.append(
          Localized(
            id: "tahun \(year) sebelum masa evaluasi \(instrument.id) (\(instrument.yearsText))",
            en: "year \(year) is before the evaluations of \(instrument.id) (\(instrument.yearsText))"))
      }
      if let last = instrument.lastYear, year > last {
        warnings.append(
          Localized(
            id: "tahun \(year) sesudah masa evaluasi \(instrument.id) (\(instrument.yearsText))",
            en: "year \(year) is after the evaluations of \(instrument.id) (\(instrument.yearsText))"))
      }
    }
    return IndexResult(
      framework: instrument.id, kind: instrument.kind, indexName: instrument.indexName, key: key, year: year,
      predicateBasis: basis, basisSource: source, index: index, predicate: instrument.predicate(index, basis: basis),
      places: instrument.places, wholeLevels: instrument.values.wholeLevels, fromRoundedDomains: false,
      reconstructedIndices: nil, tiers: [], indicators: [], warnings: warnings,
      notes: [instrument.predicateBasis.note(basis: basis, source: source)])
  }

  static func tierResult(
    _ tier: IndexInstrument.Tier, _ instrument: IndexInstrument, _ policy: ScoringPolicy, basis: PredicateBasis,
    value: (Int) -> Rational?
  ) -> IndexResult.TierResult {
    let withPredicates = tier.predicates == .always || (tier.predicates == .optional && policy.optionalPredicates)
    let tierIndex = instrument.tiers.firstIndex { $0.key == tier.key } ?? 0
    return IndexResult.TierResult(
      key: tier.key, label: tier.label,
      nodes: tier.nodes.enumerated().map { n, node in
        let v = value(n)
        return IndexResult.NodeResult(
          code: node.code, name: node.name, weight: node.weight,
          parent: node.parent.map { instrument.tiers[tierIndex - 1].nodes[$0].code }, value: v,
          predicate: withPredicates ? v.flatMap { instrument.predicate($0, basis: basis) } : nil)
      })
  }
}

extension Rational {
  /// Decimals needed to write the value exactly (up to 12; more for non-terminating fractions).
  public var decimalPlaces: Int {
    var x = self
    var places = 0
    while !x.isInteger && places < 12 {
      x = x * Rational(10)
      places += 1
    }
    return places
  }
}
