/// Reads numbers as people write them in CSV files.
///
/// With decimal-comma files (`;` delimiter, Indonesian Excel) `1.054,5` is 1054.5 and `84,39` is 84.39; a dot
/// followed by groups of exactly three digits is a thousands separator (`1.054` is 1054), any other dot is a decimal
/// point (`3.50` is 3.5). With decimal-point files a comma is never accepted inside a number.
public enum NumberParsing {
  /// The number in `text`, or `nil` when it is not one. Surrounding white space and a trailing `%` are ignored.
  public static func parse(_ text: String, decimalComma: Bool) -> Double? {
    var s = text.trimmingWhitespace
    if s.hasSuffix("%") { s.removeLast() }
    s = s.trimmingWhitespace
    guard !s.isEmpty else { return nil }
    if decimalComma {
      if s.contains(",") {
        let parts = s.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let integer = ungroup(String(parts[0])) else { return nil }
        s = integer + "." + parts[1]
      } else if s.contains(".") {
        if let integer = ungroup(s) { s = integer }
      }
    }
    // Only plain decimal literals: no hex, no exponents from spreadsheets, no inf/nan.
    let allowed = Set("0123456789.-+")
    guard s.allSatisfy({ allowed.contains($0) }), let value = Double(s), value.isFinite else { return nil }
    return value
  }

  /// `"1.054.804"` → `"1054804"`; `nil` when the dots are not thousands groups.
  private static func ungroup(_ s: String) -> String? {
    guard s.contains(".") else { return s }
    let groups = s.split(separator: ".", omittingEmptySubsequences: false)
    guard let first = groups.first, !first.isEmpty, first.count <= 4,
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    return groups.joined()
  }
}
