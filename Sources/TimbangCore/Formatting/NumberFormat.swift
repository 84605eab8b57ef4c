/// Formats numbers the Indonesian way (`84,39`, `1.054.804`) or the English way (`84.39`, `1,054,804`), on digits.
///
/// The formatter never consults platform locale data (no `NumberFormatter`, no ICU), so output is byte-identical on
/// every machine. Rounding is ``excelRound(_:places:)``, the one display rounding of the code base.
///
/// Edge Cases: a value that rounds to zero prints without a minus sign; NaN and infinities print as `–`.
///
/// Example: `NumberFormat.id.string(1054804.5, places: 0) == "1.054.805"`,
/// `NumberFormat.id.string(100.4642, places: 2, suffix: "%") == "100,46%"`.
public struct NumberFormat: Sendable, Equatable {
  public var decimalSeparator: String
  public var groupingSeparator: String
  /// Whether thousands are grouped in the integer part.
  public var groups: Bool

  public init(decimalSeparator: String, groupingSeparator: String, groups: Bool = true) {
    self.decimalSeparator = decimalSeparator
    self.groupingSeparator = groupingSeparator
    self.groups = groups
  }

  /// Indonesian: decimal comma, thousands dot.
  public static let id = NumberFormat(decimalSeparator: ",", groupingSeparator: ".")
  /// English: decimal point, thousands comma.
  public static let en = NumberFormat(decimalSeparator: ".", groupingSeparator: ",")
  /// Plain machine form: decimal point, no grouping (CSV for `--lang en`, command-line echoes).
  public static let plain = NumberFormat(decimalSeparator: ".", groupingSeparator: "", groups: false)

  public static func forLanguage(_ language: Language) -> NumberFormat { language == .id ? .id : .en }

  /// The formatted text of `value` rounded to `places` decimals, with an optional prefix (`Rp `) and suffix (`%`).
  public func string(_ value: Double, places: Int, prefix: String = "", suffix: String = "") -> String {
    let r = excelRound(value, places: places)
    guard r.isFinite else { return "–" }
    var integer = r.integerDigits
    if groups && !groupingSeparator.isEmpty && integer.count > 3 {
      var out = ""
      for (i, ch) in integer.enumerated() {
        if i > 0 && (integer.count - i) % 3 == 0 { out += groupingSeparator }
        out.append(ch)
      }
      integer = out
    }
    let body = r.fractionDigits.isEmpty ? integer : integer + decimalSeparator + r.fractionDigits
    return (r.isNegative ? "-" : "") + prefix + body + suffix
  }

  /// `value` with at most `maxPlaces` decimals and no trailing zeros (`1.1`, `0.111`, `3`): for messages and notes.
  public func compact(_ value: Double, maxPlaces: Int = 9) -> String {
    var text = string(value, places: maxPlaces)
    if text.contains(decimalSeparator), !decimalSeparator.isEmpty {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(decimalSeparator) { text.removeLast(decimalSeparator.count) }
    }
    return text
  }

  /// An integer count with grouping (`1.054.804`).
  public func string(_ value: Int) -> String { string(Double(value), places: 0) }
}
