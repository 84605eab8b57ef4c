/// The exact optimiser behind `plan`: a multiple-choice knapsack over whole gain units.
///
/// Each group (an indicator, in ascending indicator number) offers options (raise to level L) with an integer gain,
/// an integer cost and a number of level steps; at most one option per group is taken. Among the selections whose
/// total gain reaches `need`, the solver returns the best in this order (`spbe.md`, "plan"):
///
/// ```
/// 1. lowest total cost
/// 2. fewest level steps
/// 3. least overshoot (total gain − need)
/// 4. lowest indicator numbers: the sorted list of the indicators of all steps, compared lexicographically
///    (equivalently, at the first group where two selections differ, more steps on that group win)
/// ```
///
/// Dynamic programme over the exact total gain `s` (0…G, G = Σ largest gain per group), groups taken from the last
/// to the first:
///
/// ```
/// f_n(0) = (0, 0);  f_n(s > 0) = ∞
/// f_j(s) = min over options o of group j (and "none") of  (cost_o, steps_o) + f_{j+1}(s − gain_o)
///          ties: the option with more steps (rule 4; distinct options of a group have distinct step counts)
/// answer  = argmin over s ≥ need of (f_0(s).cost, f_0(s).steps, s)
/// ```
///
/// Rules 1–3 and 4 decompose this way because, for a fixed option of group j, the rest of the key is exactly the
/// key of the suffix problem; so the optimum is exact, not heuristic (tests compare it with brute force).
///
/// - Complexity: O(G × total options) time, O(G × groups) bytes for the choices.
///
/// Edge Cases: `need ≤ 0` returns the empty selection; `need > G` returns `nil` (unreachable).
public enum PlanSolver {
  public struct Option: Sendable, Equatable {
    public var gain: Int
    public var cost: Int128
    public var steps: Int

    public init(gain: Int, cost: Int128, steps: Int) {
      self.gain = gain
      self.cost = cost
      self.steps = steps
    }
  }

  public struct Solution: Sendable, Equatable {
    /// The option taken per group, or `nil`.
    public var choices: [Int?]
    public var gain: Int
    public var cost: Int128
    public var steps: Int
  }

  /// The best selection reaching `need`, or `nil` when no selection does.
  public static func solve(groups: [[Option]], need: Int) -> Solution? {
    if need <= 0 {
      return Solution(choices: Array(repeating: nil, count: groups.count), gain: 0, cost: 0, steps: 0)
    }
    let capacity = groups.reduce(0) { $0 + ($1.map(\.gain).max() ?? 0) }
    guard capacity >= need else { return nil }
    let size = capacity + 1
    var cost = Array(repeating: Int128(0), count: size)
    var steps = Array(repeating: 0, count: size)
    var valid = Array(repeating: false, count: size)
    valid[0] = true
    var choice = Array(repeating: [Int16](), count: groups.count)
    var reach = 0
    for j in stride(from: groups.count - 1, through: 0, by: -1) {
      let options = groups[j]
      reach += options.map(\.gain).max() ?? 0
      var newCost = cost
      var newSteps = steps
      var newValid = valid
      var picks = Array(repeating: Int16(-1), count: size)
      for s in 0...reach {
        for (k, o) in options.enumerated() {
          let from = s - o.gain
          guard from >= 0, valid[from] else { continue }
          let c = cost[from] + o.cost
          let st = steps[from] + o.steps
          let currentSteps = picks[s] < 0 ? 0 : options[Int(picks[s])].steps
          if !newValid[s] || c < newCost[s]
            || (c == newCost[s] && (st < newSteps[s] || (st == newSteps[s] && o.steps > currentSteps)))
          {
            newValid[s] = true
            newCost[s] = c
            newSteps[s] = st
            picks[s] = Int16(k)
          }
        }
      }
      cost = newCost
      steps = newSteps
      valid = newValid
      choice[j] = picks
    }
    var best: Int?
    for s in need..<size where valid[s] {
      guard let b = best else {
        best = s
        continue
      }
      if cost[s] < cost[b] || (cost[s] == cost[b] && steps[s] < steps[b]) { best = s }
    }
    guard let final = best else { return nil }
    var choices: [Int?] = []
    var s = final
    for j in groups.indices {
      let k = Int(choice[j][s])
      if k >= 0 {
        choices.append(k)
        s -= groups[j][k].gain
      } else {
        choices.append(nil)
      }
    }
    return Solution(choices: choices, gain: final, cost: cost[final], steps: steps[final])
  }
}
