/// What `--precision` asks for: the populations the samples came from, when known (finite-population correction).
public struct PrecisionRequest: Equatable, Sendable {
  /// Population of an ungrouped survey, or of every group when no per-group figure is given (`--population N`).
  public var population: Int?
  /// Population per group key (`--population-file FILE`, CSV `group,population`; the key is the group's values
  /// joined by `·` when grouping by several columns).
  public var groupPopulations: [String: Int]

  public init(population: Int? = nil, groupPopulations: [String: Int] = [:]) {
    self.population = population
    self.groupPopulations = groupPopulations
  }

  /// The population of the group with `key` (the ungrouped survey for an empty key).
  func population(of key: [String]) -> Int? {
    key.isEmpty ? population : groupPopulations[key.joined(separator: " · ")]
  }
}
