/// One band of a grading table: a code (`B`, `BB`), a label (`Baik`) and an interval with open or closed ends.
///
/// Bands are data, loaded from instrument files (`shared/spec/README.md`, "Numbers and rounding").
public struct Band: Codable, Equatable, Sendable {
  public var code: String
  public var label: String
  /// Lower bound; `nil` means unbounded below.
  public var lower: Double?
  public var lowerInclusive: Bool
  /// Upper bound; `nil` means unbounded above.
  public var upper: Double?
  public var upperInclusive: Bool
  /// An optional English label for `--lang en`.
  public var labelEn: String?

  public init(
    code: String, label: String, lower: Double?, lowerInclusive: Bool = true, upper: Double?,
    upperInclusive: Bool = false, labelEn: String? = nil
  ) {
    self.code = code
    self.label = label
    self.lower = lower
    self.lowerInclusive = lowerInclusive
    self.upper = upper
    self.upperInclusive = upperInclusive
    self.labelEn = labelEn
  }

  enum CodingKeys: String, CodingKey { case code, label, lower, lowerInclusive, upper, upperInclusive, labelEn }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    code = try c.decode(String.self, forKey: .code)
    label = try c.decode(String.self, forKey: .label)
    lower = try c.decodeIfPresent(Double.self, forKey: .lower)
    lowerInclusive = try c.decodeIfPresent(Bool.self, forKey: .lowerInclusive) ?? true
    upper = try c.decodeIfPresent(Double.self, forKey: .upper)
    upperInclusive = try c.decodeIfPresent(Bool.self, forKey: .upperInclusive) ?? false
    labelEn = try c.decodeIfPresent(String.self, forKey: .labelEn)
  }

  /// Whether `x` lies in the band.
  public func contains(_ x: Double) -> Bool {
    if let lower, lowerInclusive ? x < lower : x <= lower { return false }
    if let upper, upperInclusive ? x > upper : x >= upper { return false }
    return true
  }

  public func label(_ language: Language) -> String { language == .en ? (labelEn ?? label) : label }
}
