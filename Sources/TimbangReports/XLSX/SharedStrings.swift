/// The shared-string table (`xl/sharedStrings.xml`): each distinct text once, cells refer to it by index.
///
/// Edge Cases: text that Excel would read as an escape (`_x0041_`) gets its underscore escaped as `_x005F_` so it
/// reads back as written; leading or trailing spaces and line breaks are kept (`xml:space="preserve"`); characters
/// XML cannot carry become U+FFFD.
struct SharedStrings {
  private(set) var strings: [String] = []
  private var index: [String: Int] = [:]
  private(set) var references = 0

  mutating func id(_ s: String) -> Int {
    references += 1
    if let i = index[s] { return i }
    strings.append(s)
    index[s] = strings.count - 1
    return strings.count - 1
  }

  var xml: [UInt8] {
    var out = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n".utf8)
    out += Array(
      "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">"
        .utf8)
    for s in strings {
      out += Array("<si><t xml:space=\"preserve\">".utf8)
      out += Array(XMLText.escape(Self.escapeUnderscores(s)).utf8)
      out += Array("</t></si>".utf8)
    }
    out += Array("</sst>\n".utf8)
    return out
  }

  /// Protects literal `_xHHHH_` sequences from being read as OOXML character escapes.
  static func escapeUnderscores(_ s: String) -> String {
    guard s.contains("_x") || s.contains("_X") else { return s }
    let chars = Array(s)
    var out = ""
    var i = 0
    while i < chars.count {
      if chars[i] == "_", i + 6 < chars.count, chars[i + 1] == "x" || chars[i + 1] == "X",
        chars[(i + 2)...(i + 5)].allSatisfy(\.isHexDigit), chars[i + 6] == "_"
      {
        out += "_x005F_"
      } else {
        out.append(chars[i])
      }
      i += 1
    }
    return out
  }
}
