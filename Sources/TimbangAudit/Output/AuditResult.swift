import TimbangCore

/// The verdict on one printed figure.
public struct FigureCheck: Equatable, Sendable {
  public enum Status: String, Sendable { case ok, mismatch }

  /// What the figure is, e.g. `sums[U8]`, `total`, `predicate`.
  public var name: String
  /// The printed text (number literal or label).
  public var printed: String
  /// The recomputed figure at the printed precision (or the recomputed label).
  public var recomputed: String
  public var status: Status
  /// The printed minus the recomputed value, for numbers.
  public var difference: Double?
  /// The most likely explanation of a mismatch, proved by recomputing under alternatives.
  public var explanation: String?
  /// Whether the difference only follows from an earlier mismatch in the same claim.
  public var propagated: Bool

  public init(
    name: String, printed: String, recomputed: String, status: Status, difference: Double? = nil,
    explanation: String? = nil, propagated: Bool = false
  ) {
    self.name = name
    self.printed = printed
    self.recomputed = recomputed
    self.status = status
    self.difference = difference
    self.explanation = explanation
    self.propagated = propagated
  }

  /// Compares a printed number with a recomputed value at the printed precision.
  public static func number(
    _ name: String, printed: PrintedFigure, recomputed: Double, explanation: (() -> String?)? = nil,
    propagated: Bool = false
  ) -> FigureCheck {
    let ok = printed.matches(recomputed)
    let shown = recomputed.rounded(places: printed.places)
    var why: String? = nil
    if !ok {
      why = explanation?() ?? Explanations.lastDigit(printed: printed, recomputed: recomputed)
    }
    return FigureCheck(
      name: name, printed: printed.literal, recomputed: NumberFormat.plain.string(recomputed, places: printed.places),
      status: ok ? .ok : .mismatch, difference: ok ? 0 : (printed.value - shown), explanation: why,
      propagated: !ok && propagated)
  }

  /// Compares a printed label (grade, predicate, status) with the recomputed one.
  public static func label(_ name: String, printed: String, recomputed: String, explanation: String? = nil) -> FigureCheck {
    let ok = HeaderName.normalize(printed) == HeaderName.normalize(recomputed)
    return FigureCheck(
      name: name, printed: printed, recomputed: recomputed, status: ok ? .ok : .mismatch,
      explanation: ok ? nil : explanation)
  }
}

/// The audit of one claim (one printed table or figure group).
public struct ClaimAudit: Equatable, Sendable {
  public var id: String
  public var kind: String
  public var figures: [FigureCheck]
  public var notes: [String]

  public init(id: String, kind: String, figures: [FigureCheck], notes: [String] = []) {
    self.id = id
    self.kind = kind
    self.figures = figures
    self.notes = notes
  }

  public var status: FigureCheck.Status { figures.contains { $0.status == .mismatch } ? .mismatch : .ok }
}

/// The audit of a whole claims file.
public struct AuditResult: Equatable, Sendable {
  public var source: String
  public var claims: [ClaimAudit]

  public var figureCount: Int { claims.reduce(0) { $0 + $1.figures.count } }
  public var mismatchCount: Int { claims.reduce(0) { $0 + $1.figures.filter { $0.status == .mismatch }.count } }
}
