import Foundation
import Testing
import TimbangCore
import TimbangInstruments
import TimbangSAKIP

/// Bundled instruments and small input builders shared by the SAKIP tests.
enum Fixtures {
  /// The bundled instruments folder (falls back to the source tree's `Instruments/`).
  static let library = InstrumentLibrary(
    directory: BundledInstruments.directory
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Instruments").path)

  static func sakip(_ id: String) throws -> SAKIPInstrument {
    try SAKIPInstrument.load(library.load(id, kind: "sakip"))
  }
  static func lke88() throws -> SAKIPInstrument { try sakip("sakip-permenpanrb-88-2021") }
  static func lke12() throws -> SAKIPInstrument { try sakip("sakip-permenpanrb-12-2015") }
  static func scales() throws -> CapaianScales {
    try CapaianScales.load(library.load("capaian-scales", kind: "capaian-scales"))
  }
  static func efficiency() throws -> EfficiencyInstrument {
    try EfficiencyInstrument.load(library.load("efisiensi-kepmendagri-690.900-327-1996", kind: "efisiensi"))
  }
  static func bytes(_ id: String) throws -> String {
    String(decoding: try library.load(id).bytes, as: UTF8.self)
  }

  /// Scores `pairs` against the 88/2021 instrument (or `instrument`).
  static func score(
    _ pairs: [(String, String)], instrument: SAKIPInstrument? = nil, policy: EvaluationPolicy = EvaluationPolicy()
  ) throws -> EvaluationResult {
    try EvaluationScorer.score(
      WorksheetInput(file: "lke.csv", pairs: pairs), instrument: instrument ?? lke88(), policy: policy)
  }

  /// Components 2–4 as scores, so a test can focus on component 1.
  static let otherComponents: [(String, String)] = [("2", "20.00"), ("3", "10.00"), ("4", "15.00")]

  /// Criterion answers `1.1.1…` from a string such as `"YYYYYYT"`.
  static func answers(_ sub: String, _ letters: String) -> [(String, String)] {
    letters.enumerated().map { ("\(sub).\($0.offset + 1)", String($0.element)) }
  }

  /// Computes a capaian table from CSV text.
  static func capaian(_ csv: String, policy: CapaianPolicy = CapaianPolicy()) throws -> CapaianResult {
    try CapaianScorer.score(
      IndicatorTable.read(Array(csv.utf8), file: "iku.csv"), scales: scales(), efficiency: efficiency(),
      policy: policy)
  }
}

/// The located input error a call throws (fails the test when it throws nothing or something else); the message in
/// both languages.
func inputError(_ body: () throws -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (
  location: TimbangCore.SourceLocation, message: Localized
)? {
  do {
    try body()
    Issue.record("expected an input error, got none", sourceLocation: sourceLocation)
  } catch TimbangError.badInput(let location, let message) {
    return (location, message)
  } catch {
    Issue.record("expected an input error, got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}

/// The instrument error a call throws.
func instrumentError(_ body: () throws -> Void, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (
  location: TimbangCore.SourceLocation, message: Localized
)? {
  do {
    try body()
    Issue.record("expected an instrument error, got none", sourceLocation: sourceLocation)
  } catch TimbangError.badInstrument(let location, let message) {
    return (location, message)
  } catch {
    Issue.record("expected an instrument error, got \(error)", sourceLocation: sourceLocation)
  }
  return nil
}
