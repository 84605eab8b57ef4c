import TimbangCore

/// Several electronic systems assessed together: each scored on its own, the one with the highest KSE score named as
/// the baseline (`shared/spec/kami.md`, "When several systems are assessed").
///
/// Edge Cases: on a tie the first system in argument order is the baseline.
public struct KAMIAssessment: Equatable, Sendable {
  public var systems: [KAMIResult]
  public var baselineIndex: Int

  public init(systems: [KAMIResult]) {
    self.systems = systems
    var best = 0
    for (i, system) in systems.enumerated() where system.kse.score > systems[best].kse.score { best = i }
    baselineIndex = best
  }

  public var baseline: KAMIResult { systems[baselineIndex] }
}
