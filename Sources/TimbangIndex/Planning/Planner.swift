import TimbangCore

/// What a plan should reach and under which constraints (`timbang spbe plan`).
public struct PlanRequest: Sendable {
  public enum Target: Sendable, Equatable {
    /// An index value (`--target 3.5`): reached when the index is at least this.
    case value(Rational)
    /// A predicate (`--target "Sangat Baik"`): reached at the band's lower bound.
    case band(PredicateBand)
  }

  public var target: Target
  /// Step costs; `nil` means every level step costs 1.
  public var costs: CostTable?
  /// Highest level any indicator may reach (`--max-level`); `nil`: the instrument's maximum.
  public var maxLevel: Int?
  /// Indicator positions that may not move (`--lock`).
  public var locked: Set<Int>
  /// Most levels any one indicator may rise (`--max-step`).
  public var maxStep: Int?

  public init(
    target: Target, costs: CostTable? = nil, maxLevel: Int? = nil, locked: Set<Int> = [], maxStep: Int? = nil
  ) {
    self.target = target
    self.costs = costs
    self.maxLevel = maxLevel
    self.locked = locked
    self.maxStep = maxStep
  }
}

/// Finds the cheapest set of level increases that brings the index to a target.
///
/// ```
/// options of indicator i (value v, level f = ⌊v⌋):  raise to L = f+1 … min(maxLevel, f + maxStep)
///   gain  = (L − v) × w_i / total          cost = Σ_{s=f+1..L} cost(i, s)   (1 per step without a costs file)
/// required index R = target (unrounded basis) or the least value that prints as ≥ target (rounded basis)
/// need = R − index;  gains and need are scaled to whole units (D = lcm of denominators, divided by the gcd of
/// the gains) and handed to PlanSolver, which is exact.
/// ```
///
/// Regulation: index formula of the instrument; tie-breaking and costs file as `spbe.md` ("plan"); Pemdi moves
/// decimal values up to whole levels (`pemdi.md`).
///
/// Rounding: exact; the target honours the predicate basis (3.5 on the rounded basis needs 3.495).
///
/// Edge Cases:
/// - A target outside the index range, a `--max-level` outside the levels, or a base without indicator data is an
///   input error (exit 65).
/// - An already reached target gives an empty plan; an unreachable one says so with the best index possible.
/// - With a costs file, a missing row makes that step (and every step above it) impossible.
///
/// Postconditions: when reachable, `after.index ≥ R`.
///
/// Example: all 47 indicators of 59/2020 at level 3 (index 3.00), target 3.5 with unit costs: the greedy-by-weight
/// optimum raises A8's six indicators (3.00 each) and A7's indicators (2.75) first.
public enum Planner {
  /// The largest gain-unit table the planner builds.
  public static let maximumUnits = 20_000_000

  public static func plan(base: Assessment, instrument: IndexInstrument, request: PlanRequest, policy: ScoringPolicy)
    throws -> PlanResult
  {
    guard case .indicators = base.content else {
      throw TimbangError.badInput(
        SourceLocation(file: base.source),
        Localized(
          id: "rencana memerlukan \(instrument.values.wholeLevels ? "tingkat" : "nilai") indikator (berkas levels): "
            + "\(instrument.topTier.key) yang dipublikasikan saja tidak cukup untuk menentukan indikator yang dinaikkan",
          en: "plan needs indicator \(instrument.values.wholeLevels ? "levels" : "values") (a levels file): published "
            + "\(instrument.topTier.key) alone cannot say which indicators to raise"))
    }
    let before = try IndexScorer.score(base, instrument, policy)
    let values = before.indicators.map(\.value)
    let basis = before.predicateBasis

    // Target.
    let threshold: Rational
    var strict = false
    var label: String?
    switch request.target {
    case .value(let x):
      guard instrument.values.contains(x) else {
        throw TimbangError.badInput(
          SourceLocation(file: "--target"),
          Localized(
            id: "\(x.decimalText()) di luar rentang indeks \(instrument.values.rangeText)",
            en: "\(x.decimalText()) is outside the index range \(instrument.values.rangeText)"))
      }
      threshold = x
    case .band(let band):
      label = band.label
      threshold = band.lower ?? instrument.values.minimum
      strict = band.lower != nil && !band.band.lowerInclusive
    }
    var required = instrument.requiredValue(for: threshold, basis: basis)
    if strict && basis == .rounded {
      var scale: Int128 = 1
      for _ in 0..<instrument.places { scale *= 10 }
      required = instrument.requiredValue(for: threshold + Rational(1, scale), basis: basis)
      strict = false
    }

    // Constraints.
    let minLevel = instrument.values.minimumLevel
    let topLevel = instrument.values.maximumLevel
    let maxLevel = request.maxLevel ?? topLevel
    guard maxLevel >= minLevel, maxLevel <= topLevel else {
      throw TimbangError.badInput(
        SourceLocation(file: "--max-level"),
        Localized(
          id: "\(maxLevel) di luar rentang tingkat \(minLevel)–\(topLevel)",
          en: "\(maxLevel) is outside the levels \(minLevel)–\(topLevel)"))
    }
    if let s = request.maxStep, s < 0 {
      throw TimbangError.badInput(
        SourceLocation(file: "--max-step"), Localized(id: "\(s) negatif", en: "\(s) is negative"))
    }

    // Options per indicator, in indicator order.
    struct Choice {
      var level: Int
      var gain: Rational
      var cost: Rational
    }
    var choices: [[Choice]] = []
    for (i, indicator) in instrument.indicators.enumerated() {
      var list: [Choice] = []
      let v = values[i]
      let f = Int(v.floor)
      if !request.locked.contains(i) {
        let last = min(maxLevel, request.maxStep.map { f + $0 } ?? maxLevel)
        var cost = Rational.zero
        if f + 1 <= last {
          for level in (f + 1)...last {
            if let table = request.costs {
              guard let c = table.cost(indicator: i, toLevel: level) else { break }
              cost += c
            } else {
              cost += .one
            }
            list.append(
              Choice(level: level, gain: (Rational(level) - v) * indicator.weight / instrument.total, cost: cost))
          }
        }
      }
      choices.append(list)
    }

    // Scale to whole units.
    let need = required - before.index
    var d: Int128 = need > .zero ? need.denominator : 1
    for list in choices { for c in list { d = Rational.lcm(d, c.gain.denominator) } }
    var g: Int128 = 0
    for list in choices { for c in list { g = Rational.gcd(g, (c.gain * Rational(d)).numerator) } }
    if g == 0 { g = 1 }
    let unit = Rational(g, d)
    var needUnits: Int128 = 0
    if need > .zero || (strict && need == .zero) {
      let q = need / unit
      needUnits = strict ? q.floor + 1 : q.ceiling
    }
    var capacity: Int128 = 0
    for list in choices { capacity += list.map { ($0.gain / unit).numerator }.max() ?? 0 }
    guard capacity <= Int128(maximumUnits) || needUnits > capacity else {
      throw TimbangError.badInput(
        SourceLocation(file: base.source),
        Localized(
          id: "nilai terlalu halus untuk direncanakan secara eksak (\(capacity) satuan kenaikan; paling banyak "
            + "\(maximumUnits))",
          en: "values too fine-grained to plan exactly (\(capacity) gain units; at most \(maximumUnits))"))
    }
    var costScale: Int128 = 1
    for list in choices { for c in list { costScale = Rational.lcm(costScale, c.cost.denominator) } }
    // Steps per option are relative to each indicator's own level.
    let exactGroups = choices.enumerated().map { i, list in
      list.map {
        PlanSolver.Option(
          gain: Int(($0.gain / unit).numerator), cost: ($0.cost * Rational(costScale)).numerator,
          steps: $0.level - Int(values[i].floor))
      }
    }

    // Best possible, for the unreachable message.
    var maximum = values
    for (i, list) in choices.enumerated() { if let top = list.last { maximum[i] = Rational(top.level) } }
    let maximumResult = IndexScorer.evaluate(maximum, instrument, policy, key: base.key)

    let solution = needUnits > capacity ? nil : PlanSolver.solve(groups: exactGroups, need: Int(needUnits))
    var result = PlanResult(
      framework: instrument.id, target: threshold, targetLabel: label, requiredIndex: required, basis: basis,
      reachable: solution != nil, unitCosts: request.costs == nil, totalCost: .zero, steps: 0, changes: [],
      before: before, after: nil, maximumIndex: maximumResult.index, maximumPredicate: maximumResult.predicate)
    guard let solution else { return result }
    var after = values
    for (i, pick) in solution.choices.enumerated() {
      guard let k = pick else { continue }
      let c = choices[i][k]
      after[i] = Rational(c.level)
      let indicator = instrument.indicators[i]
      result.changes.append(
        PlanChange(
          number: indicator.number, code: indicator.code, name: indicator.name, from: values[i], to: c.level,
          cost: c.cost, indexGain: c.gain))
      result.totalCost += c.cost
      result.steps += c.level - Int(values[i].floor)
    }
    let afterResult = IndexScorer.evaluate(
      after, instrument, policy, key: base.key, filled: before.indicators.map(\.filled), warnings: before.warnings)
    guard strict ? afterResult.index > required : afterResult.index >= required else {
      throw TimbangError.internalError("plan does not reach \(required) (\(afterResult.index))")
    }
    result.after = afterResult
    return result
  }
}
