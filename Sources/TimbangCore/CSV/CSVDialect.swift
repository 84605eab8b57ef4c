/// How a CSV file is written: its delimiter and, following from it, its number style.
///
/// With `;` the numbers use decimal comma and thousands dot (Indonesian Excel: `1.054,5`); with `,` or tab, decimal
/// point (`shared/spec/README.md`, "CSV").
public struct CSVDialect: Equatable, Sendable {
  public var delimiter: UInt8

  public init(delimiter: UInt8) { self.delimiter = delimiter }

  public static let comma = CSVDialect(delimiter: UInt8(ascii: ","))
  public static let semicolon = CSVDialect(delimiter: UInt8(ascii: ";"))
  public static let tab = CSVDialect(delimiter: UInt8(ascii: "\t"))

  /// Whether numbers are written with a decimal comma.
  public var decimalComma: Bool { delimiter == UInt8(ascii: ";") }

  /// Parses a `--delimiter` value: `,`, `;`, `tab` or `\t`.
  public init?(option: String) {
    switch option {
    case ",", "comma": self = .comma
    case ";", "semicolon": self = .semicolon
    case "\t", "\\t", "tab": self = .tab
    default: return nil
    }
  }

  /// Picks the delimiter that occurs most often outside quotes in a header line (`,` when none occurs).
  public static func sniff(headerLine: ArraySlice<UInt8>) -> CSVDialect {
    var counts: [UInt8: Int] = [:]
    var inQuotes = false
    for byte in headerLine {
      if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
      if inQuotes { continue }
      switch byte {
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"): counts[byte, default: 0] += 1
      default: break
      }
    }
    let best = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    if let best, (counts[best] ?? 0) > 0 { return CSVDialect(delimiter: best) }
    return .comma
  }
}
