import TimbangCore

/// A figure as a report printed it: its value and the number of decimals it was printed with.
///
/// The precision comes from the literal text (`"69.40"` or the JSON number `69.40`), never from the `Double`, so a
/// figure is compared at exactly the precision the reader of the report saw.
public struct PrintedFigure: Equatable, Sendable, CustomStringConvertible {
  public var value: Double
  public var places: Int
  /// The text as written in the claims file.
  public var literal: String

  public init(value: Double, places: Int, literal: String) {
    self.value = value
    self.places = places
    self.literal = literal
  }

  /// Reads `"69.40"`, `"69,40"` (decimal comma), `"64.03%"` or a JSON number literal.
  public init?(text: String) {
    var s = text.trimmingWhitespace
    if s.hasSuffix("%") { s = String(s.dropLast()).trimmingWhitespace }
    let decimalComma = s.contains(",") && !s.contains(".")
    guard let value = NumberParsing.parse(s, decimalComma: decimalComma) else { return nil }
    let separator: Character = decimalComma ? "," : "."
    let places = s.firstIndex(of: separator).map { s.distance(from: $0, to: s.endIndex) - 1 } ?? 0
    self.init(value: value, places: places, literal: text.trimmingWhitespace)
  }

  /// From a claims-file JSON value (number literal or string).
  public init?(json: JSONValue?) {
    switch json {
    case .number(let x, let literal)?:
      if let literal, let parsed = PrintedFigure(text: literal) {
        self = parsed
      } else {
        self.init(value: x, places: 0, literal: JSONWriter.numberText(x))
      }
    case .string(let s)?: self.init(text: s)
    default: return nil
    }
  }

  /// Whether `recomputed`, rounded to this figure's precision, equals it.
  public func matches(_ recomputed: Double) -> Bool {
    recomputed.rounded(places: places) == value.rounded(places: places)
  }

  public var description: String { literal }
}
