/// The choices a user makes when scoring, separate from the data and the instrument.
public struct ScoringPolicy: Sendable, Equatable {
  /// Evaluation year (`--year`): picks the predicate basis from the instrument's table. An assessment's own `year`
  /// column is used when this is `nil`.
  public var year: Int?
  /// `--predicate-basis`: overrides the instrument's table.
  public var basisOverride: PredicateBasis?
  /// `--missing-as-minimum`: score missing indicators at the lowest level (with a warning) instead of failing.
  public var missingAsMinimum: Bool
  /// `--pending-external`: fill missing externally scored indicators (Pemdi 3.1, 3.2, 3.3, 6.4) with the pending
  /// value the instrument names (1.00), with a warning.
  public var pendingExternal: Bool
  /// `--aspect-predicates`: give predicates to tiers whose predicates are optional (Pemdi aspects).
  public var optionalPredicates: Bool

  public init(
    year: Int? = nil, basisOverride: PredicateBasis? = nil, missingAsMinimum: Bool = false,
    pendingExternal: Bool = false, optionalPredicates: Bool = false
  ) {
    self.year = year
    self.basisOverride = basisOverride
    self.missingAsMinimum = missingAsMinimum
    self.pendingExternal = pendingExternal
    self.optionalPredicates = optionalPredicates
  }
}
