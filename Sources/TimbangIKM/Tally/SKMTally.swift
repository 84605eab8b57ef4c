import TimbangCore

/// The tallies of a whole survey: one ``GroupTally`` per distinct `--by` key, for one instrument.
///
/// Tallies of separate files (or shards) merge exactly, so scoring `a.csv b.csv` equals scoring their concatenation
/// and a saved tally merged later equals scoring directly.
public struct SKMTally: Equatable, Sendable {
  public var instrument: String
  /// The grouping columns (as given on the command line).
  public var by: [String]
  /// Missing-answer policy the tallies were built under (listwise drops rows while tallying).
  public var missingPolicy: MissingPolicy
  /// Groups keyed by their key values.
  public var groups: [[String]: GroupTally]
  /// Rows dropped under the listwise policy.
  public var listwiseDropped: Int

  public init(instrument: String, by: [String], missingPolicy: MissingPolicy = .available) {
    self.instrument = instrument
    self.by = by
    self.missingPolicy = missingPolicy
    groups = [:]
    listwiseDropped = 0
  }

  /// Groups in bytewise key order (the spec's group order).
  public var sortedGroups: [GroupTally] {
    groups.values.sorted { a, b in a.key.lexicographicallyPrecedes(b.key) { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) } }
  }

  /// Adds `other` into this tally.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` when the instruments, grouping columns or policies differ.
  public mutating func merge(_ other: SKMTally, file: String) throws {
    guard other.instrument == instrument else {
      throw TimbangError.badInput(
        SourceLocation(file: file, jsonPath: "$.instrument"),
        Localized(
          id: "instrumen \"\(other.instrument)\" berbeda dari \"\(instrument)\"; tally dari instrumen yang berbeda "
            + "tidak dapat digabung",
          en: "instrument \"\(other.instrument)\" differs from \"\(instrument)\"; tallies of different instruments "
            + "cannot merge"))
    }
    guard other.by.map(HeaderName.normalize) == by.map(HeaderName.normalize) else {
      throw TimbangError.badInput(
        SourceLocation(file: file, jsonPath: "$.by"),
        Localized(
          id: "dikelompokkan menurut [\(other.by.joined(separator: ", "))], seharusnya [\(by.joined(separator: ", "))]",
          en: "grouped by [\(other.by.joined(separator: ", "))], expected [\(by.joined(separator: ", "))]"))
    }
    guard other.missingPolicy == missingPolicy else {
      throw TimbangError.badInput(
        SourceLocation(file: file, jsonPath: "$.missingPolicy"),
        Localized(
          id: "dibuat dengan --missing \(other.missingPolicy.rawValue), seharusnya \(missingPolicy.rawValue)",
          en: "built with --missing \(other.missingPolicy.rawValue), expected \(missingPolicy.rawValue)"))
    }
    for (key, group) in other.groups {
      if var existing = groups[key] {
        existing += group
        groups[key] = existing
      } else {
        groups[key] = group
      }
    }
    listwiseDropped += other.listwiseDropped
  }
}
