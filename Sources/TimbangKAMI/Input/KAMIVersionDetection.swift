/// Chooses, among candidate instruments, the one an answer sheet was written for, from its question numbers alone.
///
/// ```
/// fit(instrument) = (#numbers in the sheet the instrument does not know, #required questions the sheet lacks)
/// chosen          = the candidate with the smallest fit (lexicographic); on a tie, the later one in the list
/// ```
/// Edge Cases: a 5.0 sheet always mentions `7.x` (PDP), which 4.x does not know; a 4.x sheet lacks 4.30–4.33, 5.39–5.53,
/// 6.27–6.35 and 7.x, which 5.0 requires, so the two are told apart by any complete sheet.
public enum KAMIVersionDetection {
  public static func best(for sheet: KAMIAnswerSheet, among candidates: [KAMIInstrument]) -> KAMIInstrument? {
    let numbers = sheet.questionNumbers
    var best: (instrument: KAMIInstrument, unknown: Int, missing: Int)?
    for instrument in candidates {
      let known = Set(
        instrument.kse.questions.map(\.number) + instrument.areaQuestions.map(\.number)
          + instrument.supplements.flatMap(\.questions).map(\.number))
      let required = instrument.kse.questions.map(\.number) + instrument.areaQuestions.map(\.number)
      let unknown = numbers.subtracting(known).count
      let missing = required.filter { !numbers.contains($0) }.count
      if let current = best, (current.unknown, current.missing) < (unknown, missing) { continue }
      best = (instrument, unknown, missing)
    }
    return best?.instrument
  }
}
