import TimbangCore

/// How a worksheet's criterion answers are turned into sub-component scores, and what to do with gaps.
///
/// `shared/spec/sakip.md` §1: sub-component grades in the input are used as given; for criterion answers the
/// method decides (default `value`, the worksheet convention).
public struct EvaluationPolicy: Sendable, Equatable {
  /// `value`: score = weight × mean of the criterion values (Y 1, T 0, A 1 … E 0). `grade`: the share of criteria
  /// answered Y gives the grade (100% BB, upgraded to A/AA by the flags; 75–<100 B; …; 0 E).
  public enum Method: String, Sendable, CaseIterable { case value, grade }
  /// `error`: an unanswered criterion or sub-component stops the run. `zero`: it counts 0 and is listed.
  public enum Unanswered: String, Sendable, CaseIterable { case error, zero }

  public var method: Method
  public var unanswered: Unanswered
  /// Language of messages and warnings.
  public var language: Language

  public init(method: Method = .value, unanswered: Unanswered = .error, language: Language = .id) {
    self.method = method
    self.unanswered = unanswered
    self.language = language
  }
}
