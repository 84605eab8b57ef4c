import FuzzSupport
import TimbangCore
import TimbangKAMI

private let sheets: [KAMIAnswerSheet] = ["4.2", "5.0"].map { version in
  do {
    return try KAMIAnswerSheet.read(
      path: Fuzz.root + "/Datasets/kami-\(version)-diskominfo-kabupaten.csv")
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}

/// An Indeks KAMI instrument file: loaded and validated; whatever loads must write its template, read the template
/// back, score the bundled answer files (or reject them with a located error), and render.
func fuzzInstrumentKAMI(_ bytes: [UInt8]) {
  Fuzz.check {
    let instrument = try KAMIInstrument.load(Fuzz.instrumentFile(bytes, kind: "kami"))
    let template = KAMITemplate.csv(instrument)
    var candidates = sheets
    Fuzz.check {
      candidates.append(
        try KAMIAnswerSheet.read(path: Fuzz.writeScratch(Array(template.utf8), suffix: ".csv")))
    }
    _ = candidates.map { KAMIVersionDetection.best(for: $0, among: [instrument]) }
    var results: [KAMIResult] = []
    for sheet in candidates {
      Fuzz.check {
        let answers = try KAMIAnswerParsing.parse(sheet, instrument: instrument)
        results.append(try KAMIScoring.score(answers, instrument: instrument, file: sheet.file))
      }
    }
    guard !results.isEmpty else { return }
    let assessment = KAMIAssessment(systems: results)
    Fuzz.roundTrip(assessment.json)
    Fuzz.render(KAMITables.all(assessment))
    for result in results {
      for language in [Language.id, .en] {
        _ = result.heading(language) + result.details(language)
        _ = result.warnings.map { $0.text(language) }
      }
    }
  }
}

Fuzz.main(fuzzInstrumentKAMI)
