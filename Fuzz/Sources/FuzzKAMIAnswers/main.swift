import FuzzSupport
import TimbangCore
import TimbangKAMI

private let instruments: [KAMIInstrument] = ["kami-bssn-4.2", "kami-bssn-5.0"].map { id in
  do {
    return try KAMIInstrument.load(Fuzz.instrument(id))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}

/// An Indeks KAMI answer file (`kami score`): read from a file as the command does, version recognised, answers
/// checked against both versions, scored and rendered.
func fuzzKAMIAnswers(_ bytes: [UInt8]) {
  Fuzz.check {
    let sheet = try KAMIAnswerSheet.read(path: Fuzz.writeScratch(bytes, suffix: ".csv"))
    _ = KAMIVersionDetection.best(for: sheet, among: instruments)
    for instrument in instruments {
      Fuzz.check {
        let answers = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
        let result = try KAMIScoring.score(answers, instrument: instrument, file: sheet.file)
        let assessment = KAMIAssessment(systems: [result, result])
        Fuzz.roundTrip(assessment.json)
        Fuzz.render(KAMITables.all(assessment))
        for language in [Language.id, .en] {
          _ = result.heading(language) + result.details(language)
          _ = result.warnings.map { $0.text(language) }
        }
      }
    }
  }
}

Fuzz.main(fuzzKAMIAnswers)
