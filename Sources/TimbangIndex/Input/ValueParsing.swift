import TimbangCore

/// Reads indicator values, node values and changes exactly, as people write them.
///
/// A value is a decimal (`3`, `1.26`; with decimal-comma files `1,26`) with at most 6 decimals, or a fraction with
/// a denominator of at most 12 (`7/6`, an assessor's unrounded mean). Values are checked against the instrument's
/// range, and SPBE levels must be whole.
///
/// Edge Cases: surrounding white space is ignored; an empty field, text, more than 6 decimals or a value outside
/// the range is an error naming the location and the expected range.
///
/// Example: `ValueParsing.value("1,26", decimalComma: true, …)` is 126/100.
public enum ValueParsing {
  /// A number written as a decimal or a small fraction, or `nil`.
  public static func number(_ text: String, decimalComma: Bool) -> Rational? {
    var s = text.trimmingWhitespace
    if decimalComma {
      // Indonesian Excel: "1,26"; thousands dots never occur in a 0–5 scale value.
      if s.contains(",") {
        guard !s.contains(".") else { return nil }
        s = s.replacingOccurrences(of: ",", with: ".")
      }
    }
    return Rational.parse(s)
  }

  /// An indicator value checked against the instrument's scale.
  ///
  /// - Throws: ``TimbangError/badInput(_:_:)`` at `location`.
  public static func value(
    _ text: String, decimalComma: Bool, scale: IndexInstrument.ValueScale, location: SourceLocation, what: Localized
  ) throws -> Rational {
    let trimmed = text.trimmingWhitespace
    let expected = expectation(scale)
    guard !trimmed.isEmpty else {
      throw TimbangError.badInput(
        location,
        Localized(
          id: "\(what.id) kosong (seharusnya \(expected.id))", en: "\(what.en) is empty (expected \(expected.en))"))
    }
    guard let x = number(trimmed, decimalComma: decimalComma) else {
      throw TimbangError.badInput(
        location,
        Localized(
          id: "\(what.id) \"\(trimmed)\" bukan angka (seharusnya \(expected.id); paling banyak 6 desimal atau pecahan "
            + "seperti 7/6)",
          en: "\(what.en) \"\(trimmed)\" is not a number (expected \(expected.en); at most 6 decimals or a fraction "
            + "such as 7/6)"))
    }
    if scale.wholeLevels && !x.isInteger {
      throw TimbangError.badInput(
        location,
        Localized(
          id: "\(what.id) \"\(trimmed)\" bukan tingkat bulat (seharusnya \(expected.id))",
          en: "\(what.en) \"\(trimmed)\" is not a whole level (expected \(expected.en))"))
    }
    guard scale.contains(x) else {
      throw TimbangError.badInput(
        location,
        Localized(
          id: "\(what.id) \"\(trimmed)\" di luar rentang \(scale.rangeText)",
          en: "\(what.en) \"\(trimmed)\" is outside \(scale.rangeText)"))
    }
    return x
  }

  /// `a whole level 1–5` or `a value 1.00–5.00` (`tingkat bulat 1–5`, `nilai 1.00–5.00`).
  public static func expectation(_ scale: IndexInstrument.ValueScale) -> Localized {
    if scale.wholeLevels {
      return Localized(id: "tingkat bulat \(scale.rangeText)", en: "a whole level \(scale.rangeText)")
    }
    let range =
      "\(NumberFormat.plain.string(scale.minimum.doubleValue, places: 2))–"
      + "\(NumberFormat.plain.string(scale.maximum.doubleValue, places: 2))"
    return Localized(id: "nilai \(range)", en: "a value \(range)")
  }
}
