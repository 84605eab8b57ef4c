/// Escaping for XML, SVG and HTML text and attribute values.
///
/// Edge Cases: characters XML 1.0 cannot carry at all (C0 controls other than tab, line feed and carriage return;
/// U+FFFE, U+FFFF; lone surrogates cannot occur in a Swift `String`) are replaced by U+FFFD, so output is always
/// well-formed whatever a CSV cell contained.
///
/// Example: `XMLText.escape("A & B <\"x\">")` is `A &amp; B &lt;&quot;x&quot;&gt;`.
enum XMLText {
  /// `s` safe inside element content and inside single- or double-quoted attribute values.
  static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if isAllowed(scalar) {
          out.unicodeScalars.append(scalar)
        } else {
          out += "\u{FFFD}"
        }
      }
    }
    return out
  }

  /// Whether XML 1.0 allows the scalar in a document.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
    return v != 0xFFFE && v != 0xFFFF
  }
}
