import FuzzSupport
import TimbangCore
import TimbangIKM

/// A saved tally (`skm merge`): read against the bundled instruments it names (paths are refused here so the fuzzer
/// cannot wander the file system), merged with itself, scored and written back.
func fuzzSKMTally(_ bytes: [UInt8]) {
  Fuzz.check {
    let (tally, instrument) = try TallyFile.read(bytes, file: "fuzz.tally.json") { id in
      guard !id.contains("/"), !id.hasSuffix(".json") else {
        throw TimbangError.usage(Localized(id: "fuzz: jalur berkas tidak diikuti", en: "fuzz: paths not followed"))
      }
      return try SKMInstrument.load(Fuzz.library.load(id, kind: "skm"))
    }
    var merged = tally
    try merged.merge(tally, file: "again.tally.json")
    let weighting = try Weighting.make(.exact, for: instrument, customWeights: nil)
    for rollup in RollupPolicy.allCases {
      let result = SKMScoring.score(
        merged, instrument: instrument, weighting: weighting, rollup: rollup, roundIndex: 2,
        inputs: ["fuzz"],
        rowsRead: merged.groups.values.reduce(0) { $0 + $1.respondents })
      Fuzz.roundTrip(result.json)
      Fuzz.render(SKMTables.all(result, instrument: instrument))
    }
    Fuzz.roundTrip(TallyFile.json(merged, instrument: instrument))
  }
}

Fuzz.main(fuzzSKMTally)
