/// Serialises ``JSONValue`` with two-space indentation, keys in the order given, and numbers at full precision
/// (the shortest text that reads back to the same `Double`; integers without a fraction).
public enum JSONWriter {
  public static func string(_ value: JSONValue, pretty: Bool = true) -> String {
    var out = ""
    write(value, into: &out, indent: pretty ? 0 : nil)
    if pretty { out += "\n" }
    return out
  }

  /// The JSON text of a number: integers as integers, others with Swift's shortest round-trip form.
  public static func numberText(_ x: Double) -> String {
    guard x.isFinite else { return "null" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    let s = "\(x)"
    // Swift may print exponents ("1e-05"): JSON accepts them, keep as is.
    return s
  }

  private static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .number(let x, let literal):
      if let literal, Double(literal) == x { out += literal } else { out += numberText(x) }
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]"
        return
      }
      // Arrays of scalars stay on one line for readability.
      let scalars = items.allSatisfy {
        switch $0 {
        case .array, .object: return false
        default: return true
        }
      }
      if scalars || indent == nil {
        out += "["
        for (i, item) in items.enumerated() {
          if i > 0 { out += indent == nil ? "," : ", " }
          write(item, into: &out, indent: nil)
        }
        out += "]"
        return
      }
      let inner = (indent ?? 0) + 2
      out += "[\n"
      for (i, item) in items.enumerated() {
        out += String(repeating: " ", count: inner)
        write(item, into: &out, indent: inner)
        out += i < items.count - 1 ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent ?? 0) + "]"
    case .object(let pairs):
      if pairs.isEmpty {
        out += "{}"
        return
      }
      guard let indent else {
        out += "{"
        for (i, (key, item)) in pairs.enumerated() {
          if i > 0 { out += "," }
          writeString(key, into: &out)
          out += ":"
          write(item, into: &out, indent: nil)
        }
        out += "}"
        return
      }
      let inner = indent + 2
      out += "{\n"
      for (i, (key, item)) in pairs.enumerated() {
        out += String(repeating: " ", count: inner)
        writeString(key, into: &out)
        out += ": "
        write(item, into: &out, indent: inner)
        out += i < pairs.count - 1 ? ",\n" : "\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  private static func writeString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
