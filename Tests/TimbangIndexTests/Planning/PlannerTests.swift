import Foundation
import Testing
import TimbangCore

@testable import TimbangIndex

/// The planner is optimal: compared with brute force on small random cases (fixed seeds), with unit costs and with
/// costs files, on whole levels (SPBE-like) and decimal values (Pemdi-like).
@Suite("Planner")
struct PlannerTests {
  // MARK: Random instruments

  /// A one-domain, two-aspect instrument with `weights` (indicator weights; total = their sum).
  static func instrument(weights: [Int], wholeLevels: Bool, minimum: Int = 1) throws -> IndexInstrument {
    let half = max(1, weights.count / 2)
    let a1 = weights.prefix(half).reduce(0, +)
    let a2 = weights.dropFirst(half).reduce(0, +)
    let total = a1 + a2
    let indicators = weights.enumerated().map { i, w in
      """
      {"number": \(i + 1), "code": "\(i + 1)", "name": "Indicator \(i + 1)", "weight": \(Double(w) / 4), "parent": "\(i < half ? "A1" : "A2")"}
      """
    }.joined(separator: ",\n")
    let json = """
      {"schemaVersion": 1, "id": "test-random", "kind": "spbe", "title": "t", "source": "s", "version": "1",
       "provenance": "generated",
       "index": {"name": "Indeks", "places": 2, "total": \(Double(total) / 4)},
       "values": {"minimum": \(minimum), "maximum": 5, "wholeLevels": \(wholeLevels)},
       "tiers": [
         {"key": "domains", "column": "domain", "label": "Domain", "predicates": "always",
          "nodes": [{"code": "D1", "name": "D", "weight": \(Double(total) / 4)}]},
         {"key": "aspects", "column": "aspect", "label": "Aspek", "predicates": "always",
          "nodes": [{"code": "A1", "name": "A", "weight": \(Double(a1) / 4), "parent": "D1"},
                    {"code": "A2", "name": "B", "weight": \(Double(a2) / 4), "parent": "D1"}]}],
       "indicators": [\(indicators)],
       "bands": [{"code": "K", "label": "Kurang", "lower": null, "upper": 1.8},
                 {"code": "C", "label": "Cukup", "lower": 1.8, "upper": 2.6},
                 {"code": "B", "label": "Baik", "lower": 2.6, "upper": 3.5},
                 {"code": "SB", "label": "Sangat Baik", "lower": 3.5, "upper": 4.2},
                 {"code": "M", "label": "Memuaskan", "lower": 4.2, "upper": null}],
       "predicateBasis": {"default": "unrounded", "years": [{"year": 2023, "basis": "rounded"}]}}
      """
    return try IndexInstrument(bytes: Array(json.utf8), path: "random.json")
  }

  /// The optimum by enumeration, with the tie-breaking rules written literally.
  struct Brute {
    var levels: [Int]  // chosen level per indicator (current level when unchanged)
    var cost: Rational
    var steps: Int
    var overshoot: Rational
    /// Indicator number of every level step, sorted.
    var stepNumbers: [Int]

    func better(than other: Brute) -> Bool {
      if cost != other.cost { return cost < other.cost }
      if steps != other.steps { return steps < other.steps }
      if overshoot != other.overshoot { return overshoot < other.overshoot }
      return stepNumbers.lexicographicallyPrecedes(other.stepNumbers)
    }
  }

  static func bruteForce(
    values: [Rational], instrument: IndexInstrument, required: Rational, costs: CostTable?, maxLevel: Int,
    maxStep: Int?, locked: Set<Int>
  ) -> Brute? {
    // Options per indicator: (level, gain, cost); level nil = unchanged.
    var options: [[(level: Int?, gain: Rational, cost: Rational)]] = []
    for (i, indicator) in instrument.indicators.enumerated() {
      let v = values[i]
      let f = Int(v.floor)
      var list: [(level: Int?, gain: Rational, cost: Rational)] = [(nil, .zero, .zero)]
      if !locked.contains(i) {
        var cost = Rational.zero
        var level = f + 1
        while level <= maxLevel && level - f <= (maxStep ?? Int.max) {
          if let costs {
            guard let c = costs.cost(indicator: i, toLevel: level) else { break }
            cost = cost + c
          } else {
            cost = cost + .one
          }
          list.append((level, (Rational(level) - v) * indicator.weight / instrument.total, cost))
          level += 1
        }
      }
      options.append(list)
    }
    var index = Rational.zero
    for (i, indicator) in instrument.indicators.enumerated() { index = index + indicator.weight * values[i] }
    index = index / instrument.total
    var best: Brute?
    var pick = Array(repeating: 0, count: options.count)
    while true {
      var gain = Rational.zero
      var cost = Rational.zero
      var steps = 0
      var numbers: [Int] = []
      var levels: [Int] = []
      for (i, k) in pick.enumerated() {
        let o = options[i][k]
        gain = gain + o.gain
        cost = cost + o.cost
        let f = Int(values[i].floor)
        if let l = o.level {
          steps += l - f
          numbers += Array(repeating: i + 1, count: l - f)
          levels.append(l)
        } else {
          levels.append(-1)
        }
      }
      if index + gain >= required {
        let candidate = Brute(
          levels: levels, cost: cost, steps: steps, overshoot: index + gain - required, stepNumbers: numbers)
        if best.map({ candidate.better(than: $0) }) ?? true { best = candidate }
      }
      // Next combination.
      var j = 0
      while j < pick.count {
        pick[j] += 1
        if pick[j] < options[j].count { break }
        pick[j] = 0
        j += 1
      }
      if j == pick.count { break }
    }
    return best
  }

  struct RandomCase {
    var instrument: IndexInstrument
    var values: [Rational]
    var costs: CostTable?
    var target: Rational
    var maxLevel: Int
    var maxStep: Int?
    var locked: Set<Int>
    var year: Int?
  }

  static func randomCase(_ rng: inout SplitMix64, wholeLevels: Bool, withCosts: Bool) throws -> RandomCase {
    let n = rng.int(6...8)
    let weights = (0..<n).map { _ in rng.int(1...12) }
    let instrument = try Self.instrument(weights: weights, wholeLevels: wholeLevels)
    let values: [Rational] = (0..<n).map { _ in
      wholeLevels ? Rational(rng.int(1...4)) : Rational(Int128(rng.int(100...450)), 100)
    }
    let maxStep: Int? = rng.bool(0.5) ? rng.int(1...2) : nil
    let maxLevel = rng.bool(0.2) ? 4 : 5
    var locked = Set<Int>()
    if rng.bool(0.3) { locked.insert(rng.int(0...(n - 1))) }
    var costs: CostTable?
    if withCosts {
      var steps = Array(repeating: Array(repeating: Rational?.none, count: 6), count: n)
      for i in 0..<n {
        for s in 2...5 where !rng.bool(0.1) {
          // Small costs (including 0 and halves) to force many ties.
          steps[i][s] = Rational(Int128(rng.int(0...8)), rng.bool(0.3) ? 2 : 1)
        }
      }
      costs = CostTable(steps: steps, source: "costs.csv")
    }
    // A target between the current index and the maximum (sometimes above: unreachable).
    var index = Rational.zero
    for (i, indicator) in instrument.indicators.enumerated() { index = index + indicator.weight * values[i] }
    index = index / instrument.total
    let raise = Rational(Int128(rng.int(1...180)), 100)
    var target = index + raise
    if target > Rational(5) { target = Rational(5) }
    // Round the target to 2 decimals as a user would type it.
    target = Rational((target * Rational(100)).floor, 100)
    return RandomCase(
      instrument: instrument, values: values, costs: costs, target: target, maxLevel: maxLevel, maxStep: maxStep,
      locked: locked, year: rng.bool(0.3) ? 2023 : nil)
  }

  static func check(_ c: RandomCase) throws {
    let policy = ScoringPolicy(year: c.year)
    let request = PlanRequest(
      target: .value(c.target), costs: c.costs, maxLevel: c.maxLevel, locked: c.locked, maxStep: c.maxStep)
    let plan = try Planner.plan(base: .indicators(c.values), instrument: c.instrument, request: request, policy: policy)
    let brute = bruteForce(
      values: c.values, instrument: c.instrument, required: plan.requiredIndex, costs: c.costs, maxLevel: c.maxLevel,
      maxStep: c.maxStep, locked: c.locked)
    #expect(plan.reachable == (brute != nil))
    guard let brute, plan.reachable else { return }
    #expect(plan.totalCost == brute.cost)
    #expect(plan.steps == brute.steps)
    var levels = Array(repeating: -1, count: c.values.count)
    for change in plan.changes { levels[change.number - 1] = change.to }
    #expect(levels == brute.levels)
    let after = try #require(plan.after)
    #expect(after.index - plan.requiredIndex == brute.overshoot)
  }

  @Test("whole levels, unit costs: planner == brute force (60 random cases, seed 1)")
  func wholeLevelsUnitCosts() throws {
    var rng = SplitMix64(seed: 1)
    for _ in 0..<60 { try Self.check(Self.randomCase(&rng, wholeLevels: true, withCosts: false)) }
  }

  @Test("whole levels, costs file: planner == brute force (60 random cases, seed 2)")
  func wholeLevelsCostsFile() throws {
    var rng = SplitMix64(seed: 2)
    for _ in 0..<60 { try Self.check(Self.randomCase(&rng, wholeLevels: true, withCosts: true)) }
  }

  @Test("decimal values moved to whole levels (Pemdi), unit costs and costs file: planner == brute force (seed 3)")
  func decimalValues() throws {
    var rng = SplitMix64(seed: 3)
    for k in 0..<60 { try Self.check(Self.randomCase(&rng, wholeLevels: false, withCosts: k % 2 == 0)) }
  }

  @Test("PlanSolver == brute force on random integer option groups (seed 4)")
  func solverAgainstBruteForce() {
    var rng = SplitMix64(seed: 4)
    for _ in 0..<200 {
      let groups: [[PlanSolver.Option]] = (0..<rng.int(1...7)).map { _ in
        var gain = 0
        var cost: Int128 = 0
        return (0..<rng.int(0...3)).map { s in
          gain += rng.int(1...9)
          cost += Int128(rng.int(0...5))
          return PlanSolver.Option(gain: gain, cost: cost, steps: s + 1)
        }
      }
      let need = rng.int(0...30)
      let solution = PlanSolver.solve(groups: groups, need: need)
      // Brute force with the literal tie rules.
      var best: (cost: Int128, steps: Int, gain: Int, numbers: [Int], picks: [Int?])?
      var pick = Array(repeating: -1, count: groups.count)
      while true {
        var gain = 0
        var cost: Int128 = 0
        var steps = 0
        var numbers: [Int] = []
        for (j, k) in pick.enumerated() where k >= 0 {
          gain += groups[j][k].gain
          cost += groups[j][k].cost
          steps += groups[j][k].steps
          numbers += Array(repeating: j, count: groups[j][k].steps)
        }
        if gain >= need {
          let better: Bool
          if let b = best {
            better =
              cost != b.cost
              ? cost < b.cost
              : steps != b.steps
                ? steps < b.steps
                : gain != b.gain ? gain < b.gain : numbers.lexicographicallyPrecedes(b.numbers)
          } else {
            better = true
          }
          if better { best = (cost, steps, gain, numbers, pick.map { $0 >= 0 ? $0 : nil }) }
        }
        var j = 0
        while j < pick.count {
          pick[j] += 1
          if pick[j] < groups[j].count { break }
          pick[j] = -1
          j += 1
        }
        if j == pick.count { break }
      }
      #expect(solution?.choices == best?.picks)
      #expect(solution?.cost == best?.cost)
    }
  }

  // MARK: Named cases

  @Test("unit costs on 59/2020: all at 3 → 3.5 takes the fewest steps greedy-by-weight allows (18)")
  func greedyByWeight() throws {
    let instrument = try Fixtures.spbe59()
    let plan = try Planner.plan(
      base: Fixtures.levels(Array(repeating: 3, count: 47)), instrument: instrument,
      request: PlanRequest(target: .value(Fixtures.r("3.5"))), policy: ScoringPolicy())
    #expect(plan.reachable)
    // Need +0.5. The largest step gains are A8's 12 steps of 0.03 (= 0.36), then A7's 0.0275: 0.36 + 5 × 0.0275 =
    // 0.4975 falls short, so 18 steps is the least; with unit costs the cost is the step count.
    #expect(plan.steps == 18)
    #expect(plan.totalCost == Rational(18))
    let gain = plan.changes.reduce(Rational.zero) { $0 + $1.indexGain }
    #expect(gain >= Fixtures.r("0.5"))
    #expect(plan.after?.predicate?.label == "Sangat Baik")
  }

  @Test("targets by predicate honour the basis: Sangat Baik needs 3.5 unrounded, 3.495 rounded (2023)")
  func predicateTargets() throws {
    let instrument = try Fixtures.spbe59()
    let band = try #require(instrument.bands.band(named: "sangat baik"))
    let base = Fixtures.levels(Array(repeating: 3, count: 47))
    let unrounded = try Planner.plan(
      base: base, instrument: instrument, request: PlanRequest(target: .band(band)), policy: ScoringPolicy(year: 2024))
    #expect(unrounded.requiredIndex == Fixtures.r("3.5"))
    let rounded = try Planner.plan(
      base: base, instrument: instrument, request: PlanRequest(target: .band(band)), policy: ScoringPolicy(year: 2023))
    #expect(rounded.requiredIndex == Fixtures.r("3.495"))
    #expect(rounded.totalCost <= unrounded.totalCost)
    #expect(rounded.after?.predicate?.label == "Sangat Baik")
  }

  @Test("unreachable targets say so plainly; reached targets give an empty plan")
  func unreachableAndReached() throws {
    let instrument = try Fixtures.spbe59()
    let base = Fixtures.levels(Array(repeating: 2, count: 47))
    let capped = try Planner.plan(
      base: base, instrument: instrument, request: PlanRequest(target: .value(Fixtures.r("4.5")), maxLevel: 4),
      policy: ScoringPolicy())
    #expect(!capped.reachable)
    #expect(capped.maximumIndex == Rational(4))
    #expect(capped.summary.en.contains("cannot be reached"))
    let reached = try Planner.plan(
      base: base, instrument: instrument, request: PlanRequest(target: .value(Fixtures.r("1.5"))),
      policy: ScoringPolicy())
    #expect(reached.reachable && reached.changes.isEmpty)
  }

  @Test("locks and max-step are honoured")
  func constraints() throws {
    let instrument = try Fixtures.spbe59()
    let base = Fixtures.levels(Array(repeating: 1, count: 47))
    let plan = try Planner.plan(
      base: base, instrument: instrument,
      request: PlanRequest(target: .value(Fixtures.r("1.8")), locked: Set(41...46), maxStep: 1),
      policy: ScoringPolicy())
    #expect(plan.reachable)
    #expect(plan.changes.allSatisfy { $0.to - Int($0.from.floor) <= 1 })
    #expect(plan.changes.allSatisfy { $0.number < 42 })
  }

  @Test("targets outside the range and plans from domains are input errors")
  func inputErrors() throws {
    let instrument = try Fixtures.spbe59()
    #expect(throws: TimbangError.self) {
      try Planner.plan(
        base: Fixtures.levels(Array(repeating: 1, count: 47)), instrument: instrument,
        request: PlanRequest(target: .value(Fixtures.r("5.5"))), policy: ScoringPolicy())
    }
    #expect(throws: TimbangError.self) {
      try Planner.plan(
        base: Fixtures.domains(["4.40", "2.70", "1.18", "4.07"]), instrument: instrument,
        request: PlanRequest(target: .value(Fixtures.r("3.5"))), policy: ScoringPolicy())
    }
    #expect(throws: TimbangError.self) {
      try Planner.plan(
        base: Fixtures.levels(Array(repeating: 1, count: 47)), instrument: instrument,
        request: PlanRequest(target: .value(Fixtures.r("3.5")), maxLevel: 6), policy: ScoringPolicy())
    }
  }

  @Test("Pemdi: Aceh Tengah to Baik moves decimal values up to whole levels")
  func pemdiToBaik() throws {
    let instrument = try Fixtures.pemdi()
    let band = try #require(instrument.bands.band(named: "Baik"))
    let plan = try Planner.plan(
      base: PemdiWorkedExampleTests.acehTengah("7/6"), instrument: instrument,
      request: PlanRequest(target: .band(band)),
      policy: ScoringPolicy(year: 2026))
    #expect(plan.reachable)
    let after = try #require(plan.after)
    #expect(after.index >= Fixtures.r("2.5"))
    #expect(after.predicate?.label == "Baik")
    for change in plan.changes {
      #expect(Rational(change.to) > change.from)
      #expect(
        change.indexGain == (Rational(change.to) - change.from) * instrument.indicators[change.number - 1].weight
          / Rational(100))
    }
  }

  @Test("planning all 47 indicators with a costs file stays small (exactness check, no timing)")
  func fullSizeWithCosts() throws {
    let instrument = try Fixtures.spbe59()
    var rng = SplitMix64(seed: 47)
    var steps = Array(repeating: Array(repeating: Rational?.none, count: 6), count: 47)
    for i in 0..<47 { for s in 2...5 { steps[i][s] = Rational(Int128(rng.int(1...20))) } }
    let plan = try Planner.plan(
      base: Fixtures.levels(Array(repeating: 1, count: 47)), instrument: instrument,
      request: PlanRequest(target: .value(Fixtures.r("3.5")), costs: CostTable(steps: steps, source: "c")),
      policy: ScoringPolicy())
    #expect(plan.reachable)
    #expect((plan.after?.index ?? .zero) >= Fixtures.r("3.5"))
  }
}
