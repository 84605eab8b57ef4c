import TimbangCore

/// What whole levels allow behind printed top-tier values: candidates per node and the exact indices.
public struct Reconstruction: Sendable {
  public struct NodeCandidates: Sendable {
    public var code: String
    public var weight: Rational
    public var printed: PrintedNumber
    /// Exact node values that print as `printed` (sorted).
    public var values: [Rational]
    /// The same as weighted level sums `Σ w_i × L_i` (`185.25` for D4 = 185.25/45.5).
    public var weightedSums: [Rational]
    /// When unreachable: the nearest reachable values below and above.
    public var nearestBelow: Rational?
    public var nearestAbove: Rational?
    /// Scaled sums (internal units).
    var sums: [Int]

    public var isReachable: Bool { !values.isEmpty }
  }

  public var framework: String
  public var nodes: [NodeCandidates]
  /// Exact indices over every combination of candidates, sorted and distinct; empty when a node is unreachable.
  public var indexCandidates: [Rational]
  /// Number of candidate combinations (0 when a node is unreachable).
  public var combinations: Int
  /// The index computed directly from the printed (rounded) values.
  public var directIndex: Rational

  /// Positions of nodes no whole levels can produce.
  public var unreachableNodes: [Int] { nodes.indices.filter { !nodes[$0].isReachable } }

  /// The exact interval of the true index, when every node is reachable.
  public var exactRange: (lower: Rational, upper: Rational)? {
    guard let first = indexCandidates.first, let last = indexCandidates.last else { return nil }
    return (first, last)
  }

  /// Checks a printed index and predicate against the reconstruction, under the basis the instrument's table gives
  /// for `year` (or `basisOverride`).
  public func check(
    index: PrintedNumber?, predicate: String?, year: Int?, basisOverride: PredicateBasis? = nil,
    instrument: IndexInstrument
  ) -> ReconstructionCheck {
    let (basis, _) = instrument.predicateBasis.resolve(year: year, override: basisOverride)
    return check(index: index, predicate: predicate, basis: basis, instrument: instrument)
  }

  /// Checks a printed index and predicate against the reconstruction on `basis`.
  ///
  /// Findings, in order: every unreachable node; a printed index that is not the rounding of any candidate; a
  /// printed predicate that is unknown or that no candidate (among those matching the printed index) earns on
  /// `basis`.
  ///
  /// Example: Pacitan 2024 (4.70, 3.00, 2.09, 3.94), printed 3.50 Baik: exact 3.4985 → consistent on the
  /// unrounded basis; on the rounded basis the predicate would be Sangat Baik, so "Baik" is a finding there.
  public func check(index: PrintedNumber?, predicate: String?, basis: PredicateBasis, instrument: IndexInstrument)
    -> ReconstructionCheck
  {
    var findings: [ReconstructionCheck.Finding] = []
    let places = instrument.places
    func text(_ x: Rational) -> String { x.decimalText(places: 4) }
    func printedText(_ x: Rational) -> String { NumberFormat.plain.string(x.doubleValue, places: places) }
    for node in nodes where !node.isReachable {
      var nearest: [String] = []
      if let b = node.nearestBelow { nearest.append("\(b) = \(text(b)) → \(printedText(b))") }
      if let a = node.nearestAbove { nearest.append("\(a) = \(text(a)) → \(printedText(a))") }
      findings.append(
        .init(
          kind: .unreachableNode(node.code),
          message: "\(node.code) \(node.printed) cannot come from whole levels"
            + (nearest.isEmpty ? "" : " (nearest: \(nearest.joined(separator: ", ")))")))
    }
    guard findings.isEmpty else { return ReconstructionCheck(basis: basis, findings: findings, matching: []) }
    var matching = indexCandidates
    if let index {
      let (lower, upper) = index.interval
      matching = indexCandidates.filter { $0 >= lower && $0 < upper }
      if matching.isEmpty {
        let options = indexCandidates.prefix(6).map { "\(text($0)) → \(printedText($0))" }.joined(separator: ", ")
        findings.append(
          .init(
            kind: .indexNotRounding,
            message: "printed index \(index) is not the rounding of any exact index the domains allow (\(options)"
              + (indexCandidates.count > 6 ? ", …" : "") + ")"))
      }
    }
    if let predicate {
      if let band = instrument.bands.band(named: predicate) {
        let pool = matching.isEmpty ? indexCandidates : matching
        let earned = pool.compactMap { instrument.predicate($0, basis: basis) }
        if !earned.contains(band) {
          let other: PredicateBasis = basis == .rounded ? .unrounded : .rounded
          let alternative = pool.compactMap { instrument.predicate($0, basis: other) }
          let list = pool.prefix(4).map { x in
            "\(text(x))\(basis == .rounded ? " → \(printedText(x))" : "") → \(instrument.predicate(x, basis: basis)?.label ?? "?")"
          }
          findings.append(
            .init(
              kind: .predicateMismatch,
              message: "predicate \(band.label) does not follow on the \(basis.rawValue) basis (exact "
                + list.joined(separator: ", ") + ")"
                + (alternative.contains(band) ? "; it would on the \(other.rawValue) basis" : "")))
        }
      } else {
        findings.append(
          .init(
            kind: .unknownPredicate,
            message:
              "unknown predicate \"\(predicate)\" (expected \(instrument.bands.map(\.label).joined(separator: ", ")))"))
      }
    }
    return ReconstructionCheck(basis: basis, findings: findings, matching: matching)
  }
}

/// The outcome of checking printed figures against a ``Reconstruction``.
public struct ReconstructionCheck: Sendable {
  public struct Finding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
      case unreachableNode(String)
      case indexNotRounding
      case predicateMismatch
      case unknownPredicate
    }
    public var kind: Kind
    /// One sentence for the evaluator, e.g. `D3 4.19 cannot come from whole levels (nearest: …)`.
    public var message: String
  }

  /// The predicate basis the check used.
  public var basis: PredicateBasis
  public var findings: [Finding]
  /// Exact indices consistent with the domains and the printed index.
  public var matching: [Rational]

  public var isConsistent: Bool { findings.isEmpty }
  /// All findings as one line (for a report row).
  public var reason: String { findings.map(\.message).joined(separator: "; ") }
}
