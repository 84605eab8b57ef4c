import FuzzSupport
import TimbangCore
import TimbangIKM

private let skm2017: SKMInstrument = load("skm-permenpanrb-14-2017")
private let skm2004: SKMInstrument = load("skm-kepmenpan-25-2004")

private func load(_ id: String) -> SKMInstrument {
  do {
    return try SKMInstrument.load(Fuzz.instrument(id))
  } catch {
    fatalError("fuzz setup: \(error)")
  }
}

private let scanners = [
  SurveyScanner(instrument: skm2017),
  SurveyScanner(instrument: skm2017, by: ["unit"], missing: .listwise, invalid: .missing),
  SurveyScanner(instrument: skm2004, by: ["unit", "periode"], invalid: .missing),
]

/// Respondent rows (`skm score`): the sequential reader and the parallel byte scanner — cut into tiny ranges with
/// tiny buffers, and with the default buffer (records of 64 to 127 bytes reach the run kernel's 128-bit path) — must
/// give the same tallies, rows, warnings and error; what scans must score and render.
func fuzzSKMSurvey(_ bytes: [UInt8]) {
  let path = Fuzz.writeScratch(bytes, suffix: ".csv")
  let settings = [
    ScanOptions(threads: 2, minimumParallelBytes: 0, rangeBytes: 1 + bytes.count / 5, bufferBytes: 64),
    ScanOptions(threads: 2, minimumParallelBytes: 0, rangeBytes: 1 + bytes.count / 3),
  ]
  for scanner in scanners {
    for (i, options) in settings.enumerated() {
      scan(scanner, path: path, bytes: bytes, options: options, score: i == 0)
    }
  }
}

/// One comparison of the two readers; with `score`, the scan is also scored and rendered.
private func scan(_ scanner: SurveyScanner, path: String, bytes: [UInt8], options: ScanOptions, score: Bool) {
  var sequentialScan: SurveyScanner.Scan?
  var sequential = ""
  if let error = Fuzz.check({
    sequentialScan = try scanner.scan(
      table: CSVTable(reader: CSVReader(bytes: bytes, fileName: path)))
  }) {
    sequential = "error: \(error)"
  }
  var parallel = ""
  var parallelScan: SurveyScanner.Scan?
  if let error = Fuzz.check({ parallelScan = try scanner.scan(path: path, options: options) }) {
    parallel = "error: \(error)"
  }
  if let scan = sequentialScan { sequential = summary(scan, scanner.instrument) }
  if let scan = parallelScan { parallel = summary(scan, scanner.instrument) }
  Fuzz.expectSame(sequential, parallel, "sequential and parallel survey scans")
  guard score, let scan = sequentialScan else { return }
  Fuzz.check {
    let weighting = try Weighting.make(.printed, for: scanner.instrument, customWeights: nil)
    let result = SKMScoring.score(
      scan.tally, instrument: scanner.instrument, weighting: weighting, rollup: .equal,
      roundIndex: nil,
      inputs: [path], rowsRead: scan.rowsRead)
    Fuzz.roundTrip(result.json)
    Fuzz.render(SKMTables.all(result, instrument: scanner.instrument))
  }
}

private func summary(_ scan: SurveyScanner.Scan, _ instrument: SKMInstrument) -> String {
  JSONWriter.string(TallyFile.json(scan.tally, instrument: instrument))
    + "rows \(scan.rowsRead), invalid \(scan.invalidCellCount)\n"
    + scan.invalidCells.map { "\($0.message.id) | \($0.message.en)" }.joined(separator: "\n") + "\n"
    + scan.skippedRows.map { "\($0.id) | \($0.en)" }.joined(separator: "\n")
}

Fuzz.main(fuzzSKMSurvey)
