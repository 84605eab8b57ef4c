import TimbangCore

/// One element's figures in one group.
public struct ElementResult: Equatable, Sendable {
  public var code: String
  public var name: String
  public var weight: Double
  public var answered: Int
  public var missing: Int
  public var invalid: Int
  public var sum: Int
  public var counts: [Int]
  /// Mean score (NRR); `nil` when the element received no valid answer.
  public var nrr: Double?
  /// `nrr × weight`.
  public var weightedNrr: Double?
}

/// The IKM of one group (or the total).
public struct GroupResult: Equatable, Sendable {
  /// `--by` column → value, in column order (empty without `--by`).
  public var key: [(String, String)]
  public var respondents: Int
  public var elements: [ElementResult]
  /// IKM on the 1–4 scale; `nil` when an element has no valid answer.
  public var index: Double?
  /// IKM unit pelayanan, `index × 25`.
  public var converted: Double?
  /// Mutu pelayanan band of `converted` rounded to the published precision.
  public var grade: Band?
  /// Element codes from lowest NRR (the elements to improve first).
  public var priorities: [String]
  /// Respondent profile: profile key → value → count.
  public var profiles: [String: [String: Int]]
  /// Standard error, interval and grade certainty (with `--precision`).
  public var precision: Precision? = nil

  public static func == (a: GroupResult, b: GroupResult) -> Bool {
    a.key.map(\.0) == b.key.map(\.0) && a.key.map(\.1) == b.key.map(\.1) && a.respondents == b.respondents
      && a.elements == b.elements && a.index == b.index && a.converted == b.converted && a.grade == b.grade
  }

  /// A label for the group: `unit=Kecamatan A, period=2024-Q1`, or `Total`.
  public var keyLabel: String { key.isEmpty ? "" : key.map { "\($0.1)" }.joined(separator: " · ") }
}

/// The result of scoring a survey: every group, the total, and how it was computed.
public struct SKMResult: Equatable, Sendable {
  public var instrumentId: String
  public var instrumentTitle: String
  public var instrumentVersion: String
  public var weighting: Weighting
  public var missingPolicy: MissingPolicy
  public var rollup: RollupPolicy
  /// Decimals the index was rounded to before × 25 (`--round-index`), `nil` normally.
  public var roundIndex: Int?
  public var by: [String]
  public var groups: [GroupResult]
  public var total: GroupResult
  public var warnings: [Localized]
  /// Provenance: input files and rows read.
  public var inputs: [String]
  public var rowsRead: Int
  /// Whether `--precision` was asked for.
  public var precisionRequested: Bool = false
}
