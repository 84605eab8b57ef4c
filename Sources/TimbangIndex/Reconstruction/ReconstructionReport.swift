import TimbangCore

/// A reconstruction with the printed figures it was checked against, as `timbang spbe reconstruct` reports it.
///
/// JSON:
/// ```
/// {"framework": …, "year": 2024, "predicateBasis": "unrounded",
///  "domains": [{"code": "D3", "printed": 4.18, "weight": 16.5, "reachable": true,
///               "candidates": [{"value": 4.1818, "fraction": "46/11", "weightedSum": 69}]}],
///  "combinations": 1, "directIndex": 4.7647, "indexMin": 4.765, "indexMax": 4.765,
///  "indexCandidates": [{"value": 4.765, "rounded": 4.77, "predicateUnrounded": "Memuaskan",
///                       "predicateRounded": "Memuaskan"}],
///  "printedIndex": 4.77, "printedPredicate": "Memuaskan", "consistent": true, "findings": []}
/// ```
public struct ReconstructionReport: Sendable, JSONRepresentable {
  public var reconstruction: Reconstruction
  public var check: ReconstructionCheck
  public var year: Int?
  public var printedIndex: PrintedNumber?
  public var printedPredicate: String?
  public var instrument: IndexInstrument

  public init(
    reconstruction: Reconstruction, check: ReconstructionCheck, year: Int?, printedIndex: PrintedNumber?,
    printedPredicate: String?, instrument: IndexInstrument
  ) {
    self.reconstruction = reconstruction
    self.check = check
    self.year = year
    self.printedIndex = printedIndex
    self.printedPredicate = printedPredicate
    self.instrument = instrument
  }

  /// Exit status for the command: 0 when consistent, 1 when the check found something (a finding, not a failure).
  public var exitStatus: Int32 { check.isConsistent ? 0 : 1 }

  public var json: JSONValue {
    let r = reconstruction
    var pairs: [(String, JSONValue)] = [("framework", .string(r.framework))]
    if let year { pairs.append(("year", .int(year))) }
    pairs.append(("predicateBasis", .string(check.basis.rawValue)))
    pairs.append(
      (
        instrument.topTier.key,
        .array(
          r.nodes.map { n in
            .object([
              ("code", .string(n.code)), ("printed", .number(n.printed.value.doubleValue)),
              ("weight", .number(n.weight.doubleValue)), ("reachable", .bool(n.isReachable)),
              (
                "candidates",
                .array(
                  zip(n.values, n.weightedSums).map { v, s in
                    .object([
                      ("value", .number(v.doubleValue)), ("fraction", .string(v.description)),
                      ("weightedSum", .number(s.doubleValue)),
                    ])
                  })
              ),
              ("nearestBelow", .number(n.nearestBelow?.doubleValue)),
              ("nearestAbove", .number(n.nearestAbove?.doubleValue)),
            ])
          })
      ))
    pairs += [
      ("combinations", .int(r.combinations)), ("directIndex", .number(r.directIndex.doubleValue)),
      ("indexMin", .number(r.exactRange?.lower.doubleValue)), ("indexMax", .number(r.exactRange?.upper.doubleValue)),
      (
        "indexCandidates",
        .array(
          r.indexCandidates.map { x in
            .object([
              ("value", .number(x.doubleValue)), ("rounded", .number(instrument.published(x).doubleValue)),
              ("predicateUnrounded", .string(instrument.predicate(x, basis: .unrounded)?.label)),
              ("predicateRounded", .string(instrument.predicate(x, basis: .rounded)?.label)),
            ])
          })
      ),
      ("printedIndex", .number(printedIndex?.value.doubleValue)), ("printedPredicate", .string(printedPredicate)),
      ("consistent", .bool(check.isConsistent)),
      ("findings", .array(check.findings.map { .string($0.message) })),
    ]
    return .object(pairs)
  }
}
