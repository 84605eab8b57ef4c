import TimbangCore

/// Which assessment a set of values belongs to: an agency (`instansi`) and/or an evaluation year. Both are absent
/// for a file holding one assessment.
public struct AssessmentKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var instansi: String?
  public var year: Int?

  public init(instansi: String? = nil, year: Int? = nil) {
    self.instansi = instansi
    self.year = year
  }

  public var isEmpty: Bool { instansi == nil && year == nil }

  /// Bytewise order on the agency, then the year (`shared/spec/README.md`, "Group order").
  public static func < (a: AssessmentKey, b: AssessmentKey) -> Bool {
    let x = Array((a.instansi ?? "").utf8)
    let y = Array((b.instansi ?? "").utf8)
    if x != y { return x.lexicographicallyPrecedes(y) }
    return (a.year ?? Int.min) < (b.year ?? Int.min)
  }

  /// `Kab. Banjarnegara 2023`, `2024`, `Kab. Pacitan`.
  public var description: String {
    [instansi, year.map(String.init)].compactMap { $0 }.joined(separator: " ")
  }
}

/// One assessment as read from input: indicator values (possibly incomplete), or the top-tier values of a published
/// report (SPBE domains, Pemdi aspects) when no indicator data exist.
public struct Assessment: Sendable {
  public enum Content: Sendable, Equatable {
    /// One entry per indicator, in instrument order; `nil` where the input has no value.
    case indicators([Rational?])
    /// One value per top-tier node, in instrument order, as printed (rounded).
    case topTier([Rational])
  }

  public var key: AssessmentKey
  /// Where the values came from (file name, `--domains`), for messages.
  public var source: String
  public var content: Content

  public init(key: AssessmentKey = AssessmentKey(), source: String, content: Content) {
    self.key = key
    self.source = source
    self.content = content
  }

  /// A complete assessment from indicator values in instrument order.
  public static func indicators(_ values: [Rational], source: String = "<values>") -> Assessment {
    Assessment(source: source, content: .indicators(values.map { Optional($0) }))
  }

  /// An assessment from top-tier values (`--domains 4.40,2.70,1.18,4.07`).
  public static func topTier(_ values: [Rational], source: String = "--domains") -> Assessment {
    Assessment(source: source, content: .topTier(values))
  }

  /// The indicator values, or `nil` for top-tier data.
  public var indicatorValues: [Rational?]? {
    if case .indicators(let v) = content { return v }
    return nil
  }
}
