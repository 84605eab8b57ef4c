/// A JSON value with ordered object keys and number literals kept as written.
///
/// Timbang writes its JSON through this type (stable key order, full-precision numbers, explicit `null`) and reads
/// claims files with it, because the audit needs the printed precision of `69.40`, which `JSONDecoder` drops.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  /// A number and, when parsed from text, its literal as written (`"69.40"`).
  case number(Double, literal: String?)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.number(let x, _), .number(let y, _)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// A number without a literal.
  public static func number(_ x: Double) -> JSONValue { .number(x, literal: nil) }
  /// An integer: written as its digits (``JSONWriter/numberText(_:)`` of an integral value below 10¹⁵; a literal
  /// keeps larger ones exact).
  public static func int(_ x: Int) -> JSONValue {
    JSONWriter.writesAsInteger(Double(x)) ? .number(Double(x), literal: nil) : .number(Double(x), literal: String(x))
  }
  /// A number, or `null` when absent or not finite.
  public static func number(_ x: Double?) -> JSONValue {
    guard let x, x.isFinite else { return .null }
    return .number(x, literal: nil)
  }
  /// A string, or `null` when absent.
  public static func string(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }

  /// The value of `key` in an object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
    return nil
  }

  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
  public var doubleValue: Double? {
    if case .number(let x, _) = self { return x }
    return nil
  }
  public var arrayValue: [JSONValue]? {
    if case .array(let a) = self { return a }
    return nil
  }
  public var objectValue: [(String, JSONValue)]? {
    if case .object(let o) = self { return o }
    return nil
  }
}

/// A value that has a JSON form (every result type).
public protocol JSONRepresentable {
  var json: JSONValue { get }
}
