/// Answers to one element in one group: how many of each score, how many blanks, how many unusable cells.
///
/// Tallies are exact integers and add up: the tally of two files is the sum of their tallies.
public struct ElementTally: Equatable, Sendable {
  /// `counts[s - scaleMin]` = number of answers with score `s`.
  public var counts: [Int]
  public var missing: Int
  public var invalid: Int

  public init(scaleCount: Int) {
    counts = Array(repeating: 0, count: scaleCount)
    missing = 0
    invalid = 0
  }

  public init(counts: [Int], missing: Int, invalid: Int) {
    self.counts = counts
    self.missing = missing
    self.invalid = invalid
  }

  /// Number of valid answers.
  public var answered: Int { counts.reduce(0, +) }

  /// Sum of valid answers' scores, with the lowest score `scaleMin`.
  public func sum(scaleMin: Int) -> Int {
    counts.enumerated().reduce(0) { $0 + ($1.offset + scaleMin) * $1.element }
  }

  public static func += (a: inout ElementTally, b: ElementTally) {
    for i in a.counts.indices { a.counts[i] += b.counts[i] }
    a.missing += b.missing
    a.invalid += b.invalid
  }
}
