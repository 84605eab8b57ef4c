import TimbangCore

/// Recovers the exact index behind published, 2-decimal top-tier values (SPBE domains) from the fact that levels
/// are whole numbers.
///
/// Under 59/2020 D1 and D2 are (sum of 10 whole levels)/10, D3 is (sum of 11 levels)/11 and D4 is
/// (2.75·A + 3·B)/45.5 with A, B the level sums of aspects A7 and A8. Generally, with `D` the least common
/// denominator of the indicator weights and `u_i = w_i × D` whole numbers:
///
/// ```
/// node value  = S / (W_node × D),   S = Σ_{i under node} u_i × L_i,   L_i ∈ [minimum, maximum] whole
/// reachable S = all such sums (a subset-sum table per top node, built once)
/// candidates  = reachable S with ROUND(S / (W_node × D), places) = printed value
///               i.e. (p − h)·W·D ≤ S < (p + h)·W·D,  h = ½ × 10^-places
/// index       = Σ_nodes S_node / (total × D)   over every combination of candidates
/// ```
///
/// Regulation: PermenPANRB 59/2020 (and 5/2018) weights and whole levels; `spbe.md`, "Reconstruction".
///
/// Rounding: the printed interval is exact (half away from zero, as Excel `ROUND`).
///
/// Edge Cases:
/// - A printed value no whole levels can produce is reported as unreachable with its nearest reachable values
///   (an inconsistency in a single agency's report; expected for averages over agencies).
/// - Instruments with decimal values (Pemdi) cannot be reconstructed: ``init(_:)`` throws.
///
/// Postconditions: `indexCandidates` is sorted, distinct and empty exactly when some node is unreachable.
///
/// Example: Banjarnegara 2023 (4.40, 2.70, 1.18, 4.07): D3 = 13/11, D4 weighted sum ∈ {185, 185.25}, index
/// ∈ {3.2920, 3.2945}.
public struct Reconstructor: Sendable {
  public let instrument: IndexInstrument
  /// Least common denominator of the indicator weights.
  let unit: Int128
  /// Per top node: the smallest sum and which offsets from it are reachable.
  let base: [Int]
  let reachable: [[Bool]]

  /// The largest subset-sum table built (entries per node); beyond it reconstruction is refused.
  public static let maximumTable = 50_000_000

  /// Prepares the reachable-sum tables of `instrument`.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` when the instrument's values are not whole levels or the table would
  ///   be too large.
  public init(_ instrument: IndexInstrument) throws {
    self.instrument = instrument
    guard instrument.values.wholeLevels else {
      throw TimbangError.badInput(
        SourceLocation(file: instrument.path),
        Localized(
          id: "\(instrument.id) memakai nilai desimal: rekonstruksi eksak memerlukan tingkat bulat",
          en: "\(instrument.id) has decimal values: exact reconstruction needs whole levels"))
    }
    var d: Int128 = 1
    for indicator in instrument.indicators { d = Rational.lcm(d, indicator.weight.denominator) }
    unit = d
    let minimum = Int(instrument.values.minimum.floor)
    let span = Int(instrument.values.maximum.floor) - minimum
    var base: [Int] = []
    var tables: [[Bool]] = []
    for n in instrument.topTier.nodes.indices {
      let units = instrument.indicatorIndices(tier: 0, node: n).map {
        Int((instrument.indicators[$0].weight * Rational(d)).numerator)
      }
      let size = units.reduce(0, +) * span + 1
      guard size <= Reconstructor.maximumTable else {
        throw TimbangError.badInput(
          SourceLocation(file: instrument.path),
          Localized(
            id: "\(instrument.id): bobot terlalu halus untuk direkonstruksi",
            en: "\(instrument.id): weights too fine to reconstruct"))
      }
      var table = Array(repeating: false, count: size)
      table[0] = true
      var reach = 0
      for u in units {
        reach += u * span
        var s = reach
        while s >= 0 {
          if !table[s] {
            var k = 1
            while k <= span, s - k * u >= 0 {
              if table[s - k * u] {
                table[s] = true
                break
              }
              k += 1
            }
          }
          s -= 1
        }
      }
      base.append(units.reduce(0, +) * minimum)
      tables.append(table)
    }
    self.base = base
    self.reachable = tables
  }

  /// Every combination of whole-level sums consistent with the printed top-tier values.
  public func reconstruct(_ printed: [PrintedNumber]) -> Reconstruction {
    let top = instrument.topTier
    var nodes: [Reconstruction.NodeCandidates] = []
    for (n, node) in top.nodes.enumerated() where n < printed.count {
      let p = printed[n]
      let scale = node.weight * Rational(unit)
      let (lower, upper) = p.interval
      let low = Int((lower * scale).ceiling)
      let high = Int((upper * scale).ceiling) - 1
      let table = reachable[n]
      func ok(_ s: Int) -> Bool { s - base[n] >= 0 && s - base[n] < table.count && table[s - base[n]] }
      var sums: [Int] = []
      if low <= high { for s in low...high where ok(s) { sums.append(s) } }
      var below: Int?
      var above: Int?
      if sums.isEmpty {
        var s = min(low - 1, base[n] + table.count - 1)
        while s >= base[n] {
          if ok(s) {
            below = s
            break
          }
          s -= 1
        }
        s = max(high + 1, base[n])
        while s < base[n] + table.count {
          if ok(s) {
            above = s
            break
          }
          s += 1
        }
      }
      func value(_ s: Int) -> Rational { Rational(Int128(s)) / scale }
      func weighted(_ s: Int) -> Rational { Rational(Int128(s), unit) }
      nodes.append(
        Reconstruction.NodeCandidates(
          code: node.code, weight: node.weight, printed: p, values: sums.map(value), weightedSums: sums.map(weighted),
          nearestBelow: below.map(value), nearestAbove: above.map(value), sums: sums))
    }
    var totals: Set<Int> = [0]
    var combinations = 1
    let complete = nodes.count == top.nodes.count && nodes.allSatisfy { !$0.sums.isEmpty }
    if complete {
      for node in nodes {
        var next = Set<Int>()
        for t in totals { for s in node.sums { next.insert(t + s) } }
        totals = next
        combinations =
          combinations.multipliedReportingOverflow(by: node.sums.count).overflow
          ? Int.max : combinations * node.sums.count
      }
    }
    let denominator = instrument.total * Rational(unit)
    let candidates = complete ? totals.sorted().map { Rational(Int128($0)) / denominator } : []
    var direct = Rational.zero
    for (n, node) in top.nodes.enumerated() where n < printed.count { direct += node.weight * printed[n].value }
    return Reconstruction(
      framework: instrument.id, nodes: nodes, indexCandidates: candidates, combinations: complete ? combinations : 0,
      directIndex: direct / instrument.total)
  }
}
