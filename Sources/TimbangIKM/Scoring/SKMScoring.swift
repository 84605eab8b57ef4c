import TimbangCore

/// IKM scoring: pure functions from tallies to results (PermenPANRB 14/2017, Lampiran; KepMenPAN 25/2004).
public enum SKMScoring {
  /// Scores one group's tally.
  ///
  /// ```
  /// nrr_i         = sum_i / answered_i            (available case: blanks lower only that element's denominator)
  /// weightedNrr_i = nrr_i × w_i
  /// index         = Σ weightedNrr_i               (1–4 scale, "IKM")
  /// converted     = index × 25                    ("IKM unit pelayanan", 25–100 scale)
  /// grade         = band(ROUND(converted, 2))
  /// ```
  ///
  /// Regulation: PermenPANRB 14/2017, Lampiran (Pengolahan data survei; Tabel nilai persepsi).
  ///
  /// Rounding: none on intermediate values. With `roundIndex: p` (the KepMenPAN 25/2004 form's habit, opt-in) the
  /// index is Excel-rounded to `p` decimals before × 25. The grade is decided on `converted` rounded to the
  /// instrument's `publishedPlaces` so that it agrees with the printed figure.
  ///
  /// Edge Cases:
  /// - An element with no valid answer has `nrr == nil`; the group's `index`, `converted` and `grade` are `nil`.
  /// - All answers 1 under `printed` give 24.975, below the nominal floor: grade D (the instrument's bands cover it).
  ///
  /// Postconditions: `converted == index × conversionFactor` when both exist.
  ///
  /// Example: Banjarnegara 2023 published sums 122, 120, 118, 151, 117, 156, 154, 130, 118 over 39 respondents,
  /// printed weights 0.111 → index 3.375538…, converted 84.388462 → B (Baik).
  public static func score(
    _ tally: GroupTally, keyNames: [String], instrument: SKMInstrument, weighting: Weighting, roundIndex: Int? = nil
  ) -> GroupResult {
    let elements = zip(instrument.elements, zip(tally.elements, weighting.weights)).map { element, pair in
      let (t, w) = pair
      let answered = t.answered
      let sum = t.sum(scaleMin: instrument.scale.min)
      let nrr = answered > 0 ? Double(sum) / Double(answered) : nil
      return ElementResult(
        code: element.code, name: element.name, weight: w, answered: answered, missing: t.missing,
        invalid: t.invalid, sum: sum, counts: t.counts, nrr: nrr, weightedNrr: nrr.map { $0 * w })
    }
    return finish(
      key: Array(zip(keyNames, tally.key)), respondents: tally.respondents, elements: elements,
      instrument: instrument, roundIndex: roundIndex, profiles: tally.profiles)
  }

  /// Scores a group from element means as a report prints them (NRR per element), or from sums and answer counts.
  ///
  /// Used to check published tables, where the respondent rows are not available. Same formula as
  /// ``score(_:keyNames:instrument:weighting:roundIndex:)``; `nil` means the element has no valid answer.
  ///
  /// Example: Kab. Belitung 2023 NRR 3.833, 3.927, 3.990, 4.000, 3.710, 3.659, 3.669, 3.682, 3.778 with printed
  /// weights → converted 95.0382 → 95.04 (A).
  public static func fromMeans(
    _ nrr: [Double?], instrument: SKMInstrument, weighting: Weighting, roundIndex: Int? = nil
  ) -> GroupResult {
    let elements = zip(instrument.elements, zip(nrr, weighting.weights)).map { element, pair in
      ElementResult(
        code: element.code, name: element.name, weight: pair.1, answered: 0, missing: 0, invalid: 0, sum: 0,
        counts: [], nrr: pair.0, weightedNrr: pair.0.map { $0 * pair.1 })
    }
    return finish(
      key: [], respondents: 0, elements: elements, instrument: instrument, roundIndex: roundIndex, profiles: [:])
  }

  /// Index, conversion, grade and priorities from element figures whose NRR are already set.
  static func finish(
    key: [(String, String)], respondents: Int, elements: [ElementResult], instrument: SKMInstrument,
    roundIndex: Int?, profiles: [String: [String: Int]]
  ) -> GroupResult {
    var index: Double? = nil
    if elements.allSatisfy({ $0.weightedNrr != nil }) {
      let raw = elements.reduce(0) { $0 + ($1.weightedNrr ?? 0) }
      index = roundIndex.map { raw.rounded(places: $0) } ?? raw
    }
    let converted = index.map { $0 * instrument.conversionFactor }
    let grade = converted.flatMap { instrument.bands.classify($0, publishedAt: instrument.publishedPlaces) }
    let priorities = elements.filter { $0.nrr != nil }.enumerated()
      .sorted { ($0.element.nrr ?? 0, $0.offset) < ($1.element.nrr ?? 0, $1.offset) }.map(\.element.code)
    return GroupResult(
      key: key, respondents: respondents, elements: elements, index: index, converted: converted, grade: grade,
      priorities: priorities, profiles: profiles)
  }

  /// Scores every group and the total of a survey's tallies.
  ///
  /// The total pools all respondents (`pooled`), or averages the groups' NRR with equal weight per group (`equal`;
  /// groups without an index are left out and named in a warning).
  public static func score(
    _ tally: SKMTally, instrument: SKMInstrument, weighting: Weighting, rollup: RollupPolicy = .pooled,
    roundIndex: Int? = nil, inputs: [String] = [], rowsRead: Int = 0, precision: PrecisionRequest? = nil
  ) -> SKMResult {
    let groups = tally.sortedGroups.map {
      score($0, keyNames: tally.by, instrument: instrument, weighting: weighting, roundIndex: roundIndex)
    }
    var pooled = GroupTally(key: [], elementCount: instrument.elements.count, scaleCount: instrument.scale.count)
    for g in tally.groups.values { pooled += g }
    var total = score(pooled, keyNames: [], instrument: instrument, weighting: weighting, roundIndex: roundIndex)
    var warnings: [Localized] = []
    let scored = tally.by.isEmpty ? [total] : groups
    for group in scored where group.index == nil {
      let empty = group.elements.filter { $0.nrr == nil }.map(\.code)
      let codes = empty.joined(separator: ", ")
      warnings.append(
        group.key.isEmpty
          ? Localized(
            id: "survei: tidak ada jawaban sah untuk \(codes); indeksnya tidak terdefinisi",
            en: "the survey: no valid answer for \(codes); its index is not defined")
          : Localized(
            id: "kelompok \(group.keyLabel): tidak ada jawaban sah untuk \(codes); indeksnya tidak terdefinisi",
            en: "group \(group.keyLabel): no valid answer for \(codes); its index is not defined"))
    }
    if rollup == .equal && !tally.by.isEmpty {
      let usable = groups.filter { $0.index != nil }
      let elements = total.elements.enumerated().map { i, e -> ElementResult in
        var e = e
        e.nrr = usable.isEmpty ? nil : usable.reduce(0) { $0 + ($1.elements[i].nrr ?? 0) } / Double(usable.count)
        e.weightedNrr = e.nrr.map { $0 * e.weight }
        return e
      }
      total = finish(
        key: [], respondents: total.respondents, elements: elements, instrument: instrument, roundIndex: roundIndex,
        profiles: total.profiles)
    }
    for group in scored + (tally.by.isEmpty ? [] : [total]) {
      if let c = group.converted, let floor = instrument.lowWarningBelow, c.rounded(places: instrument.publishedPlaces) < floor {
        let id = group.key.isEmpty ? "total" : "kelompok \(group.keyLabel)"
        let en = group.key.isEmpty ? "total" : "group \(group.keyLabel)"
        let value = (NumberFormat.id.string(c, places: 3), NumberFormat.plain.string(c, places: 3))
        let lowest = (NumberFormat.id.string(floor, places: 2), NumberFormat.plain.string(floor, places: 2))
        warnings.append(
          Localized(
            id: "\(id): nilai konversi \(value.0) di bawah \(lowest.0), nilai terendah skala peraturan",
            en: "\(en): converted value \(value.1) is below \(lowest.1), the lowest value of the regulation's scale"))
      }
    }
    var groupsOut = groups
    if let precision {
      let sorted = tally.sortedGroups
      if sorted.contains(where: { $0.pairs == nil }) {
        warnings.append(
          Localized(
            id: "presisi tidak tersedia: tally disimpan tanpa hitungan orde kedua "
              + "(skor ulang datanya dengan --precision)",
            en: "precision is unavailable: the tallies were saved without second-order counts "
              + "(score the data with --precision)"))
      } else {
        let estimate = PrecisionEstimates(
          instrument: instrument, weighting: weighting, request: precision, tallies: sorted, rollup: rollup)
        if !tally.by.isEmpty {
          for i in groupsOut.indices { groupsOut[i].precision = estimate.group(sorted[i], result: groupsOut[i]) }
        }
        total.precision = estimate.total(total, groups: groupsOut, grouped: !tally.by.isEmpty)
      }
    }
    if tally.listwiseDropped > 0 {
      warnings.append(
        Localized(
          id: "listwise: \(tally.listwiseDropped) responden dengan jawaban kosong tidak diikutkan",
          en: "listwise: \(tally.listwiseDropped) respondents with a blank answer were left out"))
    }
    return SKMResult(
      instrumentId: instrument.id, instrumentTitle: instrument.title, instrumentVersion: instrument.version,
      weighting: weighting, missingPolicy: tally.missingPolicy, rollup: rollup, roundIndex: roundIndex, by: tally.by,
      groups: tally.by.isEmpty ? [] : groupsOut, total: total, warnings: warnings, inputs: inputs, rowsRead: rowsRead,
      precisionRequested: precision != nil)
  }
}
